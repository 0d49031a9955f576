/** The shared detection engine: where a COS error code is compared, and against what. */
export { asCodeExpression, codeExpressionKey } from "./code-expression.js";
export { getFileContext, type FileContext } from "./file-context.js";
export { resolveOperand, type CodeOperand, type SpelledCode } from "./operands.js";
export {
  codeSiteListeners,
  judgedSiteAt,
  type CodeSite,
  type ComparisonSite,
  type CollectionSite,
  type SwitchSite,
} from "./sites.js";
export { alwaysLeaves, dispatchListeners, type Branch, type Dispatch } from "./dispatch.js";
export { callsBefore, DEFAULT_AFTER_FIX_PATTERN, DEFAULT_RETRY_PATTERN, optionPattern, retryFinder } from "./retry.js";
