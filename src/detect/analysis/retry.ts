/**
 * What counts as retrying inside a branch of a dispatch (documented in docs/rules/handle-non-retryable.md):
 * 1. a call whose callee name (`retryUpload()`, `client.scheduleRetry()`) matches `retryPattern`, or a
 *    function of such a name passed as an argument (`setTimeout(retryUpload, 1000)`);
 * 2. a `continue` of a loop that encloses the dispatch (`for`, `while`, `do`; not `for…of` / `for…in`,
 *    whose `continue` moves on to the next item);
 * 3. a recursive call of a function that encloses the dispatch (`upload()` inside `upload`, also from a
 *    `.catch(err => …)` callback inside it; `this.upload()` inside a method `upload`).
 * A function passed as an argument counts only when the name can be a function (not `retryCount`).
 * Calls inside callbacks in the branch count (`setTimeout(() => retryUpload(), 1000)`).
 *
 * The retry analysis of a dispatch (which branches retry, which categories a branch that does not retry
 * handles) is computed once per dispatch and retry pattern, and shared by the rules.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { Catalog } from "../../catalog/index.js";
import type { Branch, Dispatch } from "./dispatch.js";

export const DEFAULT_RETRY_PATTERN = "^(?:retry|withRetry|backoff)|retry$";
export const DEFAULT_AFTER_FIX_PATTERN =
  "^(?:refresh|renew|resign|reSign|sign|getAuthorization|getCredentials|updateCredentials|rotateCredentials|" +
  "syncClock|correctClock|resume|listParts|recompute|rehash|reread|reRead)";

/** The `retryPattern` option, one definition for every rule that has it. */
export const RETRY_PATTERN_OPTION = {
  type: "string",
  minLength: 1,
  description: "Regular expression (case-insensitive) for the names of calls that retry.",
} as const;

type SourceCode = Readonly<TSESLint.SourceCode>;
type VisitorKeys = TSESLint.SourceCode.VisitorKeys;

const isFunction = (node: TSESTree.Node): node is TSESTree.FunctionLike =>
  node.type === AST_NODE_TYPES.FunctionDeclaration ||
  node.type === AST_NODE_TYPES.FunctionExpression ||
  node.type === AST_NODE_TYPES.ArrowFunctionExpression;

const isLoop = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.ForStatement ||
  node.type === AST_NODE_TYPES.WhileStatement ||
  node.type === AST_NODE_TYPES.DoWhileStatement ||
  node.type === AST_NODE_TYPES.ForOfStatement ||
  node.type === AST_NODE_TYPES.ForInStatement;

/** The callee's name: `retry` in `retry()`, `this.retry()`, `client.retry()`. */
export function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier
  ) {
    return callee.property.name;
  }
  return undefined;
}

/** The name a function is called by: its own, its variable's, or its method key's. */
function functionName(fn: TSESTree.FunctionLike): { name: string; method: boolean } | undefined {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.id) return { name: fn.id.name, method: false };
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return { name: parent.id.name, method: false };
  }
  if (
    (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.Property) &&
    !parent.computed
  ) {
    // A method is called through `this`; a bare call of its name reaches the outer scope instead.
    if (parent.key.type === AST_NODE_TYPES.Identifier) return { name: parent.key.name, method: true };
  }
  return undefined;
}

/** The loop a `continue` continues, or `undefined` when none is in the same function. */
function continueTarget(node: TSESTree.ContinueStatement): TSESTree.Node | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && !isFunction(current)) {
    if (node.label) {
      if (current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === node.label.name)
        return current.body;
    } else if (isLoop(current)) {
      return current;
    }
    current = current.parent;
  }
  return undefined;
}

/** The first node, in source order, of the trees under `roots` that satisfies `test`; walked with a stack. */
export function findFirst(
  roots: readonly TSESTree.Node[],
  test: (node: TSESTree.Node) => boolean,
  visitorKeys: VisitorKeys,
): TSESTree.Node | undefined {
  const pending: TSESTree.Node[] = [...roots].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (test(node)) return node;
    const keys = visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = (node as unknown as Record<string, unknown>)[keys[k]!];
      const items = Array.isArray(value) ? value : [value];
      for (let i = items.length - 1; i >= 0; i--) {
        const item: unknown = items[i];
        if (item && typeof item === "object" && typeof (item as TSESTree.Node).type === "string")
          pending.push(item as TSESTree.Node);
      }
    }
  }
  return undefined;
}

/**
 * Whether an identifier names a function: a function declaration, a variable initialised with a function,
 * or an import; not a parameter, an undeclared name, or a variable holding a count (`retryCount`).
 */
