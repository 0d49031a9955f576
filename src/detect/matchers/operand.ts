/**
 * Shape: a code operand, the other side of a comparison with a code expression (or a `case` test, or an
 * element of a collection).
 * - a literal spelling a candidate code: `-96`, `+100`, `'-96'`, `` `-96` ``, `404`, `'404'`, `'NoSuchKey'`:
 *   certain (which vocabulary it belongs to depends on what it is compared with: resolution decides);
 * - a name (`EXPIRED`): a question for resolution, whether it is a `const` initialised to a code or to a
 *   named constant, or a binding of the runtime constants;
 * - a member (`CosErrorCode.SIGNATURE_EXPIRED`, `codes.CosErrorCode.X`, `UploadError.Expired`): a question,
 *   whether it is a runtime constant or a TypeScript enum member.
 * Candidate numbers: negative numbers, known positive codes, positives whose negation is known (JSON-API
 * codes), and the HTTP statuses 100 to 599. Candidate strings: any one-line string of 1 to 64 characters
 * that is not white space.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { Catalog } from "../../catalog/index.js";
import { skipTypeWrappers, staticString } from "./syntax.js";

export type Spelling = "number" | "string";

export type OperandMatch =
  | {
      readonly kind: "literal";
      /** The operand as written. */
      readonly node: TSESTree.Node;
      /** The literal, type wrappers removed. */
      readonly literal: TSESTree.Expression;
      readonly value: number | string;
      readonly spelling: Spelling;
    }
  | { readonly kind: "name"; readonly node: TSESTree.Node; readonly name: TSESTree.Identifier }
  | { readonly kind: "member"; readonly node: TSESTree.Node; readonly member: TSESTree.MemberExpression };

const INTEGER_STRING = /^-?\d+$/u;
/** A string that can be a code: one line, 1 to 64 characters, not only white space. */
const CODE_STRING = /^(?=.*\S)[^\r\n\u2028\u2029]{1,64}$/u;

/** The lowest and highest HTTP status. */
export const STATUS_RANGE = { min: 100, max: 599 } as const;

/** Whether `value` can be an HTTP status. */
export const isStatusCandidate = (value: number): boolean => value >= STATUS_RANGE.min && value <= STATUS_RANGE.max;

/**
 * The code a literal spells: a number (`-96`, `+100`, `'-96'`, `` `-96` ``, `'404'`) or a string
 * (`'NoSuchKey'`); `undefined` otherwise (`-96n`, `1.5`, `''`, a multi-line string).
 */
export function literalCode(node: TSESTree.Node): { value: number | string; spelling: Spelling } | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === "number") {
    return Number.isSafeInteger(node.value) ? { value: node.value, spelling: "number" } : undefined;
  }
  if (node.type === AST_NODE_TYPES.UnaryExpression && (node.operator === "-" || node.operator === "+")) {
    const argument = node.argument;
    if (argument.type !== AST_NODE_TYPES.Literal || typeof argument.value !== "number") return undefined;
    if (!Number.isSafeInteger(argument.value)) return undefined;
    return { value: node.operator === "-" ? -argument.value : argument.value, spelling: "number" };
  }
  const text = staticString(node);
  if (text === undefined) return undefined;
  if (INTEGER_STRING.test(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? { value, spelling: "string" } : undefined;
  }
  return CODE_STRING.test(text) ? { value: text, spelling: "string" } : undefined;
}

/** Whether `value` can be a JSON-API code: negative, or positive and known (itself or its negation). */
export function isCandidateCode(value: number, catalog: Catalog): boolean {
  if (value < 0) return true;
  if (value === 0) return false;
  return catalog.byCode(value) !== undefined || catalog.byCode(-value) !== undefined;
}

/** The operand shape at `node`, or `undefined` when it cannot be a candidate code. */
export function matchOperand(node: TSESTree.Node, catalog: Catalog): OperandMatch | undefined {
  const expression = skipTypeWrappers(node);
  const literal = literalCode(expression);
  if (literal) {
    const value = literal.value;
    if (typeof value === "number" && !isCandidateCode(value, catalog) && !isStatusCandidate(value)) return undefined;
    return { kind: "literal", node, literal: expression as TSESTree.Expression, ...literal };
  }
  if (expression.type === AST_NODE_TYPES.Identifier) {
    return expression.name === "undefined" ? undefined : { kind: "name", node, name: expression };
  }
  if (
    expression.type === AST_NODE_TYPES.MemberExpression &&
    expression.property.type !== AST_NODE_TYPES.PrivateIdentifier
  ) {
    return { kind: "member", node, member: expression };
  }
  return undefined;
}
