import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readPackageJson } from "../scripts/data.js";

// dist/ is built by tests/global-setup.ts. The package imports itself by name through "exports",
// exactly as an application or ESLint would.
const run = (args: string[]): unknown => JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8" }));

const codesProbe = (load: string): string =>
  `${load}.then((m) => console.log(JSON.stringify({ expired: m.CosErrorCode.SIGNATURE_EXPIRED, entry: m.getCosError("-4018")?.name, retry: m.isRetryableCosError({ code: -71 }), category: m.cosErrorCategory(-133) })))`;
const expectedCodes = { expired: -96, entry: "FILE_ALREADY_UPLOADED", retry: true, category: "not-found" };

describe("the built package", () => {
  it("serves the runtime codes module to ESM", () => {
    expect(run(["--input-type=module", "-e", codesProbe('import("eslint-plugin-cos-errors/codes")')])).toEqual(
      expectedCodes,
    );
  });

  it("serves the runtime codes module to CommonJS", () => {
    expect(
      run(["--input-type=commonjs", "-e", codesProbe('Promise.resolve(require("eslint-plugin-cos-errors/codes"))')]),
    ).toEqual(expectedCodes);
  });

  it("gives import and require one module instance: the same plugin object and the same codes module", () => {
    const probe = [
      'const { createRequire } = await import("node:module");',
      'const require = createRequire(process.cwd() + "/x.js");',
      'const required = require("eslint-plugin-cos-errors");',
      'const imported = await import("eslint-plugin-cos-errors");',
      'const codes = await import("eslint-plugin-cos-errors/codes");',
      "console.log(JSON.stringify({",
      "  plugin: required === imported.default,",
      '  configPlugin: required.configs.recommended.plugins["cos-errors"] === required,',
      '  codes: require("eslint-plugin-cos-errors/codes").CosErrorCode === codes.CosErrorCode,',
      "}));",
    ].join("\n");
    expect(run(["--input-type=module", "-e", probe])).toEqual({ plugin: true, configPlugin: true, codes: true });
  });

  it("serves the plugin to ESM as the default export and to CommonJS as module.exports", () => {
    const esm = run([
      "--input-type=module",
      "-e",
      'import plugin from "eslint-plugin-cos-errors"; console.log(JSON.stringify(plugin.meta))',
    ]);
    const cjs = run([
      "--input-type=commonjs",
      "-e",
      'console.log(JSON.stringify(require("eslint-plugin-cos-errors").meta))',
    ]);
    const { name, version } = readPackageJson();
    expect(esm).toEqual({ name, version });
    expect(cjs).toEqual(esm);
  });
});
