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
import { Cache } from "../cache.js";
import { builtInPattern } from "../patterns.js";
import type { Branch, Dispatch } from "./dispatch.js";

export const DEFAULT_RETRY_PATTERN = builtInPattern("^(?:retry|withRetry|backoff)|retry$");
export const DEFAULT_AFTER_FIX_PATTERN = builtInPattern(
  "^(?:refresh|renew|resign|reSign|sign|getAuthorization|getCredentials|updateCredentials|rotateCredentials|" +
    "syncClock|correctClock|resume|listParts|recompute|rehash|reread|reRead)",
);

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
function calleeName(callee: TSESTree.Node): string | undefined {
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

/** The child nodes of `node`, in source order. */
export function childNodes(node: TSESTree.Node, visitorKeys: VisitorKeys): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as TSESTree.Node).type === "string";
}

/**
 * The first node, in source order, of a subtree that satisfies `test`, memoised per node: nested
 * dispatches search the same subtrees, and each is searched once. Walked with a stack, not recursion.
 */
export class SubtreeSearch {
  readonly #first = Cache.forFile<TSESTree.Node, TSESTree.Node | null>();

  constructor(
    private readonly test: (node: TSESTree.Node) => boolean,
    private readonly visitorKeys: VisitorKeys,
  ) {}

  /** The first match in the tree under `root` (`root` included). */
  first(root: TSESTree.Node): TSESTree.Node | undefined {
    const known = this.#first.peek(root);
    if (known !== undefined) return known ?? undefined;
    // Post-order with an explicit stack: a node's answer is itself, or its first child's answer.
    const stack: { node: TSESTree.Node; children: TSESTree.Node[] | undefined }[] = [
      { node: root, children: undefined },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.children === undefined) {
        if (this.test(frame.node)) {
          this.#first.get(frame.node, () => frame.node);
          stack.pop();
          continue;
        }
        const children = (frame.children = childNodes(frame.node, this.visitorKeys));
        const height = stack.length;
        for (let i = children.length - 1; i >= 0; i--) {
          const child = children[i]!;
          if (this.#first.peek(child) === undefined) stack.push({ node: child, children: undefined });
        }
        if (stack.length > height) continue;
      }
      stack.pop();
      let found: TSESTree.Node | null = null;
      for (const child of frame.children) {
        found = this.#first.peek(child) ?? null;
        if (found) break;
      }
      this.#first.get(frame.node, () => found);
    }
    return this.#first.peek(root) ?? undefined;
  }

  /** The first match in the trees under `roots`, in order. */
  firstIn(roots: readonly TSESTree.Node[]): TSESTree.Node | undefined {
    for (const root of roots) {
      const found = this.first(root);
      if (found) return found;
    }
    return undefined;
  }

