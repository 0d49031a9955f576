/** The ESLint plugin `eslint-plugin-cos-errors` (flat-config namespace `cos-errors`). */
import type { ESLint, Rule } from "eslint";
import { createConfigs, type Configs } from "./configs/index.js";
import type { CosErrorsRuleOptions } from "./configs/rule-options.cjs";
import { packageMeta } from "./package-meta.js";
import { rules } from "./rules/index.js";

// The rules' option types and the settings type. Importing this module (types included) also declares them in
// ESLint's `RulesConfig` and `SettingsConfig`, so `defineConfig` checks `cos-errors/*` options and settings.
export type * from "./configs/rule-options.cjs";
export type { CosErrorsExtraCode, CosErrorsSettings } from "./configs/settings.js";
export type { Configs, FlatConfig, LegacyConfig } from "./configs/index.js";

/** A rule of this plugin, typed with its options (generated from its JSON schema). */
export interface CosErrorsRule<Options extends readonly unknown[]> extends Rule.RuleModule {
  /** The options a config that gives none gets, as `meta.defaultOptions`. */
  readonly defaultOptions: Options;
}

export interface CosErrorsPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: { readonly [Name in keyof CosErrorsRuleOptions]: CosErrorsRule<CosErrorsRuleOptions[Name]> };
  readonly configs: Configs;
}

// typescript-eslint's rule type and ESLint's differ only in typing, not at run time; tests/configs checks that
// the generated option types are those the rules are written with.
const eslintRules = rules as unknown as CosErrorsPlugin["rules"];

const plugin: CosErrorsPlugin = {
  meta: { name: packageMeta.name, version: packageMeta.version },
  rules: eslintRules,
  configs: {} as Configs,
};
// The configs name the plugin itself, so they are made once the plugin object exists.
Object.assign(plugin.configs, createConfigs(plugin, rules));

export default plugin;
// `require("eslint-plugin-cos-errors")` (Node >= 20.19 loads this ES module with `require(esm)`) returns this
// export instead of the namespace: the plugin itself, the very object `import` gives.
export { plugin as "module.exports" };
