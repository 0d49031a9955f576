import noUnknownCode from "./no-unknown-code.js";
import preferNamedCode from "./prefer-named-code.js";

/** Every rule of the plugin, by name. */
export const rules = {
  "no-unknown-code": noUnknownCode,
  "prefer-named-code": preferNamedCode,
};
