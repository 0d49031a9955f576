// `npm run build`: compiles src/ twice with tsc, to ESM (dist/esm) and CommonJS (dist/cjs), with types.
// The CommonJS entry of the plugin is `module.exports = plugin`, as ESLint 8 `.eslintrc` expects.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const dist = path.join(root, "dist");

rmSync(dist, { recursive: true, force: true });
for (const project of ["tsconfig.build.json", "tsconfig.build.cjs.json"]) {
  execFileSync(process.execPath, [tsc, "-p", project], { cwd: root, stdio: "inherit" });
}
writeFileSync(path.join(dist, "cjs", "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
// tsc turns `export default plugin` into `exports.default`; CommonJS users and ESLint 8 want the plugin itself.
writeFileSync(path.join(dist, "cjs", "plugin.js"), `"use strict";\nmodule.exports = require("./index.js").default;\n`);
writeFileSync(
  path.join(dist, "cjs", "plugin.d.ts"),
  `import plugin = require("./index.js");\ndeclare const _default: typeof plugin.default;\nexport = _default;\n`,
);
console.log("Built dist/esm and dist/cjs.");
