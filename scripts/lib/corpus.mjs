// The pinned corpus of public npm source that `npm run bench` and `npm run robustness` lint, and the code
// that fetches it: `npm pack <name>@<version>` into bench/corpus/tarballs/, extracted with `tar` into
// bench/corpus/<name>/ (git-ignored), where a `.bench-version` file records the version. A package
// already there at the pinned version is reused; a tarball already downloaded is extracted again.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The benchmark corpus: pinned versions, so that figures from different days compare. `dir` and `ext` are
 * the part the benchmark lints; `commonjs` marks a package whose `.js` files are CommonJS.
 */
export const CORPUS = Object.freeze([
  Object.freeze({ name: "rxjs", version: "7.8.2", dir: "src", ext: ".ts" }),
  Object.freeze({ name: "zod", version: "4.6.7", dir: "src", ext: ".ts" }),
  Object.freeze({ name: "webpack", version: "5.112.2", dir: "lib", ext: ".js", commonjs: true }),
]);

/**
 * More packages for the robustness run only (the benchmark does not lint them): together with the
 * benchmark corpus and the project's node_modules they make more than 20,000 files, and they bring
 * syntax the others lack (modern ESM classes in three's examples, React code, `.tsx` sources).
 */
export const ROBUSTNESS_EXTRA = Object.freeze([
  Object.freeze({ name: "three", version: "0.187.0" }),
  Object.freeze({ name: "@mui/material", version: "9.5.0" }),
  Object.freeze({ name: "@tanstack/react-query", version: "5.108.0" }),
]);

/** The marker file that records which version a package directory holds. */
export const VERSION_MARKER = ".bench-version";

/** bench/corpus/ of the checkout at `root`. */
export function corpusRoot(root) {
  return path.join(root, "bench", "corpus");
}

/** Where a package is extracted: bench/corpus/<name>/ (bench/corpus/@scope/name/ for a scoped one). */
export function packageDir(root, name) {
  return path.join(corpusRoot(root), ...name.split("/"));
}

/** The file `npm pack` writes: `name-1.2.3.tgz`, `scope-name-1.2.3.tgz` for `@scope/name`. */
export function tarballName({ name, version }) {
  return `${name.replace(/^@/u, "").replace("/", "-")}-${version}.tgz`;
}

/**
 * Makes sure every package of `packages` is in bench/corpus/<name>/ at its pinned version, fetching and
 * extracting what is missing. Returns, per package, its directory and what was done: `"present"`,
 * `"extracted"` (from a tarball already downloaded) or `"downloaded"`. Throws when npm or tar fails.
 */
export function ensureCorpus(root, packages = CORPUS) {
  const tarballs = path.join(corpusRoot(root), "tarballs");
  return packages.map((pkg) => {
    const { name, version } = pkg;
    const target = packageDir(root, name);
    const marker = path.join(target, VERSION_MARKER);
    if (existsSync(marker) && readFileSync(marker, "utf8").trim() === version)
      return { ...pkg, dir: target, status: "present" };

    const tarball = path.join(tarballs, tarballName(pkg));
    let status = "extracted";
    if (!existsSync(tarball)) {
      mkdirSync(tarballs, { recursive: true });
      const pack = spawnSync("npm", ["pack", `${name}@${version}`, "--pack-destination", tarballs], {
        encoding: "utf8",
        shell: process.platform === "win32",
      });
      if (pack.status !== 0 || !existsSync(tarball)) {
        throw new Error(`npm pack ${name}@${version} failed (exit ${pack.status ?? pack.signal}):\n${pack.stderr}`);
      }
      status = "downloaded";
    }
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"], { stdio: "inherit" });
    const actual = JSON.parse(readFileSync(path.join(target, "package.json"), "utf8")).version;
    if (actual !== version) throw new Error(`${tarball} holds ${name}@${actual}, expected ${version}`);
    // Written last: a directory without it (an interrupted extraction) is extracted again next time.
    writeFileSync(marker, `${version}\n`);
    return { ...pkg, dir: target, status };
  });
}
