/**
 * The detection engine: where a COS error code is compared, and against what. Rules import it from here.
 * - matchers/: each shape, defined once, syntax only (code expression, operand, site, code test);
 * - resolution/: what a match's names are bound to (scope analysis), and the resolved sites and tests;
 * - analysis/: the one per-file analysis shared by the rules, dispatches, retries;
 * - context/: COS context (signals), type-aware judgement, the SDK a file uses, where an error comes from;
 * - settings.ts, patterns.ts, cache.ts: shared settings, safe option patterns, the one cache mechanism.
 */
export {
  fileAnalysis,
  inactiveFileListeners,
  subscribe,
  type Context,
  type FileAnalysis,
  type Subscriber,
} from "./analysis/file-analysis.js";
export { alwaysLeaves } from "./analysis/leaves.js";
export { isPresenceGuarded } from "./analysis/presence.js";
export type { Branch, Dispatch } from "./analysis/dispatch.js";
export {
  DEFAULT_AFTER_FIX_PATTERN,
  DEFAULT_RETRY_PATTERN,
  RETRY_PATTERN_OPTION,
  type RetryAnalysis,
} from "./analysis/retry.js";
export { resolveVariable } from "./resolution/bindings.js";
export type {
  CodeExpression,
  CodeOperand,
  CodeSite,
  CollectionSite,
  ComparisonSite,
  SpelledCode,
  SwitchSite,
} from "./resolution/resolve.js";
export { isXmlApiCode } from "./resolution/resolve.js";
export { keyName, requiredModule } from "./matchers/syntax.js";
export { errorName, matchErrorRead, type ErrorReadMatch } from "./matchers/error-read.js";
export { COS_SDKS, importedSdks, specifierSdk, type CosSdk } from "./context/sdk.js";
export type { ErrorOrigin } from "./context/error-origin.js";
export { Cache } from "./cache.js";
export { builtInPattern, safePattern, PatternError } from "./patterns.js";
export { RUNTIME_CONSTANTS, RUNTIME_MODULE, RUNTIME_MODULES, type SharedSettings } from "./settings.js";
