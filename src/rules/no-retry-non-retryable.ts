import type { TSESTree } from "@typescript-eslint/utils";
import { dispatchListeners } from "../detect/dispatch.js";
import {
  callsBefore,
  DEFAULT_AFTER_FIX_PATTERN,
  DEFAULT_RETRY_PATTERN,
  optionPattern,
  retryFinder,
} from "../detect/retry.js";
import { createRule } from "../util/create-rule.js";

type Options = [{ retryPattern?: string; afterFixPattern?: string }];
type MessageIds = "neverRetryable" | "retryBeforeFix" | "categoryNotRetryable";

const RULE = "no-retry-non-retryable";

/** The options' patterns, compiled once per source; a bad one throws naming the option. */
const patternsOf = (options: Options[0]): { retry: RegExp; afterFix: RegExp } => ({
  retry: optionPattern(options.retryPattern ?? DEFAULT_RETRY_PATTERN, "retryPattern", RULE),
  afterFix: optionPattern(options.afterFixPattern ?? DEFAULT_AFTER_FIX_PATTERN, "afterFixPattern", RULE),
});

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: "problem",
    docs: {
      description: "Disallow retrying COS errors that a retry cannot fix, or retrying before the fix they need",
      recommended: "error",
    },
    messages: {
      neverRetryable: "`{{code}}` ({{name}}, {{category}}) is not retryable; retrying repeats the failure.",
      retryBeforeFix: "`{{code}}` ({{name}}, {{category}}) is retried without its fix: {{fixAction}}.",
      categoryNotRetryable: "This branch retries errors a plain retry cannot fix: {{categories}}.",
    },
    schema: [
      {
        type: "object",
        properties: {
          retryPattern: {
            type: "string",
            minLength: 1,
            description: "Regular expression (case-insensitive) for the names of calls that retry.",
          },
          afterFixPattern: {
            type: "string",
            minLength: 1,
            description:
              "Regular expression (case-insensitive) for the names of calls that do the fix an `after-fix` code needs (re-sign, resume, recompute) before a retry.",
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
    const visitorKeys = context.sourceCode.visitorKeys;
    // Looked up at the first dispatch: most files have none.
    let patterns: ReturnType<typeof patternsOf> | undefined;
    const reported = new Set<TSESTree.Node>();

    return dispatchListeners(context, (dispatch, file) => {
      const catalog = file.settings.catalog;
      const { retry: retryPattern, afterFix: afterFixPattern } = (patterns ??= patternsOf(options));
      const finder = retryFinder(dispatch.node, retryPattern, context.sourceCode);
      for (const branch of dispatch.branches) {
        const retry = finder.findRetry(branch.body);
        if (!retry) continue;
        // A runtime-helper test (`!isRetryableCosError(err)`, `cosErrorCategory(err) === "auth"`) covering
        // categories a plain retry cannot fix.
        const fixedFirst = callsBefore(branch.body, afterFixPattern, retry, visitorKeys);
        const helperCategories = catalog.categories.filter(
          (c) => branch.categories.has(c.id) && (c.retry === "never" || (c.retry === "after-fix" && !fixedFirst)),
        );
        const test = branch.tests[0];
        if (helperCategories.length > 0 && test && !reported.has(test)) {
          reported.add(test);
          context.report({
            node: test,
            messageId: "categoryNotRetryable",
            data: { categories: helperCategories.map((c) => c.id).join(", ") },
          });
        }
        for (const operand of branch.operands) {
          const entry = catalog.byCode(operand.value);
          const category = entry && catalog.category(entry.category);
          if (!entry || !category || category.retry === "backoff" || reported.has(operand.node)) continue;
          const data = { code: entry.code, name: entry.name, category: entry.category };
          if (category.retry === "never") {
            reported.add(operand.node);
            context.report({ node: operand.node, messageId: "neverRetryable", data });
          } else if (!fixedFirst) {
            reported.add(operand.node);
            context.report({
              node: operand.node,
              messageId: "retryBeforeFix",
              data: { code: data.code, name: data.name, category: data.category, fixAction: category.fixAction ?? "" },
            });
          }
        }
      }
    });
  },
});
