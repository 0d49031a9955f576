// `npm run build` (also `prepack`) of the runtime package: compiles the plugin's own src/codes.ts (the one
// source of the runtime module; this package has no copy of it) with tsc, and names the output
// dist/index.js and dist/index.d.ts, an ES module with its types.
import { execFileSync } from "node:child_process";
import { renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(dir, "dist");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir, stdio: "inherit" });
renameSync(path.join(dist, "codes.js"), path.join(dist, "index.js"));
renameSync(path.join(dist, "codes.d.ts"), path.join(dist, "index.d.ts"));
// On stderr, so that `npm pack --json` (whose `prepack` this is) prints only its JSON on stdout.
console.error("Built packages/cos-error-codes/dist.");
