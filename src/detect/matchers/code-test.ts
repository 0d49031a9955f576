/**
 * Shape: a code test, the test of an `if` or `?:` that selects codes of one code expression.
 * - a site that selects: `x === -96`, `x == -96` (not `!==` / `!=`), `[…].includes(x)`, `new Set(…).has(x)`;
 * - a status range with a lower bound only: `x >= 400`, `x > 499`, `400 <= x`, `399 < x` (a question for
 *   resolution: does `x` read an HTTP status?); an upper bound (`x < 500`) is no code test, so that an `&&`
 *   of two bounds is never the union of what each selects;
 * - a runtime-helper test: `isRetryableCosError(x)`, `!isRetryableCosError(x)`, `cosErrorCategory(x) === "auth"`
 *   (`==` too, either side); the callee must resolve to that export of the constants module (a question for
 *   resolution: `isRetryableCosError` may be imported under another name, or through `codes.`);
 * - `a || b || …` of code tests (every part must be one) and `a && b && …` (at least one part must be).
 * Chains of one operator are flattened without recursion, so a 2,000-part `||` costs no stack.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { matchCodeExpression, type CodeExpressionMatch } from "./code-expression.js";
import { matchSite, type MatchSettings, type SiteMatch } from "./site.js";
import { singleArgument, staticString } from "./syntax.js";

export type HelperName = "isRetryableCosError" | "cosErrorCategory";

export type CodeTestMatch =
  | { readonly kind: "site"; readonly node: TSESTree.Node; readonly site: SiteMatch }
  | {
      readonly kind: "retryable-helper";
      readonly node: TSESTree.Node;
      readonly callee: TSESTree.Node;
      readonly argument: TSESTree.Expression;
      readonly negated: boolean;
    }
  | {
      readonly kind: "category-helper";
      readonly node: TSESTree.Node;
      readonly callee: TSESTree.Node;
      readonly argument: TSESTree.Expression;
      readonly category: string;
    }
  | {
      readonly kind: "status-range";
      readonly node: TSESTree.BinaryExpression;
      readonly code: CodeExpressionMatch;
      /** The bound as written: `400` in `x >= 400`. */
      readonly bound: TSESTree.Literal;
      /** The lowest status selected: `400` for `x >= 400` and for `x > 399`. */
      readonly from: number;
    }
  | {
      readonly kind: "logical";
      readonly node: TSESTree.LogicalExpression;
      readonly operator: "||" | "&&";
      /** Every part of the chain, in source order (`undefined` where a part cannot be a code test). */
      readonly parts: readonly (CodeTestMatch | undefined)[];
    };

/** A callee that may name a runtime helper: any name (it may be a renamed import), or `x.<helper>`. */
function isHelperCallee(callee: TSESTree.Node): boolean {
  if (callee.type === AST_NODE_TYPES.Identifier) return true;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    (callee.property.name === "isRetryableCosError" || callee.property.name === "cosErrorCategory")
  );
}

/** `isRetryableCosError(x)` / `!isRetryableCosError(x)`. */
function matchRetryableHelper(test: TSESTree.Node): CodeTestMatch | undefined {
  const negated = test.type === AST_NODE_TYPES.UnaryExpression && test.operator === "!";
  const call = negated ? test.argument : test;
  if (call.type !== AST_NODE_TYPES.CallExpression || !isHelperCallee(call.callee)) return undefined;
  const argument = singleArgument(call);
  return argument && { kind: "retryable-helper", node: test, callee: call.callee, argument, negated };
}

/** `cosErrorCategory(x) === "auth"`, either side, `==` too. */
function matchCategoryHelper(test: TSESTree.BinaryExpression): CodeTestMatch | undefined {
  if (test.operator !== "===" && test.operator !== "==") return undefined;
  const [call, other] =
    test.left.type === AST_NODE_TYPES.CallExpression ? [test.left, test.right] : [test.right, test.left];
  if (call.type !== AST_NODE_TYPES.CallExpression || !isHelperCallee(call.callee)) return undefined;
  const argument = singleArgument(call);
  const category = staticString(other);
  return argument && category !== undefined
    ? { kind: "category-helper", node: test, callee: call.callee, argument, category }
    : undefined;
}

/** `x >= 400`, `x > 399`, and the same with the bound on the left (`400 <= x`, `399 < x`). */
function matchStatusRange(test: TSESTree.BinaryExpression, settings: MatchSettings): CodeTestMatch | undefined {
  const { operator, left, right } = test;
  const [value, bound, inclusive] =
    operator === ">=" || operator === ">"
      ? [left, right, operator === ">="]
      : operator === "<=" || operator === "<"
        ? [right, left, operator === "<="]
        : [undefined, undefined, false];
  if (!value || bound.type !== AST_NODE_TYPES.Literal || typeof bound.value !== "number") return undefined;
  if (!Number.isSafeInteger(bound.value)) return undefined;
  const code = matchCodeExpression(value, settings);
  return code && { kind: "status-range", node: test, code, bound, from: inclusive ? bound.value : bound.value + 1 };
}

function matchLeaf(test: TSESTree.Node, settings: MatchSettings): CodeTestMatch | undefined {
  switch (test.type) {
    case AST_NODE_TYPES.BinaryExpression: {
      if (test.operator === "===" || test.operator === "==") {
        const site = matchSite(test, settings);
        if (site) return { kind: "site", node: test, site };
      }
      return matchCategoryHelper(test) ?? matchStatusRange(test, settings);
    }
    case AST_NODE_TYPES.CallExpression: {
      const site = matchSite(test, settings);
      return site ? { kind: "site", node: test, site } : matchRetryableHelper(test);
    }
    case AST_NODE_TYPES.UnaryExpression:
      return matchRetryableHelper(test);
    default:
      return undefined;
  }
}

/** The parts of a chain of one logical operator, in source order, found without recursion. */
export function chainParts(chain: TSESTree.LogicalExpression): TSESTree.Expression[] {
  const parts: TSESTree.Expression[] = [];
  const pending: TSESTree.Expression[] = [chain];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === chain.operator) {
      pending.push(node.right, node.left);
    } else {
      parts.push(node);
    }
  }
  return parts;
}

/** The code test shape at `test`, or `undefined` when it cannot be one. */
export function matchCodeTest(test: TSESTree.Node, settings: MatchSettings): CodeTestMatch | undefined {
  if (test.type !== AST_NODE_TYPES.LogicalExpression || test.operator === "??") return matchLeaf(test, settings);
  const operator = test.operator;
  // A part of another operator (`a || (b && c)`) is matched in turn: recursion only as deep as the
  // operators alternate in the source, not as long as a chain is.
  const parts = chainParts(test).map((part) => matchCodeTest(part, settings));
  const possible = operator === "||" ? parts.every((p) => p !== undefined) : parts.some((p) => p !== undefined);
  return possible ? { kind: "logical", node: test, operator, parts } : undefined;
}
