/** The ESLint plugin `eslint-plugin-cos-errors` (flat-config namespace `cos-errors`). */
import { createConfigs, type FlatConfig } from "./configs/index.js";
import { packageMeta } from "./package-meta.js";
import { rules } from "./rules/index.js";

const plugin = {
  meta: { name: packageMeta.name, version: packageMeta.version },
  rules,
  configs: {} as Record<"recommended" | "strict" | "all", FlatConfig>,
};
// The configs name the plugin itself, so they are made once the plugin object exists.
Object.assign(plugin.configs, createConfigs(plugin));

export default plugin;
