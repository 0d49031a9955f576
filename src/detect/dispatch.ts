/**
 * Dispatches: one decision over one code expression on a COS site, and what each of its branches does.
 * - a `switch` whose discriminant is a code expression;
 * - an `if` / `else if` chain whose tests compare the same code expression (`||` and `&&` of comparisons,
 *   `includes` / `has`, `isRetryableCosError(x)`, `!isRetryableCosError(x)`, `cosErrorCategory(x) === "auth"`);
 * - a `? :` chain of the same kind.
 * The fallback is what runs for a code that matched nothing: the `default` case, the final `else`, or,
 * for an `if` chain without `else` (a `switch` without `default`) whose branches all leave (return, throw,
 * continue, or for an `if`, break), the statements after it in the same block.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { asCodeExpression, codeExpressionKey } from "./code-expression.js";
import { getFileContext, lastAnswer, perNode, type FileContext } from "./file-context.js";
import { constantsModuleExport, type CodeOperand } from "./operands.js";
import { isJudged, mayBeSite, siteAt } from "./sites.js";

export interface Branch {
  /** The `case` test(s), or the `if` / `?:` test. */
  readonly tests: readonly TSESTree.Node[];
  /** What runs when the branch is taken. */
  readonly body: readonly TSESTree.Node[];
  /** Codes the tests match explicitly. */
  readonly operands: readonly CodeOperand[];
  /** Categories the tests cover as a whole through the runtime helpers. */
  readonly categories: ReadonlySet<string>;
}

export interface Dispatch {
  readonly kind: "switch" | "if" | "conditional";
  /** The `switch`, the first `if`, or the outermost `?:`. */
  readonly node: TSESTree.SwitchStatement | TSESTree.IfStatement | TSESTree.ConditionalExpression;
  readonly codeExpression: TSESTree.Expression;
  readonly branches: readonly Branch[];
  /** What runs for a code no branch matches; `undefined` when nothing does. */
  readonly fallback?: readonly TSESTree.Node[];
}

interface TestMatch {
  readonly key: string;
  readonly codeExpression: TSESTree.Expression;
  readonly operands: readonly CodeOperand[];
  readonly categories: ReadonlySet<string>;
}

/** The categories a retry cannot fix / can fix, from the catalogue. */
function categoriesByRetry(file: FileContext, retryable: boolean): Set<string> {
  return new Set(
    file.settings.catalog.categories.filter((c) => (c.retry === "backoff") === retryable).map((c) => c.id),
  );
}

/** The runtime helper a callee names (`isRetryableCosError`, `cosErrorCategory`), resolved through its import. */
function runtimeHelper(callee: TSESTree.Node, file: FileContext): string | undefined {
  const name = constantsModuleExport(callee, file);
  return name === "isRetryableCosError" || name === "cosErrorCategory" ? name : undefined;
}

/** The key of the code expression a helper's argument reads: `err` and `err.code` both read `err.code`. */
function helperArgumentKey(
  argument: TSESTree.Node,
  file: FileContext,
): { key: string; codeExpression: TSESTree.Expression } | undefined {
  const code = asCodeExpression(argument, file);
  if (code) return { key: codeExpressionKey(code, file), codeExpression: code };
  if (argument.type === AST_NODE_TYPES.Identifier || argument.type === AST_NODE_TYPES.MemberExpression) {
    const codeName = [...file.settings.codeNames][0] ?? "code";
    return { key: `${codeExpressionKey(argument, file)}.${codeName}`, codeExpression: argument };
  }
  return undefined;
}

/** A helper test: `isRetryableCosError(x)`, `!isRetryableCosError(x)`, `cosErrorCategory(x) === "auth"`. */
function helperTest(test: TSESTree.Node, file: FileContext): TestMatch | undefined {
  let negated = false;
  let node = test;
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "!") {
    negated = true;
    node = node.argument;
  }
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.arguments.length === 1 &&
    runtimeHelper(node.callee, file) === "isRetryableCosError"
  ) {
    const argument = helperArgumentKey(node.arguments[0]!, file);
    return argument && { ...argument, operands: [], categories: categoriesByRetry(file, !negated) };
  }
  if (negated || node.type !== AST_NODE_TYPES.BinaryExpression || (node.operator !== "===" && node.operator !== "=="))
    return undefined;
  const [call, other] =
    node.left.type === AST_NODE_TYPES.CallExpression ? [node.left, node.right] : [node.right, node.left];
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    call.arguments.length !== 1 ||
    runtimeHelper(call.callee, file) !== "cosErrorCategory"
  ) {
    return undefined;
  }
  if (
    other.type !== AST_NODE_TYPES.Literal ||
    typeof other.value !== "string" ||
    !file.settings.catalog.category(other.value)
  )
    return undefined;
  // cosErrorCategory() takes the code itself: cosErrorCategory(err) is always undefined.
  const code = asCodeExpression(call.arguments[0]!, file);
  return (
    code && {
      key: codeExpressionKey(code, file),
      codeExpression: code,
      operands: [],
      categories: new Set([other.value]),
    }
  );
}

