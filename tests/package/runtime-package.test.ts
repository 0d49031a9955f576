// The runtime package packages/cos-error-codes as its users get it: packed by `npm pack` (whose `prepack`
// builds it), installed from the tarball into a fresh application with `npm install --omit=dev`, and run there.
// It stays in sync with the plugin: built from src/codes.ts itself, with the same version.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUNTIME_PACKAGE_DIR, runtimePackageFiles } from "../../scripts/codegen.js";
import { root } from "./project.js";

const runtimeDir = path.join(root, "packages", "cos-error-codes");
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
const npm = (args: string[], cwd: string): string =>
  execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const node = (args: string[], cwd: string): string => execFileSync(process.execPath, args, { cwd, encoding: "utf8" });

/** Every export of a module as JSON: functions by name only, data by value. */
const dumpExports = (specifier: string): string =>
  `import * as m from ${JSON.stringify(specifier)};\n` +
  "console.log(JSON.stringify(Object.keys(m).sort().map((k) => " +
  '[k, typeof m[k] === "function" ? `function ${m[k].name}` : m[k]])));\n';

interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

describe("the runtime package cos-error-codes", () => {
  let work = "";
  let app = "";
  let pack: PackResult;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "cos-error-codes-"));
    [pack] = JSON.parse(npm(["pack", "--json", "--silent", "--pack-destination", work], runtimeDir)) as [PackResult];
    app = path.join(work, "app");
    mkdirSync(app);
    writeFileSync(
      path.join(app, "package.json"),
      `${JSON.stringify({ name: "app", private: true, type: "module" })}\n`,
    );
    npm(["install", "--omit=dev", "--offline", "--no-audit", "--no-fund", path.join(work, pack.filename)], app);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("packs exactly package.json, README.md, LICENSE and the build (dist/index.js, dist/index.d.ts)", () => {
    expect(pack.files.map((f) => f.path).sort()).toEqual([
      "LICENSE",
      "README.md",
      "dist/index.d.ts",
      "dist/index.js",
      "package.json",
    ]);
  });

  it("installs with npm install --omit=dev as exactly one package: node_modules holds only it", () => {
    const entries = readdirSync(path.join(app, "node_modules")).filter((e) => e !== ".package-lock.json");
    expect(entries).toEqual(["cos-error-codes"]);
    const tree = JSON.parse(npm(["ls", "--all", "--json"], app)) as {
      dependencies: Record<string, { version: string; dependencies?: unknown }>;
    };
    expect(Object.keys(tree.dependencies)).toEqual(["cos-error-codes"]);
    expect(tree.dependencies["cos-error-codes"]!.version).toBe(readJson(path.join(root, "package.json")).version);
    expect(tree.dependencies["cos-error-codes"]!.dependencies).toBeUndefined();
  });

  it('serves import { CosErrorCode, getCosError } from "cos-error-codes" in that application', () => {
    writeFileSync(
      path.join(app, "main.js"),
      'import { CosErrorCode, getCosError } from "cos-error-codes";\n' +
        'console.log(CosErrorCode.SIGNATURE_EXPIRED, getCosError(-96).name, getCosError("BadRquest").code);\n',
    );
    expect(node(["main.js"], app)).toBe("-96 SIGNATURE_EXPIRED BadRequest\n");
  });

  it("serves require (Node 20.19+ require(esm)) in that application", () => {
    writeFileSync(
      path.join(app, "main.cjs"),
      'const { CosXmlErrorCode, isRetryableCosError } = require("cos-error-codes");\n' +
        "console.log(CosXmlErrorCode.NoSuchKey, isRetryableCosError({ code: -71 }));\n",
    );
    expect(node(["main.cjs"], app)).toBe("NoSuchKey true\n");
  });

  it("exports exactly what eslint-plugin-cos-errors/codes exports, with equal values", () => {
    writeFileSync(path.join(app, "dump.js"), dumpExports("cos-error-codes"));
    writeFileSync(
      path.join(app, "dump-plugin.js"),
      dumpExports(pathToFileURL(path.join(root, "dist/esm/codes.js")).href),
    );
    const runtime = node(["dump.js"], app);
    expect(JSON.parse(runtime)).toContainEqual(["getCosError", "function getCosError"]);
    expect(runtime).toBe(node(["dump-plugin.js"], app));
  });
});

describe("the runtime package stays in sync with the plugin", () => {
  const plugin = readJson(path.join(root, "package.json"));
  const runtime = readJson(path.join(runtimeDir, "package.json"));

  it("has the plugin's version, and is one of the plugin's npm workspaces", () => {
    expect(runtime.name).toBe("cos-error-codes");
    expect(runtime.version).toBe(plugin.version);
    expect(plugin.workspaces).toEqual(["packages/cos-error-codes"]);
  });

  it("has no dependencies of any kind, is an ES module with types, and ships dist only", () => {
    for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
      expect(runtime[field], field).toBeUndefined();
    }
    expect(runtime.type).toBe("module");
    expect(runtime.exports).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./package.json": "./package.json",
    });
    expect(runtime.files).toEqual(["dist"]);
  });

  it("is built from src/codes.ts itself (no copy of it), with no imports, and has the plugin's LICENSE", () => {
    expect(existsSync(path.join(runtimeDir, "src"))).toBe(false);
    const tsconfig = JSON.parse(readFileSync(path.join(runtimeDir, "tsconfig.json"), "utf8")) as { files: string[] };
    expect(tsconfig.files.map((f) => path.resolve(runtimeDir, f))).toEqual([path.join(root, "src", "codes.ts")]);
    const built = readFileSync(path.join(runtimeDir, "dist", "index.js"), "utf8");
    expect(built).not.toMatch(/^\s*(?:import\b|export\s[^;]*\bfrom\s)|\brequire\s*\(/mu);
    expect(built).toContain('NoSuchKey: "NoSuchKey"');
    expect(readFileSync(path.join(runtimeDir, "LICENSE"), "utf8")).toBe(
      readFileSync(path.join(root, "LICENSE"), "utf8"),
    );
  });

  it("follows a new plugin version on npm run generate: only the version changes", () => {
    const manifest = readFileSync(path.join(runtimeDir, "package.json"), "utf8");
    const files = runtimePackageFiles("MIT\n", manifest, "9.8.7");
    expect(Object.keys(files)).toEqual([`${RUNTIME_PACKAGE_DIR}/LICENSE`, `${RUNTIME_PACKAGE_DIR}/package.json`]);
    expect(files[`${RUNTIME_PACKAGE_DIR}/LICENSE`]).toBe("MIT\n");
    expect(JSON.parse(files[`${RUNTIME_PACKAGE_DIR}/package.json`]!)).toEqual({ ...runtime, version: "9.8.7" });
    expect(runtimePackageFiles("", manifest, String(runtime.version))[`${RUNTIME_PACKAGE_DIR}/package.json`]).toBe(
      manifest,
    );
  });
});
