// `npm run demo` (scripts/demo.mjs, with `--no-build`: dist/ is built once by tests/global-setup.ts): its key
// lines, the findings it prints after the fix point at files that still exist when the demo is over, and
// every file --fix wrote still parses.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { root } from "./project.js";

describe("npm run demo", () => {
  const demo = spawnSync(process.execPath, [path.join(root, "scripts", "demo.mjs"), "--no-build"], {
    cwd: root,
    encoding: "utf8",
  });
  const lines = demo.stdout.split("\n");
  const fixStart = lines.findIndex((line) => line.startsWith("What --fix leaves"));

  it("runs to the end and exits 0", () => {
    expect(demo.stderr).toBe("");
    expect(demo.status).toBe(0);
  });

  it("prints the lint of examples/, its summary, the fix command and the diff", () => {
    expect(lines).toContain("$ cd examples && eslint src   # cos-errors recommended config");
    expect(lines).toContain(
      "Summary: 15 errors, 19 warnings in 6 of 8 files (cos-errors/prefer-named-code 19, cos-errors/sdk-error-shape 5, " +
        "cos-errors/handle-non-retryable 4, cos-errors/no-retry-non-retryable 4, cos-errors/no-unknown-code 2).",
    );
    expect(lines).toContain("$ cp -r examples .demo-fixed && cd .demo-fixed && eslint --fix src");
    expect(lines).toContain('+import { CosErrorCode } from "cos-error-codes";');
    expect(lines.filter((line) => line === '+import { CosXmlErrorCode } from "cos-error-codes";')).toHaveLength(3);
  });

  it("says the findings --fix leaves are below, and they are", () => {
    expect(lines[fixStart]).toBe(
      "What --fix leaves is what needs a person: the findings below, in the fixed copy .demo-fixed/ " +
        "(git-ignored; the next demo run replaces it).",
    );
    expect(lines.slice(fixStart + 1)).toContain("✖ 16 problems (15 errors, 1 warning)");
  });

  it("names fixed files that exist after the demo", () => {
    const files = lines.slice(fixStart + 1).filter((line) => line.startsWith("/"));
    expect(files.map((file) => path.relative(root, file))).toEqual([
      path.join(".demo-fixed", "src", "download.ts"),
      path.join(".demo-fixed", "src", "legacy-v4.cjs"),
      path.join(".demo-fixed", "src", "miniprogram", "avatar-upload.js"),
      path.join(".demo-fixed", "src", "upload.js"),
      path.join(".demo-fixed", "src", "xml-api", "cos-storage.js"),
      path.join(".demo-fixed", "src", "xml-api", "uploads.js"),
    ]);
    for (const file of files) expect(existsSync(file), file).toBe(true);
  });

  it("leaves every source file of the fixed copy parseable (ESLint's parser; typescript-eslint's for .ts)", () => {
    const sourceFiles = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((file) => /\.[cm]?[jt]s$/u.test(file))
        .sort();
    const fixed = path.join(root, ".demo-fixed", "src");
    const files = sourceFiles(fixed);
    expect(files).toEqual(sourceFiles(path.join(root, "examples", "src")));
    const linter = new Linter();
    for (const file of files) {
      const config: Linter.Config = {
        files: ["**/*.{js,cjs,mjs,ts}"],
        languageOptions: {
          sourceType: file.endsWith(".cjs") ? "commonjs" : "module",
          ...(file.endsWith(".ts") ? { parser: tseslint.parser } : {}),
        },
      };
      const messages = linter.verify(readFileSync(path.join(fixed, file), "utf8"), [config], path.join(fixed, file));
      expect({ file, messages }).toEqual({ file, messages: [] });
    }
  });
});