/** Whether `test` can be a code test, judged without scope analysis. */
const mayBeCodeTest = lastAnswer((test: TSESTree.Node, file: FileContext): boolean => {
  switch (test.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return mayBeCodeTest(test.left, file) || mayBeCodeTest(test.right, file);
    case AST_NODE_TYPES.UnaryExpression: // `!isRetryableCosError(err)`
      return (
        test.operator === "!" && test.argument.type === AST_NODE_TYPES.CallExpression && file.mentionsConstantsModule()
      );
    case AST_NODE_TYPES.CallExpression: // `includes` / `has`, or a runtime helper
      return mayBeSite(test, file) || file.mentionsConstantsModule();
    case AST_NODE_TYPES.BinaryExpression: // a comparison, or `cosErrorCategory(err) === "auth"`
      return (
        mayBeSite(test, file) ||
        ((test.left.type === AST_NODE_TYPES.CallExpression || test.right.type === AST_NODE_TYPES.CallExpression) &&
          file.mentionsConstantsModule())
      );
    default:
      return false;
  }
});

/**
 * What a test matches, if it is a code test: every part of an `||` must be one; an `&&` needs at least one.
 * Computed once per file and node.
 */
function codeTest(test: TSESTree.Node, file: FileContext): TestMatch | undefined {
  return mayBeCodeTest(test, file) ? findCodeTest(test, file) : undefined;
}

const findCodeTest = perNode((test: TSESTree.Node, file: FileContext): TestMatch | undefined => {
  if (test.type === AST_NODE_TYPES.LogicalExpression && (test.operator === "||" || test.operator === "&&")) {
    const left = codeTest(test.left, file);
    const right = codeTest(test.right, file);
    if (test.operator === "||" ? !left || !right : !left && !right) return undefined;
    if (left && right && left.key !== right.key) return undefined;
    return {
      key: (left ?? right)!.key,
      codeExpression: (left ?? right)!.codeExpression,
      operands: [...(left?.operands ?? []), ...(right?.operands ?? [])],
      categories: new Set([...(left?.categories ?? []), ...(right?.categories ?? [])]),
    };
  }
  const helper = helperTest(test, file);
  if (helper) return helper;
  const site = siteAt(test, file);
  if (!site || (site.kind === "comparison" && (site.operator === "!==" || site.operator === "!="))) return undefined;
  return {
    key: codeExpressionKey(site.codeExpression, file),
    codeExpression: site.codeExpression,
    operands: site.operands,
    categories: new Set(),
  };
});

/**
 * Whether a statement can never complete normally: it always returns, throws, continues or (unless
 * `breakLeaves` is false, for code inside a `switch` whose `break` only leaves the switch) breaks.
 */
export function alwaysLeaves(node: TSESTree.Node, breakLeaves = true): boolean {
  const leaves = (child: TSESTree.Node): boolean => alwaysLeaves(child, breakLeaves);
  switch (node.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BreakStatement:
      return breakLeaves || node.label !== null;
    case AST_NODE_TYPES.BlockStatement:
      return node.body.some(leaves);
    case AST_NODE_TYPES.IfStatement:
      return node.alternate !== null && leaves(node.consequent) && leaves(node.alternate);
    case AST_NODE_TYPES.TryStatement:
      return (
        (node.finalizer !== null && leaves(node.finalizer)) ||
        (leaves(node.block) && (node.handler === null || leaves(node.handler.body)))
      );
    default:
      return false;
  }
}

