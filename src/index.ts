/** The ESLint plugin `eslint-plugin-cos-errors` (flat-config namespace `cos-errors`). */
import { packageMeta } from "./package-meta.js";
import { rules } from "./rules/index.js";

const plugin = {
  meta: { name: packageMeta.name, version: packageMeta.version },
  rules,
};

export default plugin;
