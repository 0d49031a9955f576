/**
 * Dispatches: one decision over one code expression, and what each of its branches does.
 * - a `switch` whose discriminant is a code expression;
 * - an `if` / `else if` chain whose tests are code tests of the same code (see matchers/code-test.ts);
 * - a `? :` chain of the same kind.
 * The fallback is what runs for a code that matched nothing: the `default` case, the final `else`, or,
 * for an `if` chain without `else` (a `switch` without `default`) whose branches all leave (return, throw,
 * continue, or for an `if`, break), the statements after it in the same block. Consecutive `if` chains
 * that fall through to each other this way form one dispatch. Chains are walked in loops, never recursively.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import {
  refineIdentity,
  sameCode,
  type CodeIdentity,
  type CodeOperand,
  type CodeSite,
  type CodeTest,
} from "../resolution/resolve.js";
import { alwaysLeaves, followingStatements, previousStatement } from "./leaves.js";

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
  /** The code expression tested (the first test's, or a helper's error object when no test reads the code). */
  readonly codeExpression: TSESTree.Expression;
  readonly branches: readonly Branch[];
  /** What runs for a code no branch matches; `undefined` when nothing does. */
  readonly fallback?: readonly TSESTree.Node[];
}

/** What dispatch building asks of the file's analysis: memoised code tests and sites. */
export interface DispatchContext {
  codeTest(test: TSESTree.Node): CodeTest | undefined;
  site(node: TSESTree.Node): CodeSite | undefined;
}

function switchDispatch(node: TSESTree.SwitchStatement, site: CodeSite): Dispatch {
  const branches: Branch[] = [];
  let fallback: TSESTree.Node[] | undefined;
  let pending: TSESTree.SwitchCase[] = [];
  const cases = node.cases;
  for (let index = 0; index < cases.length; index++) {
    const switchCase = cases[index]!;
    pending.push(switchCase);
    if (switchCase.consequent.length === 0 && index < cases.length - 1) continue; // falls through
    // The body of a group runs on, through every later case, until something leaves.
    const body: TSESTree.Node[] = [];
    for (let later = index; later < cases.length; later++) {
      const consequent = cases[later]!.consequent;
      body.push(...consequent);
      if (consequent.some((statement) => alwaysLeaves(statement))) break;
    }
    const tests = pending.filter((c) => c.test !== null).map((c) => c.test!);
    if (pending.some((c) => c.test === null)) fallback = body;
    if (tests.length > 0) {
      const operands = site.operands.filter((o) => tests.includes(o.node as TSESTree.Expression));
      branches.push({ tests, body, operands, categories: new Set() });
    }
    pending = [];
  }
  // Without `default`, when every case returns, throws or continues, what follows the switch is the fallback.
  if (!fallback && branches.every((b) => b.body.some((statement) => alwaysLeaves(statement, false)))) {
    const after = followingStatements(node);
    if (after && after.length > 0) fallback = after;
  }
  return { kind: "switch", node, codeExpression: site.code.node, branches, fallback };
}

/** The branches of an `if` / `?:` chain as they are added, and the code they read (refined as tests name it). */
class Chain {
  readonly branches: Branch[] = [];
  identity: CodeIdentity;
  codeExpression: TSESTree.Expression;

  constructor(first: CodeTest) {
    this.identity = first;
    this.codeExpression = first.codeExpression;
  }

  /** Adds the branch `test` → `body` when `match` reads the chain's code; false when it does not. */
  add(test: TSESTree.Node, body: TSESTree.Node, match: CodeTest | undefined): boolean {
    if (!match || !sameCode(this.identity, match)) return false;
    if (this.identity.key === undefined && match.key !== undefined) this.codeExpression = match.codeExpression;
    this.identity = refineIdentity(this.identity, match);
    this.branches.push({ tests: [test], body: [body], operands: match.operands, categories: match.categories });
    return true;
  }
}

/**
 * Whether the `if` chain at `node` tests only `identity`'s code, has no final `else`, and every branch
 * leaves: then the statements after it run for the codes it did not match.
 */
