/** The ESLint plugin `eslint-plugin-cos-errors` (flat-config namespace `cos-errors`). */
import type { ESLint, Rule } from "eslint";
import { createConfigs, type Configs } from "./configs/index.js";
import { packageMeta } from "./package-meta.js";
import { rules } from "./rules/index.js";

export interface CosErrorsPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: Record<keyof typeof rules, Rule.RuleModule>;
  readonly configs: Configs;
}

// typescript-eslint's rule type and ESLint's differ only in typing, not at run time.
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
