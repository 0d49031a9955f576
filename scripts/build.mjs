// `npm run build` (also `prepack`): compiles src/ with tsc to ES modules with types, in dist/esm.
// The package is ESM only. `src/index.ts` also exports the plugin as `"module.exports"`, so that
// `require("eslint-plugin-cos-errors")` (Node >= 20.19 `require(esm)`, ESLint 8 `.eslintrc`) returns the plugin
// object itself: `import` and `require` share one module instance, hence one plugin object.
import { execFileSync } from "node:child_process";
import { chmodSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

rmSync(path.join(root, "dist"), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
// src/configs/rule-options.cts holds types only (a .cts for the reason its header gives): keep its .d.cts, drop the
// empty CommonJS module tsc emits for it, which nothing loads.
rmSync(path.join(root, "dist", "esm", "configs", "rule-options.cjs"));
// The bin (package.json "bin") executable, so that `npm exec eslint-plugin-cos-errors` works in the repository too
// (npm sets the mode itself when it installs the package).
chmodSync(path.join(root, "dist", "esm", "cli", "bin.js"), 0o755);
console.log("Built dist/esm.");
