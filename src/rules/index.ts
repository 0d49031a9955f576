import handleNonRetryable from "./handle-non-retryable.js";
import noRetryNonRetryable from "./no-retry-non-retryable.js";
import noUnknownCode from "./no-unknown-code.js";
import preferNamedCode from "./prefer-named-code.js";
import sdkErrorShape from "./sdk-error-shape.js";

/** Every rule of the plugin, by name. */
export const rules = {
  "handle-non-retryable": handleNonRetryable,
  "no-retry-non-retryable": noRetryNonRetryable,
  "no-unknown-code": noUnknownCode,
  "prefer-named-code": preferNamedCode,
  "sdk-error-shape": sdkErrorShape,
};
