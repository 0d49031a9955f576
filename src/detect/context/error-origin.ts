/**
 * Where an error comes from: the call whose error handler declares a variable. An error handler is
 * - the first parameter of a function passed as the last argument of a method call:
 *   `cos.headObject(params, function (err, data) { … })`;
 * - the parameter of `.catch(err => …)`, or the second callback of `.then(…, err => …)`, called on a method
 *   call directly or after `.then(f)` links whose `f` is a function that calls nothing (so the rejection can
 *   only be the call's): `cos.headObject(params).catch(err => …)`, `cos.headObject(p).then(() => true).catch(…)`;
 * - the parameter of `catch (err)` after a `try` block that awaits method calls of one method only, and
 *   calls no other method on their receivers: `try { await cos.headObject(params); } catch (err) { … }`.
 * A variable that is assigned after its declaration has no origin: it may hold another error by then.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { childNodes } from "../analysis/retry.js";
import { memberName, skipTypeWrappers } from "../matchers/syntax.js";
import { objectKey } from "../resolution/resolve.js";

const { DefinitionType } = TSESLint.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The call an error handler gets its error from. */
export interface ErrorOrigin {
  /** The method call: `cos.headObject(params, cb)`. */
  readonly call: TSESTree.CallExpression;
  /** Its method's name: `headObject`. */
  readonly method: string;
  /** How the handler gets the error: its callback, `.catch`, `.then`'s second callback, or a `try`'s `catch`. */
  readonly via: "callback" | "catch" | "then" | "try";
}

interface MethodCall {
  readonly call: TSESTree.CallExpression;
  readonly method: string;
  readonly receiver: TSESTree.Expression;
}

/** `x.m(…)` (type wrappers looked through), with `m` and `x`; `undefined` for any other node. */
function methodCall(node: TSESTree.Node): MethodCall | undefined {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const method = memberName(call.callee);
  return method === undefined ? undefined : { call, method, receiver: call.callee.object };
}

type Callback = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

const isCallback = (node: TSESTree.Node): node is Callback =>
  node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;

/** Whether `fn` calls nothing (no call, `new`, tagged template, `await` or `yield`), so it cannot reject for a call. */
function callsNothing(fn: Callback, sourceCode: SourceCode): boolean {
  const pending: TSESTree.Node[] = [fn.body];
  while (pending.length > 0) {
    const node = pending.pop()!;
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
        return false;
      default:
        for (const child of childNodes(node, sourceCode.visitorKeys)) pending.push(child);
    }
  }
  return true;
}

/** The method call whose rejection reaches a handler on `receiver`, through `.then(f)` links that call nothing. */
function rejectingCall(receiver: TSESTree.Expression, sourceCode: SourceCode): MethodCall | undefined {
  let call = methodCall(receiver);
  while (call?.method === "then" && call.call.arguments.length === 1) {
    const onFulfilled = call.call.arguments[0]!;
    // A callback that may throw or reject (or is not seen) leaves the `then` call as the origin.
    if (!isCallback(onFulfilled) || !callsNothing(onFulfilled, sourceCode)) return call;
    const before = methodCall(call.receiver);
    if (!before) return call;
    call = before;
  }
  return call;
}

/** The origin of the error that the first parameter of `fn` receives, when `fn` is a handler of a call. */
function callbackOrigin(fn: Callback, sourceCode: SourceCode): ErrorOrigin | undefined {
  const parent = fn.parent;
  if (parent.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const handler = methodCall(parent);
  if (!handler) return undefined;
  const index = parent.arguments.indexOf(fn);
  if (handler.method === "catch" || handler.method === "then") {
    const chained = rejectingCall(handler.receiver, sourceCode);
    const isRejection = handler.method === "catch" ? index === 0 : index === 1;
    return chained && isRejection ? { call: chained.call, method: chained.method, via: handler.method } : undefined;
  }
  return index === parent.arguments.length - 1 ? { call: parent, method: handler.method, via: "callback" } : undefined;
}

/** What a `try` block calls: the method calls it awaits, and the methods it calls on each receiver. */
interface TryCalls {
  readonly awaited: MethodCall[];
  readonly methodsByReceiver: Map<string, Set<string>>;
}

/** Every method call of `block`, walked with a stack (nested functions included: they only add calls). */
function tryCalls(block: TSESTree.BlockStatement, sourceCode: SourceCode): TryCalls {
  const calls: TryCalls = { awaited: [], methodsByReceiver: new Map() };
  const pending: TSESTree.Node[] = [block];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const call = node.type === AST_NODE_TYPES.CallExpression ? methodCall(node) : undefined;
    if (call) {
      const key = objectKey(call.receiver, sourceCode);
      const methods = calls.methodsByReceiver.get(key) ?? new Set<string>();
      calls.methodsByReceiver.set(key, methods.add(call.method));
    }
    const awaited = node.type === AST_NODE_TYPES.AwaitExpression ? methodCall(node.argument) : undefined;
    if (awaited) calls.awaited.push(awaited);
    for (const child of childNodes(node, sourceCode.visitorKeys)) pending.push(child);
  }
  return calls;
}

/** The origin of the error of `catch (err)`: the one method its `try` block awaits, if it calls no other on it. */
function tryOrigin(clause: TSESTree.CatchClause, sourceCode: SourceCode): ErrorOrigin | undefined {
  const { awaited, methodsByReceiver } = tryCalls(clause.parent.block, sourceCode);
  const first = awaited[0];
  if (!first) return undefined;
  for (const { receiver, method } of awaited) {
    if (method !== first.method) return undefined;
    if (methodsByReceiver.get(objectKey(receiver, sourceCode))?.size !== 1) return undefined;
  }
  return { call: first.call, method: first.method, via: "try" };
}

/** The origin of the error that `variable` holds, if it is declared by an error handler and never assigned. */
export function errorOrigin(variable: TSESLint.Scope.Variable, sourceCode: SourceCode): ErrorOrigin | undefined {
  if (variable.defs.length !== 1 || variable.references.some((reference) => reference.isWrite())) return undefined;
  const def = variable.defs[0]!;
  if (def.type === DefinitionType.CatchClause) {
    return def.node.param === def.name ? tryOrigin(def.node, sourceCode) : undefined;
  }
  if (def.type !== DefinitionType.Parameter) return undefined;
  const fn = def.node;
  return isCallback(fn) && fn.params[0] === def.name ? callbackOrigin(fn, sourceCode) : undefined;
}
