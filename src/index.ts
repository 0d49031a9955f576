/** The ESLint plugin `eslint-plugin-cos-errors` (flat-config namespace `cos-errors`). */
import { packageMeta } from "./package-meta.js";

const plugin = {
  meta: { name: packageMeta.name, version: packageMeta.version },
  rules: {},
};

export default plugin;
