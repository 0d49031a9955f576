// Type-checked by `tsc --noEmit` (npm test): users' `eslint.config.ts` with defineConfig must compile, and the
// generated option and settings types (src/configs/rule-options.ts, declared in ESLint's `RulesConfig` and
// `SettingsConfig`) must reject wrong values: each `@ts-expect-error` fails the type check if its line compiles.
import { defineConfig } from "eslint/config";
import type { Linter } from "eslint";
import cosErrors, { type CosErrorsSettings, type PreferNamedCodeOptions } from "../../src/index.js";

export default defineConfig([
  cosErrors.configs.recommended,
  {
    files: ["src/storage/**/*.ts"],
    plugins: { "cos-errors": cosErrors },
    rules: {
      "cos-errors/prefer-named-code": ["error", { fix: "suggestion" }],
      "cos-errors/no-unknown-code": ["error", { allow: [-99999] }],
      "cos-errors/handle-non-retryable": ["error", { categories: ["auth"], retryPattern: "^retry" }],
      "cos-errors/no-retry-non-retryable": "warn",
    },
    settings: {
      "cos-errors": {
        assumeCos: true,
        extraCodes: { "-99999": { name: "X", category: "transient", description: "x" } },
      },
    },
  },
  { extends: [cosErrors.configs.strict] },
]);

export const wrongOptionValue = defineConfig([
  {
    rules: {
      // @ts-expect-error -- `fix` is "autofix" or "suggestion"
      "cos-errors/prefer-named-code": ["warn", { fix: "bogus" }],
    },
  },
]);

export const unknownOption = defineConfig([
  {
    // @ts-expect-error -- no-unknown-code has no option `allowed` (additionalProperties: false)
    rules: { "cos-errors/no-unknown-code": ["error", { allowed: [-1] }] },
  },
]);

export const wrongOptionType = defineConfig([
  {
    rules: {
      // @ts-expect-error -- `allow` is a list of numbers and strings
      "cos-errors/no-unknown-code": ["error", { allow: [true] }],
    },
  },
]);

export const wrongSetting = defineConfig([
  {
    // @ts-expect-error -- `assumeCos` is a boolean
    settings: { "cos-errors": { assumeCos: "yes" } },
  },
]);

export const wrongExtraCodeCategory = defineConfig([
  {
    settings: {
      // @ts-expect-error -- not a category id
      "cos-errors": { extraCodes: { "-99999": { name: "X", category: "bogus", description: "x" } } },
    },
  },
]);

// The same types through `Linter.Config` and the exported option types.
export const linterConfig: Linter.Config = {
  // @ts-expect-error -- `sdkCodes` is a boolean
  rules: { "cos-errors/prefer-named-code": ["warn", { sdkCodes: "yes" }] },
};
export const options: PreferNamedCodeOptions = { fix: "autofix", sdkCodes: true };
export const settings: CosErrorsSettings = { assumeCos: true, codeNames: ["code"] };

// The plugin's `rules` carry the generated option types.
export const defaults: readonly [PreferNamedCodeOptions?] = cosErrors.rules["prefer-named-code"].defaultOptions;
