// A CommonJS shared config (`module.exports = [require("eslint-plugin-cos-errors").configs.recommended]`, as
// many `eslint-config-*` packages are written) used from an ESM eslint.config.js that also imports the
// plugin: both must reach the same plugin object, or ESLint stops with `Cannot redefine plugin "cos-errors"`.
// Run through ESLint 10's Node API and its CLI, in a project outside the repository (see project.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, UPLOAD_JS, type Project } from "./project.js";

const eslintBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve("eslint/package.json")),
  "bin/eslint.js",
);

interface Finding {
  readonly ruleId: string | null;
  readonly line: number;
  readonly column: number;
  readonly severity: number;
}
const brief = (results: readonly { messages: readonly Finding[] }[]): string[] =>
  results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`));

// The shared config turns prefer-named-code on as a warning (recommended); the project makes it an error.
const EXPECTED = ["6:23 2 cos-errors/prefer-named-code"];

describe("a CommonJS shared config used from an ESM eslint.config.js (ESLint 10)", () => {
  let project: Project;

  beforeAll(() => {
    project = makeProject("shared-config");
    project.write("package.json", `${JSON.stringify({ name: "app", private: true, type: "module" })}\n`);
    project.write(
      "node_modules/eslint-config-acme/package.json",
      `${JSON.stringify({ name: "eslint-config-acme", version: "1.0.0", main: "index.js" })}\n`,
    );
    project.write(
      "node_modules/eslint-config-acme/index.js",
      'module.exports = [require("eslint-plugin-cos-errors").configs.recommended];\n',
    );
    project.write(
      "eslint.config.js",
      [
        'import acme from "eslint-config-acme";',
        'import cosErrors from "eslint-plugin-cos-errors";',
        "",
        "export default [",
        "  ...acme,",
        '  { plugins: { "cos-errors": cosErrors }, rules: { "cos-errors/prefer-named-code": "error" } },',
        "];",
        "",
      ].join("\n"),
    );
    project.write("src/upload.js", UPLOAD_JS);
  });
  afterAll(() => project.remove());

  it("lints through the Node API", async () => {
    const results = await new ESLint({ cwd: project.dir }).lintFiles(["src"]);
    expect(brief(results)).toEqual(EXPECTED);
  });

  it("lints through the CLI", () => {
    const cli = spawnSync(process.execPath, [eslintBin, "src", "--format", "json"], {
      cwd: project.dir,
      encoding: "utf8",
    });
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(1);
    expect(brief(JSON.parse(cli.stdout) as { messages: Finding[] }[])).toEqual(EXPECTED);
  });
});
