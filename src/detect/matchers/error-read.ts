/**
 * Shape: which field of a COS SDK's error object a code read takes the code from.
 * - `err.code` (`err?.code`, `err['code']`): the field the Node and browser SDKs set on every error;
 * - `err.error.Code` (`err?.error?.Code`, `err.error!.Code`): the `Code` of the XML error body, the only
 *   place the mini-program SDK puts the code, and absent (with `err.error` itself) on some errors of the Node SDK;
 * - any other member read of a code (`res.errorCode`).
 * Syntax only: what the SDK is, and where the error comes from, are for the caller.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { memberName, skipTypeWrappers } from "./syntax.js";

export interface ErrorReadMatch {
  /** `code` for `err.code`, `body-code` for `err.error.Code`, `other` for another member (`res.errorCode`). */
  readonly kind: "code" | "body-code" | "other";
  /** The read: `err.code`, `err.error.Code`. */
  readonly node: TSESTree.MemberExpression;
  /** The error object, as written (type wrappers kept): `err`, `(e as CosError)`, `this.lastError`. */
  readonly error: TSESTree.Expression;
  /** Whether the error object's member is read with `?.`: `err?.code`, `err?.error.Code`. */
  readonly optional: boolean;
  /** For `body-code`, the body member `err.error`. */
  readonly body?: TSESTree.MemberExpression;
}

/** The error read at `node`, a code expression's read node; `undefined` when it is not a member. */
export function matchErrorRead(node: TSESTree.Node): ErrorReadMatch | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type === AST_NODE_TYPES.Super) return undefined;
  const name = memberName(node);
  if (name === "Code") {
    const body = skipTypeWrappers(node.object);
    if (
      body.type === AST_NODE_TYPES.MemberExpression &&
      body.object.type !== AST_NODE_TYPES.Super &&
      memberName(body) === "error"
    ) {
      return { kind: "body-code", node, error: body.object, optional: body.optional, body };
    }
  }
  return { kind: name === "code" ? "code" : "other", node, error: node.object, optional: node.optional };
}

/** The name the error object is held in (`err` of `err.code`, `(err as E).code`), if it is a plain name. */
export function errorName(read: ErrorReadMatch): TSESTree.Identifier | undefined {
  const error = skipTypeWrappers(read.error);
  return error.type === AST_NODE_TYPES.Identifier ? error : undefined;
}