/** The statements after `statement` in its block, or `undefined` when it is not in a statement list. */
function followingStatements(statement: TSESTree.Node): TSESTree.Node[] | undefined {
  const parent = statement.parent;
  let list: readonly TSESTree.Node[] | undefined;
  if (parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program) list = parent.body;
  else if (parent?.type === AST_NODE_TYPES.SwitchCase) list = parent.consequent;
  if (!list) return undefined;
  return list.slice(list.indexOf(statement) + 1);
}

function switchDispatch(node: TSESTree.SwitchStatement, file: FileContext): Dispatch | undefined {
  const site = siteAt(node, file);
  if (site?.kind !== "switch") return undefined;
  const branches: Branch[] = [];
  let fallback: TSESTree.Node[] | undefined;
  let pending: TSESTree.SwitchCase[] = [];
  for (const switchCase of node.cases) {
    pending.push(switchCase);
    if (switchCase.consequent.length === 0 && switchCase !== node.cases.at(-1)) continue; // falls through
    // The body of a group runs on, through every later case, until something leaves.
    const start = node.cases.indexOf(switchCase);
    const body: TSESTree.Node[] = [];
    for (const later of node.cases.slice(start)) {
      body.push(...later.consequent);
      if (later.consequent.some((statement) => alwaysLeaves(statement))) break;
    }
    const tests = pending.filter((c) => c.test !== null).map((c) => c.test!);
    if (pending.some((c) => c.test === null)) fallback = body;
    if (tests.length > 0) {
      branches.push({
        tests,
        body,
        operands: site.operands.filter((o) => tests.includes(o.node as TSESTree.Expression)),
        categories: new Set(),
      });
    }
    pending = [];
  }
  // Without `default`, when every case returns, throws or continues, what follows the switch is the fallback.
  if (!fallback && branches.every((b) => b.body.some((statement) => alwaysLeaves(statement, false)))) {
    const after = followingStatements(node);
    if (after && after.length > 0) fallback = after;
  }
  return { kind: "switch", node, codeExpression: site.codeExpression, branches, fallback };
}

/**
 * Whether the `if` chain at `node` tests only `key`, has no final `else`, and every branch leaves:
 * then the statements after it run for the codes it did not match.
 */
function chainFallsThrough(node: TSESTree.IfStatement, key: string, file: FileContext): boolean {
  let current: TSESTree.Statement | null = node;
  while (current) {
    if (
      current.type !== AST_NODE_TYPES.IfStatement ||
      codeTest(current.test, file)?.key !== key ||
      !alwaysLeaves(current.consequent)
    )
      return false;
    current = current.alternate;
  }
  return true;
}

/**
 * An `if` chain, continued by the `if` chains that follow it in the same block while each falls through
 * to the next: `if (code === A) return …; if (code === B) return …; retry();` is one dispatch whose
 * fallback is `retry();`.
 */
function ifDispatch(node: TSESTree.IfStatement, file: FileContext): Dispatch | undefined {
  const first = codeTest(node.test, file);
  if (!first) return undefined;
  const branches: Branch[] = [];
  let fallback: TSESTree.Node[] | undefined;
  let chain: TSESTree.IfStatement = node;
  for (;;) {
    let current: TSESTree.Statement | null = chain;
    while (current) {
      if (current.type !== AST_NODE_TYPES.IfStatement) {
        fallback = [current];
        break;
      }
      const match = current === node ? first : codeTest(current.test, file);
      if (match?.key !== first.key) {
        fallback = [current]; // a test on something else: it runs for codes the chain did not match
        break;
      }
      branches.push({
        tests: [current.test],
        body: [current.consequent],
        operands: match.operands,
        categories: match.categories,
      });
      current = current.alternate;
    }
    if (fallback || !branches.every((b) => b.body.every((statement) => alwaysLeaves(statement)))) break;
    const after = followingStatements(chain) ?? [];
    const next = after[0];
    if (next?.type === AST_NODE_TYPES.IfStatement && codeTest(next.test, file)?.key === first.key) {
      chain = next;
      continue;
    }
    if (after.length > 0) fallback = after;
    break;
  }
  return { kind: "if", node, codeExpression: first.codeExpression, branches, fallback };
}

/** Whether `node` continues the `if` chain just before it in its block (see `ifDispatch`). */
function continuesPreviousChain(node: TSESTree.IfStatement, file: FileContext): boolean {
  const parent = node.parent;
  const list =
    parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program
      ? parent.body
      : parent.type === AST_NODE_TYPES.SwitchCase
        ? parent.consequent
        : undefined;
  const previous = list?.[list.indexOf(node) - 1];
  if (previous?.type !== AST_NODE_TYPES.IfStatement) return false;
  const key = codeTest(node.test, file)?.key;
  return key !== undefined && chainFallsThrough(previous, key, file);
}