function namesFunction(sourceCode: SourceCode, node: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  if (!variable || variable.defs.length === 0) return false;
  const def = variable.defs[0]!;
  if (
    def.type === TSESLint.Scope.DefinitionType.FunctionName ||
    def.type === TSESLint.Scope.DefinitionType.ImportBinding
  ) {
    return true;
  }
  const init = def.type === TSESLint.Scope.DefinitionType.Variable ? def.node.init : null;
  return init?.type === AST_NODE_TYPES.ArrowFunctionExpression || init?.type === AST_NODE_TYPES.FunctionExpression;
}

/** A test of "this node retries", for the branches of the dispatch at `dispatchNode`. */
function retryTest(
  dispatchNode: TSESTree.Node,
  pattern: RegExp,
  sourceCode: SourceCode,
): (node: TSESTree.Node) => boolean {
  const loops = new Set<TSESTree.Node>();
  const functions: { name: string; method: boolean }[] = [];
  let insideFunction = false;
  for (let current = dispatchNode.parent; current; current = current.parent) {
    if (isFunction(current)) {
      insideFunction = true;
      const name = functionName(current);
      if (name) functions.push(name);
    } else if (
      !insideFunction &&
      isLoop(current) &&
      current.type !== AST_NODE_TYPES.ForOfStatement &&
      current.type !== AST_NODE_TYPES.ForInStatement
    ) {
      loops.add(current);
    }
  }
  const isRecursive = (callee: TSESTree.Node): boolean => {
    if (callee.type === AST_NODE_TYPES.Identifier) return functions.some((f) => !f.method && f.name === callee.name);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.ThisExpression)
      return false;
    const property = callee.property;
    return property.type === AST_NODE_TYPES.Identifier && functions.some((f) => f.name === property.name);
  };
  return (node) => {
    if (node.type === AST_NODE_TYPES.ContinueStatement) {
      const target = continueTarget(node);
      return target !== undefined && loops.has(target);
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const name = calleeName(node.callee);
    if ((name !== undefined && pattern.test(name)) || isRecursive(node.callee)) return true;
    return node.arguments.some(
      (a) => a.type === AST_NODE_TYPES.Identifier && pattern.test(a.name) && namesFunction(sourceCode, a),
    );
  };
}

/** A dispatch's retries and the categories its branches handle, for one retry pattern. */
export interface RetryAnalysis {
  /** The first retry in the fallback, if the fallback retries. */
  readonly fallbackRetry: TSESTree.Node | undefined;
  /** Each retrying branch's first retry. */
  readonly branchRetries: ReadonlyMap<Branch, TSESTree.Node>;
  /** Categories handled by a branch that does not retry: its helper categories and its codes' categories. */
  readonly handledCategories: ReadonlySet<string>;
  /** Whether some branch matches a code or category that a retry can fix (`backoff`). */
  readonly matchesRetryable: boolean;
}

export function analyseRetries(
  dispatch: Dispatch,
  pattern: RegExp,
  sourceCode: SourceCode,
  catalog: Catalog,
): RetryAnalysis {
  const retries = retryTest(dispatch.node, pattern, sourceCode);
  const find = (nodes: readonly TSESTree.Node[]): TSESTree.Node | undefined =>
    findFirst(nodes, retries, sourceCode.visitorKeys);
  const branchRetries = new Map<Branch, TSESTree.Node>();
  const handledCategories = new Set<string>();
  let matchesRetryable = false;
  for (const branch of dispatch.branches) {
    const codeCategories = branch.operands.map((o) => catalog.byCode(o.value)?.category).filter((c) => c !== undefined);
    const categories = [...branch.categories, ...codeCategories];
    if (categories.some((id) => catalog.category(id)?.retry === "backoff")) matchesRetryable = true;
    const retry = find(branch.body);
    if (retry) branchRetries.set(branch, retry);
    else for (const id of categories) handledCategories.add(id);
  }
  const fallbackRetry = dispatch.fallback && find(dispatch.fallback);
  return { fallbackRetry, branchRetries, handledCategories, matchesRetryable };
}

/**
 * Whether `nodes` call a function matching `pattern` that runs before `retry`: a call that starts before
 * it, or one inside it (`retryUpload(await resign(params))` evaluates its arguments first).
 */
export function callsBefore(
  nodes: readonly TSESTree.Node[],
  pattern: RegExp,
  retry: TSESTree.Node,
  visitorKeys: VisitorKeys,
): boolean {
  const isFixCall = (node: TSESTree.Node): boolean => {
    if (node === retry || node.type !== AST_NODE_TYPES.CallExpression) return false;
    const inside = node.range[0] >= retry.range[0] && node.range[1] <= retry.range[1];
    if (node.range[0] >= retry.range[0] && !inside) return false;
    const name = calleeName(node.callee);
    return name !== undefined && pattern.test(name);
  };
  return findFirst(nodes, isFixCall, visitorKeys) !== undefined;
}