function chainFallsThrough(node: TSESTree.IfStatement, identity: CodeIdentity, context: DispatchContext): boolean {
  let current: TSESTree.Statement | null = node;
  while (current) {
    if (current.type !== AST_NODE_TYPES.IfStatement) return false;
    const test = context.codeTest(current.test);
    if (!test || !sameCode(identity, test) || !alwaysLeaves(current.consequent)) return false;
    current = current.alternate;
  }
  return true;
}

/**
 * An `if` chain, continued by the `if` chains that follow it in the same block while each falls through
 * to the next: `if (code === A) return …; if (code === B) return …; retry();` is one dispatch whose
 * fallback is `retry();`.
 */
function ifDispatch(node: TSESTree.IfStatement, first: CodeTest, context: DispatchContext): Dispatch {
  const built = new Chain(first);
  const branches = built.branches;
  let fallback: TSESTree.Node[] | undefined;
  let chain: TSESTree.IfStatement = node;
  for (;;) {
    let current: TSESTree.Statement | null = chain;
    while (current) {
      if (current.type !== AST_NODE_TYPES.IfStatement) {
        fallback = [current];
        break;
      }
      const match = current === node ? first : context.codeTest(current.test);
      if (!built.add(current.test, current.consequent, match)) {
        fallback = [current]; // a test on something else: it runs for codes the chain did not match
        break;
      }
      current = current.alternate;
    }
    if (fallback || !branches.every((b) => b.body.every((statement) => alwaysLeaves(statement)))) break;
    const after = followingStatements(chain) ?? [];
    const next = after[0];
    const nextTest = next?.type === AST_NODE_TYPES.IfStatement ? context.codeTest(next.test) : undefined;
    if (next?.type === AST_NODE_TYPES.IfStatement && nextTest && sameCode(built.identity, nextTest)) {
      chain = next;
      continue;
    }
    if (after.length > 0) fallback = after;
    break;
  }
  return { kind: "if", node, codeExpression: built.codeExpression, branches, fallback };
}

function conditionalDispatch(
  node: TSESTree.ConditionalExpression,
  first: CodeTest,
  context: DispatchContext,
): Dispatch {
  const built = new Chain(first);
  let current: TSESTree.Expression = node;
  while (current.type === AST_NODE_TYPES.ConditionalExpression) {
    const match = current === node ? first : context.codeTest(current.test);
    if (!built.add(current.test, current.consequent, match)) break;
    current = current.alternate;
  }
  return {
    kind: "conditional",
    node,
    codeExpression: built.codeExpression,
    branches: built.branches,
    fallback: [current],
  };
}

/** Whether `node` is the alternate of an `if` (a `?:`) of its own kind whose test reads the same code. */
function continuesParentChain(
  node: TSESTree.IfStatement | TSESTree.ConditionalExpression,
  test: CodeTest,
  context: DispatchContext,
): boolean {
  const parent = node.parent;
  if (parent.type !== node.type || parent.alternate !== node) return false;
  const before = context.codeTest(parent.test);
  return before !== undefined && sameCode(before, test);
}

/** The dispatch that starts at `node` (not yet judged for COS context), or `undefined`. */
export function buildDispatch(node: TSESTree.Node, context: DispatchContext): Dispatch | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.SwitchStatement: {
      const site = context.site(node);
      return site?.kind === "switch" ? switchDispatch(node, site) : undefined;
    }
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression: {
      const first = context.codeTest(node.test);
      // An `else if` (a `?:` in the alternate of a `?:`) on the same code belongs to the chain that starts
      // above it; so does an `if` after a chain that falls through to it.
      if (!first || continuesParentChain(node, first, context)) return undefined;
      if (node.type === AST_NODE_TYPES.ConditionalExpression) return conditionalDispatch(node, first, context);
      const previous = previousStatement(node);
      if (previous?.type === AST_NODE_TYPES.IfStatement && chainFallsThrough(previous, first, context))
        return undefined;
      return ifDispatch(node, first, context);
    }
    default:
      return undefined;
  }
}
