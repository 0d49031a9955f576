// `npm run check:package`: packs the package as npm would publish it, then checks the tarball with
// publint (package.json fields and exports) and @arethetypeswrong/cli (types for ESM and CommonJS users).
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
  run([path.join(root, "scripts", "build.mjs")]);
  execFileSync("npm", ["pack", "--silent", "--pack-destination", out], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = path.join(
    out,
    readdirSync(out).find((f) => f.endsWith(".tgz")),
  );
  console.log(`publint ${path.basename(tarball)}`);
  run([bin("publint", "src/cli.js"), "run", tarball, "--strict"]);
  console.log(`attw ${path.basename(tarball)}`);
  run([bin("@arethetypeswrong/cli", "dist/index.js"), tarball]);
} finally {
  rmSync(out, { recursive: true, force: true });
}