  /** The first match under `node`, `node` itself excluded. */
  firstBelow(node: TSESTree.Node): TSESTree.Node | undefined {
    return this.firstIn(childNodes(node, this.visitorKeys));
  }
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

const isCountingLoop = (node: TSESTree.Node): boolean =>
  isLoop(node) && node.type !== AST_NODE_TYPES.ForOfStatement && node.type !== AST_NODE_TYPES.ForInStatement;

/**
 * The node that decides what retries in a dispatch: its nearest enclosing function or counting loop (or
 * the program). Dispatches with the same anchor have the same enclosing loops and functions, so they share
 * one retry test and its memoised searches.
 */
export function retryAnchor(dispatchNode: TSESTree.Node, known: Cache<TSESTree.Node, TSESTree.Node>): TSESTree.Node {
  // Nested dispatches share their ancestors: each node's anchor is remembered on the way up.
  const visited: TSESTree.Node[] = [];
  let current = dispatchNode.parent!;
  let anchor: TSESTree.Node | undefined;
  while (!(anchor = known.peek(current))) {
    if (!current.parent || isFunction(current) || isCountingLoop(current)) {
      anchor = current;
      break;
    }
    visited.push(current);
    current = current.parent;
  }
  for (const node of visited) known.get(node, () => anchor);
  return anchor;
}

/** A test of "this node retries", for the branches of the dispatches with this anchor (see `retryAnchor`). */
export function retryTest(
  anchor: TSESTree.Node,
  pattern: RegExp,
  sourceCode: SourceCode,
): (node: TSESTree.Node) => boolean {
  const loops = new Set<TSESTree.Node>();
  const functions: { name: string; method: boolean }[] = [];
  let insideFunction = false;
  for (let current: TSESTree.Node | undefined = anchor; current; current = current.parent) {
    if (isFunction(current)) {
      insideFunction = true;
      const name = functionName(current);
      if (name) functions.push(name);
    } else if (!insideFunction && isCountingLoop(current)) {
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

/**
 * The nodes of a fallback where a retry retries what the dispatch did not match: each statement, except
 * that an `if` whose test selects only errors a retry can fix (`isBackoffGuard`: `err.statusCode >= 500`,
 * `err.error.Code === 'SlowDown'`) retries those only, so only its `else` counts. `if (err.code ===
 * 'NoSuchKey') return null; if (err.statusCode >= 500) return retry(); throw err;` retries no 4xx.
 */
function unguarded(
  fallback: readonly TSESTree.Node[],
  isBackoffGuard: (test: TSESTree.Node) => boolean,
): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  for (const node of fallback) {
    let current: TSESTree.Node | null = node;
    while (current?.type === AST_NODE_TYPES.IfStatement && isBackoffGuard(current.test)) current = current.alternate;
    if (current) nodes.push(current);
  }
  return nodes;
}

/**
 * Analyses `dispatch` with `search`, the memoised retry search of its anchor and pattern; `isBackoffGuard`
 * tells the tests of the fallback's `if` statements that select only errors a retry can fix.
 */
export function analyseRetries(
  dispatch: Dispatch,
  search: SubtreeSearch,
  catalog: Catalog,
  isBackoffGuard: (test: TSESTree.Node) => boolean = () => false,
): RetryAnalysis {
  const branchRetries = new Map<Branch, TSESTree.Node>();
  const handledCategories = new Set<string>();
  let matchesRetryable = false;
  for (const branch of dispatch.branches) {
    const categories = [...branch.categories];
    if (categories.some((id) => catalog.category(id)?.retry === "backoff")) matchesRetryable = true;
    for (const operand of branch.operands) {
      const info = catalog.classify(operand.value, operand.vocabulary);
      if (!info) continue;
      categories.push(info.category);
      if (info.retry === "backoff") matchesRetryable = true;
    }
    const retry = search.firstIn(branch.body);
    if (retry) branchRetries.set(branch, retry);
    else for (const id of categories) handledCategories.add(id);
  }
  const fallbackRetry = dispatch.fallback && search.firstIn(unguarded(dispatch.fallback, isBackoffGuard));
  return { fallbackRetry, branchRetries, handledCategories, matchesRetryable };
}

/** A test of "this node is a call whose callee name matches `pattern`" (a fix call: re-sign, resume). */
export function callTest(pattern: RegExp): (node: TSESTree.Node) => boolean {
  return (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const name = calleeName(node.callee);
    return name !== undefined && pattern.test(name);
  };
}

/**
 * Whether `nodes` call a fix function (found by `fixCalls`) that runs before `retry`: a call that starts
 * before it, or one inside it (`retryUpload(await resign(params))` evaluates its arguments first). The
 * first such call in source order decides; `retry` itself does not count.
 */
export function callsBefore(nodes: readonly TSESTree.Node[], fixCalls: SubtreeSearch, retry: TSESTree.Node): boolean {
  const first = fixCalls.firstIn(nodes);
  if (!first) return false;
  if (first !== retry) return first.range[0] < retry.range[1];
  return fixCalls.firstBelow(retry) !== undefined;
}
