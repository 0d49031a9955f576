// `npm run demo` (scripts/demo.mjs, with `--no-build`: dist/ is built once by tests/global-setup.ts): its key
// lines, and the findings it prints after the fix point at files that still exist when the demo is over.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
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
      "Summary: 7 errors, 12 warnings in 3 of 4 files (cos-errors/prefer-named-code 12, cos-errors/sdk-error-shape 1, " +
        "cos-errors/handle-non-retryable 2, cos-errors/no-retry-non-retryable 3, cos-errors/no-unknown-code 1).",
    );
    expect(lines).toContain("$ cp -r examples .demo-fixed && cd .demo-fixed && eslint --fix src");
    expect(lines).toContain('+import { CosErrorCode } from "cos-error-codes";');
  });

  it("says the findings --fix leaves are below, and they are", () => {
    expect(lines[fixStart]).toBe(
      "What --fix leaves is what needs a person: the findings below, in the fixed copy .demo-fixed/ " +
        "(git-ignored; the next demo run replaces it).",
    );
    expect(lines.slice(fixStart + 1)).toContain("✖ 8 problems (7 errors, 1 warning)");
  });

  it("names fixed files that exist after the demo", () => {
    const files = lines.slice(fixStart + 1).filter((line) => line.startsWith("/"));
    expect(files.map((file) => path.relative(root, file))).toEqual([
      path.join(".demo-fixed", "src", "download.ts"),
      path.join(".demo-fixed", "src", "legacy-v4.cjs"),
      path.join(".demo-fixed", "src", "upload.js"),
    ]);
    for (const file of files) expect(existsSync(file), file).toBe(true);
  });
});
