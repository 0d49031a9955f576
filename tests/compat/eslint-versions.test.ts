// The built package (dist/, from tests/global-setup.ts) on every ESLint it supports: examples/ is linted
// through the Node API of ESLint 10 and 9 (flat config: examples/eslint.config.mjs) and of ESLint 8.57
// (eslintrc: the plugin's `recommended-legacy`), and each must report exactly the same findings.
import { createRequire } from "node:module";
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint-v9";
import { beforeAll, describe, expect, it } from "vitest";
import type { CosErrorsPlugin } from "../../src/index.js";
import {
  counts,
  details,
  EXAMPLE_SOURCES,
  examples,
  EXPECTED_COUNTS,
  EXPECTED_FINDINGS,
  findings,
  lintedFiles,
  root,
  type Result,
} from "./findings.js";

const require = createRequire(import.meta.url);

/** The part of ESLint 8's eslintrc `ESLint` class used here (eslint-v8 ships no types). */
interface LegacyESLintOptions {
  cwd: string;
  useEslintrc: boolean;
  resolvePluginsRelativeTo: string;
  overrideConfig: Record<string, unknown>;
}
interface LegacyESLintModule {
  ESLint: {
    new (options: LegacyESLintOptions): { lintFiles(patterns: string[]): Promise<Result[]> };
    readonly version: string;
  };
}
const { ESLint: ESLint8 } = require("eslint-v8") as LegacyESLintModule;

/** What an ESLint 8 user writes in `.eslintrc`: the legacy config (ES modules), the TypeScript parser for .ts, CommonJS for .cjs. */
const legacyConfig = {
  extends: ["plugin:cos-errors/recommended-legacy"],
  overrides: [
    { files: ["*.ts"], parser: "@typescript-eslint/parser" },
    { files: ["*.cjs"], parserOptions: { sourceType: "script" }, env: { node: true } },
  ],
};

describe("examples/ on ESLint 10, 9 and 8", () => {
  const results: Record<"v10" | "v9" | "v8", Result[]> = { v10: [], v9: [], v8: [] };

  beforeAll(async () => {
    // Flat config: examples/eslint.config.mjs, found from cwd, imports the plugin by package name.
    results.v10 = await new ESLint({ cwd: examples }).lintFiles(["."]);
    results.v9 = await new ESLint9({ cwd: examples }).lintFiles(["."]);
    // eslintrc: ESLint 8 resolves `plugin:cos-errors/...` as `eslint-plugin-cos-errors`, with
    // require.resolve from <resolvePluginsRelativeTo>/__placeholder__.js. From inside the package root
    // that is Node's package self-reference through "exports" (dist/esm/index.js, loaded by require(esm)), so no
    // node_modules link is needed; the test below checks that this is indeed the copy that was loaded.
    results.v8 = await new ESLint8({
      cwd: examples,
      useEslintrc: false,
      resolvePluginsRelativeTo: root,
      overrideConfig: legacyConfig,
    }).lintFiles(["."]);
  });

  it("runs the ESLint versions it means to", () => {
    expect([ESLint.version, ESLint9.version, ESLint8.version].map((v) => v.split(".")[0])).toEqual(["10", "9", "8"]);
    expect(ESLint8.version.startsWith("8.57.")).toBe(true);
  });

  it("ESLint 8 resolves the plugin to the package's own build (ESM only, loaded through require(esm))", () => {
    const pluginRequire = createRequire(`${root}/__placeholder__.js`);
    expect(pluginRequire.resolve("eslint-plugin-cos-errors")).toBe(`${root}/dist/esm/index.js`);
  });

  it("ESLint 10 reports exactly the expected findings", () => {
    expect(findings(results.v10)).toEqual(EXPECTED_FINDINGS);
    expect(counts(results.v10)).toEqual(EXPECTED_COUNTS);
  });

  it("lints every example source file, with no parse errors", () => {
    const src = EXAMPLE_SOURCES;
    expect(lintedFiles(results.v10)).toEqual(["eslint.config.mjs", ...src]);
    expect(lintedFiles(results.v9)).toEqual(["eslint.config.mjs", ...src]);
    // eslintrc lints *.js and what `overrides` name (*.ts, *.cjs) in a directory, so not the .mjs config.
    expect(lintedFiles(results.v8)).toEqual(src);
    for (const version of [results.v10, results.v9, results.v8]) {
      expect(version.flatMap((r) => r.messages).filter((m) => m.fatal === true || m.ruleId === null)).toEqual([]);
    }
  });

  it("ESLint 9 (flat config) reports the same findings as ESLint 10", () => {
    expect(findings(results.v9)).toEqual(findings(results.v10));
    expect(details(results.v9)).toEqual(details(results.v10));
  });

  it("ESLint 8.57 (eslintrc, recommended-legacy) reports the same findings as ESLint 10", () => {
    expect(findings(results.v8)).toEqual(findings(results.v10));
    expect(details(results.v8)).toEqual(details(results.v10));
  });
});

describe("the plugin for CommonJS consumers", () => {
  it("require() gives the plugin itself, with the legacy configs", async () => {
    const cjs = require("eslint-plugin-cos-errors") as CosErrorsPlugin;
    const specifier: string = "eslint-plugin-cos-errors"; // not a literal: dist/ may not exist when tsc runs
    const { default: esm } = (await import(specifier)) as { default: CosErrorsPlugin };

    expect(require.resolve("eslint-plugin-cos-errors")).toBe(`${root}/dist/esm/index.js`);
    // Not `toBe`: vitest's own module runner serves this `import()`; tests/package-exports.test.ts checks
    // identity in a plain Node process.
    expect(cjs.meta).toEqual(esm.meta);
    expect(Object.keys(cjs.rules)).toEqual(Object.keys(esm.rules));
    expect(Object.keys(cjs.rules).length).toBeGreaterThan(0);
    expect(Object.keys(cjs.configs).sort()).toEqual([
      "all",
      "all-legacy",
      "legacy-recommended",
      "recommended",
      "recommended-legacy",
      "strict",
      "strict-legacy",
    ]);
    const parserOptions = { ecmaVersion: "latest", sourceType: "module" };
    for (const name of ["recommended", "strict", "all"] as const) {
      expect(cjs.configs[`${name}-legacy`], name).toEqual({
        plugins: ["cos-errors"],
        parserOptions,
        rules: esm.configs[name].rules,
      });
    }
    expect(cjs.configs["legacy-recommended"]).toBe(cjs.configs["recommended-legacy"]);
    expect(cjs.configs.recommended.plugins["cos-errors"]).toBe(cjs);
  });
});
