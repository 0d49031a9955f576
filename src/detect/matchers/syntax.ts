/** Small syntax-only helpers the shape matchers share: no scope analysis, no settings. */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

/** Unwraps TypeScript-only wrappers that do not change the value: `x as const`, `x!`, `<T>x`, `x satisfies T`. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** `x` without type wrappers and an optional-chain wrapper: `err?.code` is a `ChainExpression` around `err.code`. */
export function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  const inner = skipTypeWrappers(node);
  return inner.type === AST_NODE_TYPES.ChainExpression ? skipTypeWrappers(inner.expression) : inner;
}

/** The text of a string literal or of a template literal without expressions (`'a'`, `` `a` ``). */
export function staticString(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === "string" ? node.value : undefined;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/**
 * The static name of a key: `a.code`, `a["code"]`, `` a[`code`] ``, `{ code: c }`, `{ "code": c }`,
 * `{ ["code"]: c }`; `undefined` for a computed key that is not a static string, or a private name.
 */
export function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  return staticString(key);
}

/** The static property name of a member access: `code` in `err.code`, `err['code']`, `` err[`code`] ``. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  return keyName(node.property, node.computed);
}

/** The module of a `require("x")` or `` require(`x`) `` call. */
export function requiredModule(node: TSESTree.Node | null | undefined): string | undefined {
  if (
    node?.type !== AST_NODE_TYPES.CallExpression ||
    node.callee.type !== AST_NODE_TYPES.Identifier ||
    node.callee.name !== "require" ||
    node.arguments.length !== 1
  ) {
    return undefined;
  }
  return staticString(node.arguments[0]!);
}

/** A one-argument call without spread, with its argument. */
export function singleArgument(node: TSESTree.CallExpression): TSESTree.Expression | undefined {
  const argument = node.arguments.length === 1 ? node.arguments[0]! : undefined;
  return argument?.type === AST_NODE_TYPES.SpreadElement ? undefined : argument;
}