function conditionalDispatch(node: TSESTree.ConditionalExpression, file: FileContext): Dispatch | undefined {
  const first = codeTest(node.test, file);
  if (!first) return undefined;
  const branches: Branch[] = [];
  let current: TSESTree.Expression = node;
  while (current.type === AST_NODE_TYPES.ConditionalExpression) {
    const match: TestMatch | undefined = current === node ? first : codeTest(current.test, file);
    if (match?.key !== first.key) break;
    branches.push({
      tests: [current.test],
      body: [current.consequent],
      operands: match.operands,
      categories: match.categories,
    });
    current = current.alternate;
  }
  return { kind: "conditional", node, codeExpression: first.codeExpression, branches, fallback: [current] };
}

/** Whether `test` continues a chain whose previous test is `previous`: both test the same code expression. */
function continuesChain(previous: TSESTree.Node, test: TSESTree.Node, file: FileContext): boolean {
  const before = codeTest(previous, file);
  return before !== undefined && codeTest(test, file)?.key === before.key;
}

/** The dispatch that starts at `node`, if it is one and its site is judged; computed once per file and node. */
export function dispatchAt(node: TSESTree.Node, file: FileContext): Dispatch | undefined {
  if (node.type === AST_NODE_TYPES.SwitchStatement) return siteAt(node, file) ? findDispatch(node, file) : undefined;
  if (node.type === AST_NODE_TYPES.IfStatement || node.type === AST_NODE_TYPES.ConditionalExpression) {
    return codeTest(node.test, file) ? findDispatch(node, file) : undefined;
  }
  return undefined;
}

const findDispatch = perNode((node: TSESTree.Node, file: FileContext): Dispatch | undefined => {
  let dispatch: Dispatch | undefined;
  if (node.type === AST_NODE_TYPES.SwitchStatement) dispatch = switchDispatch(node, file);
  else if (node.type === AST_NODE_TYPES.IfStatement) {
    // An `else if` on the same code expression belongs to the chain that starts above it.
    if (
      node.parent.type === AST_NODE_TYPES.IfStatement &&
      node.parent.alternate === node &&
      continuesChain(node.parent.test, node.test, file)
    ) {
      return undefined;
    }
    if (continuesPreviousChain(node, file)) return undefined;
    dispatch = ifDispatch(node, file);
  } else if (node.type === AST_NODE_TYPES.ConditionalExpression) {
    if (
      node.parent.type === AST_NODE_TYPES.ConditionalExpression &&
      node.parent.alternate === node &&
      continuesChain(node.parent.test, node.test, file)
    ) {
      return undefined;
    }
    dispatch = conditionalDispatch(node, file);
  }
  return dispatch && isJudged(dispatch.codeExpression, file) ? dispatch : undefined;
});

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The listeners that find every judged dispatch of a file; a file that can have none gets no listeners. */
export function dispatchListeners(
  context: Context,
  onDispatch: (dispatch: Dispatch, file: FileContext) => void,
): TSESLint.RuleListener {
  const file = getFileContext(context);
  if (!file.active) return {};
  const visit = (node: TSESTree.Node): void => {
    const dispatch = dispatchAt(node, file);
    if (dispatch) onDispatch(dispatch, file);
  };
  // Narrow selectors: only the `if` / `?:` tests that `codeTest` can accept, so that ESLint does not call
  // the rule for the rest (`x !== y`, `x < y`, `!x`, `f()`, `f(a, b)`: about a quarter of all tests):
  // `==` / `===` (a site or `cosErrorCategory(x) === "auth"`), `||` / `&&`, a one-argument call
  // (`includes` / `has`, `isRetryableCosError(x)`), `!` before such a call. The key is written out: an
  // object literal with computed keys is built more slowly, once per file.
  return {
    SwitchStatement: visit,
    ":matches(IfStatement, ConditionalExpression):matches([test.type='BinaryExpression'][test.operator=/^===?$/], [test.type='LogicalExpression'][test.operator!='??'], [test.type='CallExpression'][test.arguments.length=1], [test.type='UnaryExpression'][test.operator='!'][test.argument.type='CallExpression'][test.argument.arguments.length=1])":
      visit,
  };
}
