import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeInfo } from "../catalog/index.js";
import {
  DEFAULT_AFTER_FIX_PATTERN,
  DEFAULT_RETRY_PATTERN,
  RETRY_PATTERN_OPTION,
  safePattern,
  subscribe,
} from "../detect/index.js";
import { createRule } from "../util/create-rule.js";

type Options = [{ retryPattern?: string; afterFixPattern?: string }];
type MessageIds = "neverRetryable" | "retryBeforeFix" | "categoryNotRetryable";

const RULE = "no-retry-non-retryable";
const optionWhere = (option: string): string => `eslint-plugin-cos-errors: rule "cos-errors/${RULE}" option ${option}`;

/** The options' patterns, compiled once per source; a bad one throws naming the option. */
const patternsOf = (options: Options[0]): { retry: RegExp; afterFix: RegExp } => ({
  retry: safePattern(options.retryPattern ?? DEFAULT_RETRY_PATTERN, "iu", optionWhere("retryPattern")),
  afterFix: safePattern(options.afterFixPattern ?? DEFAULT_AFTER_FIX_PATTERN, "iu", optionWhere("afterFixPattern")),
});

/**
 * What a report says the code is: `SIGNATURE_EXPIRED, signature-expired` (a JSON-API code's constant and
 * category), `not-found` (an XML-API code, which names itself), `BadRequest, request` (a known
 * misspelling: the code it means), `HTTP status, not-found`.
 */
function describe(info: CodeInfo): string {
  if (info.origin === "json" || info.origin === "xml-variant") return `${info.constantName!}, ${info.category}`;
  if (info.origin === "status") return `HTTP status, ${info.category}`;
  return info.category;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: "problem",
    docs: {
      description: "Disallow retrying COS errors that a retry cannot fix, or retrying before the fix they need",
      recommended: "error",
    },
    messages: {
      neverRetryable: "`{{code}}` ({{description}}) is not retryable; retrying repeats the failure.",
      retryBeforeFix: "`{{code}}` ({{description}}) is retried without its fix: {{fixAction}}.",
      categoryNotRetryable: "This branch retries errors a plain retry cannot fix: {{categories}}.",
    },
    schema: [
      {
        type: "object",
        properties: {
          retryPattern: RETRY_PATTERN_OPTION,
          afterFixPattern: {
            type: "string",
            minLength: 1,
            description:
              "Regular expression (case-insensitive) for the names of calls that do the fix an `after-fix` code " +
              "needs (re-sign, resume, recompute) before a retry.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ retryPattern: DEFAULT_RETRY_PATTERN, afterFixPattern: DEFAULT_AFTER_FIX_PATTERN }],
  },
  checkOptions(options) {
    patternsOf(options);
  },
  create(context, [options]) {
    const { retry: retryPattern, afterFix: afterFixPattern } = patternsOf(options);
    const reported = new Set<TSESTree.Node>();

    return subscribe(context, {
      onDispatch(dispatch, file) {
        const catalog = file.settings.catalog;
        const { branchRetries } = file.retryAnalysis(dispatch, retryPattern);
        for (const [branch, retry] of branchRetries) {
          const fixedFirst = file.callsBefore(branch.body, afterFixPattern, retry);
          // A runtime-helper test (`!isRetryableCosError(err)`, `cosErrorCategory(err) === "auth"`) covering
          // categories a plain retry cannot fix, of every vocabulary (the helpers judge XML-API codes too:
          // `redirect` and `precondition` have no JSON-API code).
          const helperCategories = catalog.allCategories.filter(
            (c) => branch.categories.has(c.id) && (c.retry === "never" || (c.retry === "after-fix" && !fixedFirst)),
          );
          const test = branch.tests[0];
          if (helperCategories.length > 0 && test && !reported.has(test)) {
            reported.add(test);
            const categories = helperCategories.map((c) => c.id).join(", ");
            context.report({ node: test, messageId: "categoryNotRetryable", data: { categories } });
          }
          for (const operand of branch.operands) {
            const info = catalog.classify(operand.value, operand.vocabulary);
            if (!info || info.retry === "backoff" || reported.has(operand.node)) continue;
            if (info.retry === "after-fix" && fixedFirst) continue;
            reported.add(operand.node);
            const code = info.code;
            const description = describe(info);
            if (info.retry === "never") {
              context.report({ node: operand.node, messageId: "neverRetryable", data: { code, description } });
            } else {
              const fixAction = catalog.category(info.category)?.fixAction ?? "";
              const data = { code, description, fixAction };
              context.report({ node: operand.node, messageId: "retryBeforeFix", data });
            }
          }
        }
      },
    });
  },
});
