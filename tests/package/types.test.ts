// The types as a user gets them: an `eslint.config.ts` in a project outside the repository (see
// project.ts), type-checked by tsc against the built dist/ (not src/): defineConfig must accept right
// options and settings and reject wrong ones (each `@ts-expect-error` fails the check if its line compiles).
import { spawnSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, root, type Project } from "./project.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

const CONFIG = `import { defineConfig } from "eslint/config";
import cosErrors, { type CosErrorsSettings, type PreferNamedCodeOptions } from "eslint-plugin-cos-errors";

const settings: CosErrorsSettings = { assumeCos: true };
const options: PreferNamedCodeOptions = { fix: "suggestion" };

export default defineConfig([
  cosErrors.configs.recommended,
  {
    rules: {
      "cos-errors/prefer-named-code": ["warn", options],
      "cos-errors/no-unknown-code": ["error", { allow: [-99999] }],
    },
    settings: { "cos-errors": settings },
  },
  {
    rules: {
      // @ts-expect-error -- not "autofix" or "suggestion"
      "cos-errors/prefer-named-code": ["warn", { fix: "bogus" }],
    },
  },
  {
    // @ts-expect-error -- assumeCos is a boolean
    settings: { "cos-errors": { assumeCos: "yes" } },
  },
]);
`;

describe("an eslint.config.ts type-checked against the built package", () => {
  let project: Project;

  beforeAll(() => {
    project = makeProject("types");
    symlinkSync(path.join(root, "node_modules", "eslint"), path.join(project.dir, "node_modules", "eslint"), "dir");
    project.write("package.json", `${JSON.stringify({ name: "app", private: true, type: "module" })}\n`);
    project.write("eslint.config.ts", CONFIG);
  });
  afterAll(() => project.remove());

  const check = (skipLibCheck: boolean): { status: number | null; output: string } => {
    project.write(
      "tsconfig.json",
      `${JSON.stringify({
        compilerOptions: { module: "nodenext", strict: true, noEmit: true, skipLibCheck, types: [] },
        files: ["eslint.config.ts"],
      })}\n`,
    );
    const result = spawnSync(process.execPath, [tsc, "-p", project.dir], { encoding: "utf8" });
    return { status: result.status, output: result.stdout + result.stderr };
  };

  it("accepts right values and rejects wrong ones (skipLibCheck: true)", () => {
    expect(check(true)).toEqual({ status: 0, output: "" });
  });

  // The optional rule keys meet RulesConfig's index signature (see the header of src/configs/rule-options.cts):
  // with declaration files checked, TS2411 for each key, and nothing else (the @ts-expect-error lines still hold).
  // Checking every declaration file of ESLint's types takes tsc about 40 s here.
  it("with skipLibCheck: false, reports only TS2411 on the optional rule keys", { timeout: 240_000 }, () => {
    const { status, output } = check(false);
    const errors = output.split("\n").filter((line) => line.includes("error TS"));
    expect(status).toBe(2);
    expect(
      errors.map((line) => /^(\S+)\(\d+,\d+\): error (TS\d+): Property '"([^"]+)"'/u.exec(line)?.slice(1)),
    ).toEqual(
      ["handle-non-retryable", "no-retry-non-retryable", "no-unknown-code", "prefer-named-code", "sdk-error-shape"].map(
        (name) => ["dist/esm/configs/rule-options.d.cts", "TS2411", `cos-errors/${name}`],
      ),
    );
  });
});
