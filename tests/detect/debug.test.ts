/**
 * `DEBUG=eslint-plugin-cos-errors` prints each file's COS-context decision and the signal that decided it
 * (docs/settings.md, "Why was a file judged?"), through the real ESLint CLI and the built plugin.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = mkdtempSync(path.join(tmpdir(), "cos-errors-debug-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("prints the decision for each file, with the deciding signal or 'no signal'", () => {
  const plugin = pathToFileURL(path.join(root, "dist/esm/index.js")).href;
  writeFileSync(
    path.join(dir, "eslint.config.mjs"),
    `import cosErrors from ${JSON.stringify(plugin)};\n` +
      "export default [cosErrors.configs.recommended, " +
      '{ files: ["storage/**"], settings: { "cos-errors": { assumeCos: true } } }];\n',
  );
  writeFileSync(path.join(dir, "upload.js"), 'import COS from "cos-nodejs-sdk-v5";\nexport default COS;\n');
  writeFileSync(path.join(dir, "sdk.js"), 'import client from "cos-js-sdk-v5";\nexport default client;\n');
  writeFileSync(path.join(dir, "wrapper.js"), 'import storage from "./lib/cos-client.js";\nexport default storage;\n');
  writeFileSync(path.join(dir, "math.js"), "export const y = Math.cos(1);\n");
  writeFileSync(path.join(dir, "header.js"), 'export const h = { "x-cos-acl": "private" };\n');
  const eslint = path.join(root, "node_modules/eslint/bin/eslint.js");
  const files = ["upload.js", "sdk.js", "wrapper.js", "math.js", "header.js"];
  const run = spawnSync(process.execPath, [eslint, ...files], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, DEBUG: "eslint-plugin-cos-errors", DEBUG_COLORS: "0", NO_COLOR: "1" },
  });
  expect(run.status).toBe(0);
  const decisions = run.stderr
    .split("\n")
    .filter((line) => line.includes("eslint-plugin-cos-errors "))
    .map((line) => line.replace(/^.*eslint-plugin-cos-errors /u, "").replace(dir + path.sep, ""))
    .sort();
  expect(decisions).toEqual([
    'header.js: COS code: cos-string "\\"x-cos-acl\\"" on line 1',
    "math.js: no signal",
    'sdk.js: COS code: sdk-module "cos-js-sdk-v5" on line 1',
    // `import COS from …`: the name COS comes before the module string
    'upload.js: COS code: name "COS" on line 1',
    'wrapper.js: COS code: wrapper-module "./lib/cos-client.js" on line 1',
  ]);
});
