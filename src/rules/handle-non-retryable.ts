import { AST_NODE_TYPES, AST_TOKEN_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { Catalog, CategoryInfo, Vocabulary } from "../catalog/index.js";
import { builtinCatalog } from "../catalog/index.js";
import {
  alwaysLeaves,
  builtInPattern,
  DEFAULT_RETRY_PATTERN,
  RETRY_PATTERN_OPTION,
  resolveVariable,
  safePattern,
  subscribe,
  type Dispatch,
  type FileAnalysis,
} from "../detect/index.js";
import { insertTokenSafe, lineBreakOf } from "../fix/token-safe.js";
import { createRule } from "../util/create-rule.js";

type Options = [{ categories?: string[]; retryPattern?: string; fallbackCommentPattern?: string }];
type MessageIds = "fallbackRetries" | "noFallback" | "addDefaultRethrow";

const RULE = "handle-non-retryable";
const DEFAULT_FALLBACK_COMMENT_PATTERN = builtInPattern("^\\s*cos-errors: handled elsewhere");

const optionWhere = (option: string): string => `eslint-plugin-cos-errors: rule "cos-errors/${RULE}" option ${option}`;

/** The options' patterns, compiled once per source; a bad one throws naming the option. */
const patternsOf = (options: Options[0]): { retry: RegExp; fallbackComment: RegExp } => ({
  retry: safePattern(options.retryPattern ?? DEFAULT_RETRY_PATTERN, "iu", optionWhere("retryPattern")),
  fallbackComment: safePattern(
    options.fallbackCommentPattern ?? DEFAULT_FALLBACK_COMMENT_PATTERN,
    "iu",
    optionWhere("fallbackCommentPattern"),
  ),
});

/**
 * At most this many unhandled categories are named in a report, in at most `NAMED_BUDGET` characters
 * (XML example codes are long: `signature-expired (RequestTimeTooSkewed)`); the rest are counted
 * ("and 6 more"). The first is always named. So a report stays within 200 characters.
 */
const MAX_NAMED_CATEGORIES = 3;
const NAMED_BUDGET = 66;
/** The suggestion's full list names the examples too when it fits in this many characters (under 300 in all). */
const FULL_LIST_BUDGET = 225;

/** A category to name in a report, with an example code in the dispatch's vocabulary. */
interface NamedCategory {
  readonly category: CategoryInfo;
  readonly example: string | undefined;
}

/** `signature (-97)`, `not-found (NoSuchKey)`: a category with its example code. */
const describeCategory = ({ category, example }: NamedCategory): string =>
  example === undefined ? category.id : `${category.id} (${example})`;

/** The vocabularies a dispatch compares codes of, in order of first use; both code vocabularies for helpers only. */
function vocabulariesOf(dispatch: Dispatch): readonly Vocabulary[] {
  const found = new Set<Vocabulary>();
  for (const branch of dispatch.branches) for (const operand of branch.operands) found.add(operand.vocabulary);
  return found.size > 0 ? [...found] : ["xml", "json"];
}

/**
 * The categories a dispatch must handle: those given by the option, else every category a plain retry
 * cannot fix that has codes in one of the dispatch's vocabularies; each with its example in the first
 * vocabulary that has one.
 */
function requiredCategories(
  dispatch: Dispatch,
  catalog: Catalog,
  only: readonly string[] | undefined,
): NamedCategory[] {
  const vocabularies = vocabulariesOf(dispatch);
  const inVocabulary = new Set(vocabularies.flatMap((v) => catalog.categoriesOf(v).map((c) => c.id)));
  const required = only
    ? catalog.allCategories.filter((c) => only.includes(c.id))
    : catalog.allCategories.filter((c) => c.retry !== "backoff" && inVocabulary.has(c.id));
  return required.map((category) => ({
    category,
    example: vocabularies.map((v) => catalog.exampleOf(category, v)).find((e) => e !== undefined),
  }));
}

/** `a`, `a and b`, `a, b and c`. */
const joinAll = (items: readonly string[]): string =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}`;

/**
 * The report's list: the first categories that fit (three at most), then how many more
 * (`a (-96), b (-4019), c (-4016) and 6 more`).
 */
function shortCategoryList(categories: readonly NamedCategory[]): string {
  const all = categories.map(describeCategory);
  if (all.length <= MAX_NAMED_CATEGORIES && joinAll(all).length <= NAMED_BUDGET) return joinAll(all);
  const named = [all[0]!];
  while (named.length < MAX_NAMED_CATEGORIES && [...named, all[named.length]!].join(", ").length <= NAMED_BUDGET)
    named.push(all[named.length]!);
  const more = all.length - named.length;
  return more > 0 ? `${named.join(", ")} and ${more} more` : joinAll(named);
}

/** The suggestion's list: every category, with its example when the list fits (`a (-96), b (-4019) and c`). */
function fullCategoryList(categories: readonly NamedCategory[]): string {
  const described = joinAll(categories.map(describeCategory));
  return described.length <= FULL_LIST_BUDGET ? described : joinAll(categories.map((c) => c.category.id));
}

/** The last comment that lies inside `node`: a binary search of the file's comments (one per dispatch). */
function lastCommentInside(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.Comment | undefined {
  const comments = sourceCode.getAllComments();
  let low = 0;
  let high = comments.length; // the first comment that ends after the node
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comments[middle]!.range[1] <= node.range[1]) low = middle + 1;
    else high = middle;
  }
  const last = comments[low - 1];
  return last && last.range[0] >= node.range[0] ? last : undefined;
}

/** A comment matching the escape-hatch pattern on the line before the dispatch, or as its last comment. */
function hasFallbackComment(dispatch: Dispatch, sourceCode: Readonly<TSESLint.SourceCode>, pattern: RegExp): boolean {
  const before = sourceCode.getCommentsBefore(dispatch.node).at(-1);
  if (before && before.loc.end.line >= dispatch.node.loc.start.line - 1 && pattern.test(before.value)) return true;
  const inside = lastCommentInside(dispatch.node, sourceCode);
  return inside !== undefined && pattern.test(inside.value);
}

/** `err` of `err.code`, `err.error.Code`, `err.error?.Code`, `err.error!.Code`: the object the code is read from. */
function rootObject(expression: TSESTree.Expression): TSESTree.Identifier | undefined {
  if (expression.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  let object = expression.object;
  while (object.type === AST_NODE_TYPES.MemberExpression || object.type === AST_NODE_TYPES.TSNonNullExpression)
    object = object.type === AST_NODE_TYPES.MemberExpression ? object.object : object.expression;
  return object.type === AST_NODE_TYPES.Identifier ? object : undefined;
}

/**
 * `err` when the code expression is `err.code` (or `err.error.Code`, the XML error body's code) and `err`
 * is a `catch (err)` or `.catch((err) => …)` parameter.
 */
function caughtErrorName(dispatch: Dispatch, file: FileAnalysis): string | undefined {
  const root = rootObject(dispatch.codeExpression);
  if (!root) return undefined;
  const variable = resolveVariable(file.sourceCode, root);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === TSESLint.Scope.DefinitionType.CatchClause) return root.name;
  if (def?.type !== TSESLint.Scope.DefinitionType.Parameter) return undefined;
  const fn = def.node;
  const call = fn.parent;
  const isCatchCallback =
    fn.params[0] === def.name &&
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.arguments[0] === fn &&
    call.callee.type === AST_NODE_TYPES.MemberExpression &&
    !call.callee.computed &&
    call.callee.property.type === AST_NODE_TYPES.Identifier &&
    call.callee.property.name === "catch";
  return isCatchCallback ? root.name : undefined;
}

/** Leading white space of the line `node` starts on. */
function indentOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? "";
  return /^\s*/u.exec(line)![0];
}

/** `node`, or the comment that ends its last line (`break; // throttled`), so an insertion goes after both. */
function endOfLine(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | TSESTree.Comment {
  const next = sourceCode.getTokenAfter(node, { includeComments: true });
  const isComment = next?.type === AST_TOKEN_TYPES.Line || next?.type === AST_TOKEN_TYPES.Block;
  return next && isComment && next.loc.start.line === node.loc.end.line ? next : node;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: "problem",
    docs: {
      description: "Require COS error dispatches that retry to handle the errors a plain retry cannot fix",
      recommended: "error",
    },
    hasSuggestions: true,
    messages: {
      fallbackRetries:
        "This COS error dispatch retries on its fallback, so errors a plain retry cannot fix are retried too: " +
        "{{categories}}.",
      noFallback:
        "This COS error dispatch has no fallback, so errors a plain retry cannot fix go unhandled: {{categories}}. " +
        "Handle them, or add a fallback.",
      addDefaultRethrow: "Add `default: throw {{name}};` so that codes no case matches are rethrown: {{categories}}.",
    },
    schema: [
      {
        type: "object",
        properties: {
          categories: {
            type: "array",
            items: { type: "string" },
            minItems: 1,
            uniqueItems: true,
            description:
              "Categories that every judged dispatch must handle (ids from docs/codes.md). " +
              "Default: every category whose retry class is not `backoff`.",
          },
          retryPattern: RETRY_PATTERN_OPTION,
          fallbackCommentPattern: {
            type: "string",
            minLength: 1,
            description:
              "Regular expression (case-insensitive) for a comment that marks a dispatch as deliberately incomplete.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ retryPattern: DEFAULT_RETRY_PATTERN, fallbackCommentPattern: DEFAULT_FALLBACK_COMMENT_PATTERN }],
  },
  checkOptions(options) {
    patternsOf(options);
    for (const id of options.categories ?? []) {
      if (!builtinCatalog.category(id)) {
        const known = builtinCatalog.allCategories.map((c) => c.id).join(", ");
        throw new Error(
          `eslint-plugin-cos-errors: rule "cos-errors/${RULE}" option categories: "${id}" is not a category ` +
            `(known: ${known})`,
        );
      }
    }
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const { retry: retryPattern, fallbackComment: commentPattern } = patternsOf(options);

    return subscribe(context, {
      onDispatch(dispatch, file) {
        const catalog = file.settings.catalog;
        const retries = file.retryAnalysis(dispatch, retryPattern);
        const fallbackRetries = retries.fallbackRetry !== undefined;
        const judged =
          fallbackRetries ||
          retries.branchRetries.size > 0 ||
          (dispatch.fallback === undefined && retries.matchesRetryable);
        if (!judged) return;
        if (dispatch.fallback !== undefined && !fallbackRetries) return; // the fallback handles the rest
        if (hasFallbackComment(dispatch, sourceCode, commentPattern)) return;

        const required = requiredCategories(dispatch, catalog, options.categories);
        const unhandled = required.filter(({ category }) => !retries.handledCategories.has(category.id));
        if (unhandled.length === 0) return;

        const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
        const name =
          dispatch.kind === "switch" && dispatch.fallback === undefined ? caughtErrorName(dispatch, file) : undefined;
        const lastCase = dispatch.node.type === AST_NODE_TYPES.SwitchStatement ? dispatch.node.cases.at(-1) : undefined;
        if (name && lastCase && lastCase.consequent.some((statement) => alwaysLeaves(statement))) {
          const caseIndent = indentOf(lastCase, sourceCode);
          const firstStatement = lastCase.consequent[0]!;
          const bodyIndent =
            firstStatement.loc.start.line > lastCase.loc.start.line
              ? indentOf(firstStatement, sourceCode)
              : `${caseIndent}  `;
          suggest.push({
            messageId: "addDefaultRethrow",
            data: { name, categories: fullCategoryList(unhandled) },
            fix: (fixer) => {
              const eol = lineBreakOf(sourceCode);
              const text = `${eol}${caseIndent}default:${eol}${bodyIndent}throw ${name};`;
              return insertTokenSafe(fixer, endOfLine(lastCase, sourceCode).range[1], text, sourceCode);
            },
          });
        }
        context.report({
          node: dispatch.node,
          loc: sourceCode.getFirstToken(dispatch.node)!.loc,
          messageId: dispatch.fallback === undefined ? "noFallback" : "fallbackRetries",
          data: { categories: shortCategoryList(unhandled) },
          suggest,
        });
      },
    });
  },
});
