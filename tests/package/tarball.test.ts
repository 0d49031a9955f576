// What `npm pack` puts in the tarball: exactly package.json, README.md, LICENSE and the build (each src/
// module as .js plus .d.ts, no source maps, no tests, no sources, no CommonJS), and package.json's links point at the
// repository the rules' docs URLs name. `--ignore-scripts`: dist/ is already built by tests/global-setup.ts,
// and `prepack` rebuilding it here would pull it from under the tests running in parallel
// (`npm run check:package` packs with `prepack`).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/index.js";
import { root } from "./project.js";

interface PackResult {
  readonly files: readonly { readonly path: string }[];
}
const packed = (): string[] => {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
  const [result] = JSON.parse(out) as PackResult[];
  return result!.files.map((f) => f.path).sort();
};

/** Every .ts and .cts module under src/, relative to src/. */
function sourceModules(dir = path.join(root, "src"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceModules(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : /\.c?ts$/u.test(entry.name)
        ? [`${prefix}${entry.name}`]
        : [],
  );
}

interface PackageJson {
  readonly exports: Record<string, string | Record<string, string>>;
  readonly scripts: Record<string, string>;
  readonly repository: { type: string; url: string };
  readonly bugs: { url: string };
  readonly homepage: string;
}
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as PackageJson;

const REPOSITORY = "https://github.com/eslint-plugin-cos-errors/eslint-plugin-cos-errors";

describe("the packed package", () => {
  const files = packed();

  it("has exactly the expected top-level entries", () => {
    expect([...new Set(files.map((f) => f.split("/")[0]))].sort()).toEqual([
      "LICENSE",
      "README.md",
      "dist",
      "package.json",
    ]);
  });

  it("ships each src/ module as dist/esm/<module>.js with its .d.ts, and nothing else", () => {
    const expected = sourceModules()
      // A .cts module holds types only (src/configs/rule-options.cts): its .d.cts, no CommonJS module.
      .flatMap((m) =>
        m.endsWith(".cts")
          ? [`dist/esm/${m.slice(0, -4)}.d.cts`]
          : [`dist/esm/${m.slice(0, -3)}.d.ts`, `dist/esm/${m.slice(0, -3)}.js`],
      )
      .sort();
    expect(files.filter((f) => f.startsWith("dist/"))).toEqual(expected);
    expect(files.filter((f) => /\.map$|\.test\.|^tests?\/|^src\//u.test(f))).toEqual([]);
  });

  it("serves every exports target from the tarball", () => {
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)));
    for (const target of targets) expect(files, target).toContain(target.replace(/^\.\//u, ""));
  });

  it("builds on pack (prepack), so a fresh clone packs a complete package", () => {
    expect(pkg.scripts.prepack).toBe("node scripts/build.mjs");
  });

  it("links repository, bugs and homepage to the repository the rules' docs URLs name", () => {
    expect(pkg.repository).toEqual({ type: "git", url: `git+${REPOSITORY}.git` });
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
    expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
    for (const [name, rule] of Object.entries(rules)) {
      expect(rule.meta.docs?.url).toBe(`${REPOSITORY}/blob/main/docs/rules/${name}.md`);
      expect(existsSync(path.join(root, "docs", "rules", `${name}.md`)), name).toBe(true);
    }
  });
});
