// `npm run check:package`: packs each published package, the plugin and the runtime package
// packages/cos-error-codes, as npm would publish it (`npm pack` runs `prepack`, the build), then checks the
// tarball with publint (package.json fields and exports) and @arethetypeswrong/cli (types), the same profile
// for both.
//
// attw runs with `--profile esm-only`, which leaves out two resolutions:
// - node16 from CommonJS: attw 0.18 bundles TypeScript 5.6, which models Node before `require(esm)` and so
//   reports every `require` of an ES module as "ESM (dynamic import only)". The package needs Node >= 20.19
//   (`engines`), where `require(esm)` is on by default; tests/package/ require both entry points for real.
// - node10: TypeScript's `moduleResolution: node10` ignores "exports" (so cannot see `./codes`), and
//   TypeScript 6 deprecates it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });

const out = mkdtempSync(path.join(tmpdir(), "cos-errors-pack-"));
try {
  for (const dir of [root, path.join(root, "packages", "cos-error-codes")]) {
    const before = new Set(readdirSync(out));
    execFileSync("npm", ["pack", "--silent", "--pack-destination", out], {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
    });
    const tarball = path.join(
      out,
      readdirSync(out).find((f) => f.endsWith(".tgz") && !before.has(f)),
    );
    console.log(`publint ${path.basename(tarball)}`);
    run([bin("publint", "src/cli.js"), "run", tarball, "--strict"]);
    console.log(`attw ${path.basename(tarball)}`);
    run([bin("@arethetypeswrong/cli", "dist/index.js"), tarball, "--profile", "esm-only"]);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
