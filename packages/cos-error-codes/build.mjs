// `npm run build` (also `prepack`) of the runtime package: compiles src/index.ts (a generated copy of the
// plugin's src/codes.ts) with tsc to dist/index.js and dist/index.d.ts, an ES module with its types.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

rmSync(path.join(dir, "dist"), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir, stdio: "inherit" });
// On stderr, so that `npm pack --json` (whose `prepack` this is) prints only its JSON on stdout.
console.error("Built packages/cos-error-codes/dist.");
