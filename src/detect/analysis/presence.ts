/**
 * Whether a node runs only where an object (`err.error`) was tested to be present: it is on the side of a
 * `&&`, `||`, `?:` or `if` that the test lets through, or after an `if` that leaves the function (or the
 * loop, or the `switch` case) when the object is missing. The tests understood, `!` in front of any:
 * `x`, `!!x`, `Boolean(x)`, `x != null`, `x !== undefined` (either way round, `==` / `===` too; not
 * `x !== null`, which lets `undefined` through), `typeof x === "object"` (`!==`, `"undefined"` too).
 * Walks up the ancestors and, in each statement list, over the earlier `if` statements that leave (found
 * once per list): no recursion.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { Cache } from "../cache.js";
import { chainParts } from "../matchers/code-test.js";
import { skipWrappers, staticString } from "../matchers/syntax.js";
import { objectKey } from "../resolution/resolve.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Presence = "present" | "missing";

const flip = (presence: Presence | undefined): Presence | undefined =>
  presence && (presence === "present" ? "missing" : "present");

/**
 * Whether comparing with `node` tells a missing value from a present one: `undefined` always, `null` only
 * loosely (`x !== null` may still be `undefined`).
 */
function isMissingValue(node: TSESTree.Node, loose: boolean): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === "undefined";
  return loose && node.type === AST_NODE_TYPES.Literal && node.raw === "null";
}

/** What `x != null`, `x === undefined`, `typeof x === "object"` (or the other way round) say of `key` when true. */
function comparisonPresence(
  test: TSESTree.BinaryExpression,
  key: string,
  sourceCode: SourceCode,
): Presence | undefined {
  const negated = test.operator === "!=" || test.operator === "!==";
  if (!negated && test.operator !== "==" && test.operator !== "===") return undefined;
  const loose = test.operator === "==" || test.operator === "!=";
  for (const [value, other] of [
    [test.left, test.right],
    [test.right, test.left],
  ] as const) {
    const inner = skipWrappers(value);
    if (isMissingValue(other, loose) && objectKey(inner, sourceCode) === key) return negated ? "present" : "missing";
    const type = staticString(other);
    if (inner.type !== AST_NODE_TYPES.UnaryExpression || inner.operator !== "typeof") continue;
    if (objectKey(inner.argument, sourceCode) !== key || (type !== "object" && type !== "undefined")) continue;
    return (type === "object") !== negated ? "present" : "missing";
  }
  return undefined;
}

/** What the test `part` (one part of a chain) says of `key` when it is true. */
function partPresence(part: TSESTree.Node, key: string, sourceCode: SourceCode): Presence | undefined {
  let node = skipWrappers(part);
  let negations = 0;
  for (;;) {
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "!") {
      negations++;
      node = skipWrappers(node.argument);
    } else if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.Identifier &&
      node.callee.name === "Boolean" &&
      node.arguments.length === 1 &&
      node.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement
    ) {
      node = skipWrappers(node.arguments[0]!);
    } else break;
  }
  let presence: Presence | undefined;
  if (node.type === AST_NODE_TYPES.BinaryExpression) presence = comparisonPresence(node, key, sourceCode);
  else if (node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.Identifier) {
    presence = objectKey(node, sourceCode) === key ? "present" : undefined;
  }
  return negations % 2 === 0 ? presence : flip(presence);
}

/** Whether `key` is present wherever `test` is true: one part of its `&&` chain says so. */
function presentWhenTrue(test: TSESTree.Expression, key: string, sourceCode: SourceCode): boolean {
  const parts = test.type === AST_NODE_TYPES.LogicalExpression && test.operator === "&&" ? chainParts(test) : [test];
  return parts.some((part) => partPresence(part, key, sourceCode) === "present");
}

/** Whether `key` is present wherever `test` is false: one part of its `||` chain says it is missing when true. */
function presentWhenFalse(test: TSESTree.Expression, key: string, sourceCode: SourceCode): boolean {
  const parts = test.type === AST_NODE_TYPES.LogicalExpression && test.operator === "||" ? chainParts(test) : [test];
  return parts.some((part) => partPresence(part, key, sourceCode) === "missing");
}

/** Whether `statement` always leaves: `return`, `throw`, `break`, `continue`, or a block that ends with one. */
function alwaysExits(statement: TSESTree.Statement): boolean {
  const last = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body.at(-1) : statement;
  return (
    last?.type === AST_NODE_TYPES.ReturnStatement ||
    last?.type === AST_NODE_TYPES.ThrowStatement ||
    last?.type === AST_NODE_TYPES.BreakStatement ||
    last?.type === AST_NODE_TYPES.ContinueStatement
  );
}

/** The `if` statements of each statement list whose consequent always leaves, found once per list. */
const exitingIfs = Cache.weak<readonly TSESTree.Node[], readonly TSESTree.IfStatement[]>();

/**
 * Whether a statement before `child` in `list` leaves when `key` is missing: `if (!err.error) return;`
 * (whatever its `else` does, the statements after it run only where its test was false).
 */
function exitsEarlier(list: readonly TSESTree.Node[], child: TSESTree.Node, key: string, sourceCode: SourceCode) {
  const ifs = exitingIfs.get(list, () =>
    list.filter(
      (statement): statement is TSESTree.IfStatement =>
        statement.type === AST_NODE_TYPES.IfStatement && alwaysExits(statement.consequent),
    ),
  );
  for (const statement of ifs) {
    if (statement.range[0] >= child.range[0]) break;
    if (presentWhenFalse(statement.test, key, sourceCode)) return true;
  }
  return false;
}

/** The statement list `parent` holds its statements in, if it is one. */
function statementList(parent: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (parent.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.StaticBlock:
      return parent.body;
    case AST_NODE_TYPES.SwitchCase:
      return parent.consequent;
    default:
      return undefined;
  }
}

/** Whether `child`, a child of `parent`, runs only where `key` is present, by what `parent` tests. */
function guardedBy(parent: TSESTree.Node, child: TSESTree.Node, key: string, sourceCode: SourceCode): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.LogicalExpression:
      if (parent.right !== child) return false;
      if (parent.operator === "&&") return presentWhenTrue(parent.left, key, sourceCode);
      return parent.operator === "||" && presentWhenFalse(parent.left, key, sourceCode);
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.IfStatement:
      if (parent.consequent === child) return presentWhenTrue(parent.test, key, sourceCode);
      return parent.alternate === child && presentWhenFalse(parent.test, key, sourceCode);
    default: {
      const list = statementList(parent);
      return list !== undefined && exitsEarlier(list, child, key, sourceCode);
    }
  }
}

/** Whether `node` runs only where the object whose key is `key` (`err.error`) was tested to be present. */
export function isPresenceGuarded(node: TSESTree.Node, key: string, sourceCode: SourceCode): boolean {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (guardedBy(parent, child, key, sourceCode)) return true;
  }
  return false;
}
