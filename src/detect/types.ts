/**
 * Type-aware judgement of a code expression, used only when the `typeAware` setting is on:
 * - `"not-a-code"`: its type cannot be a number or a numeric string (a `boolean`, an object, `"ok" | "fail"`);
 * - `"cos-code"`: it is typed as the runtime module's `CosErrorCodeValue`, which puts the site in COS context;
 * - `"unknown"`: anything else, or no type information asked for.
 * The checker is consulted only for candidate sites, never for the whole file.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import type { FileContext } from "./file-context.js";

export type TypeJudgement = "not-a-code" | "cos-code" | "unknown";

const CODE_TYPE_NAME = "CosErrorCodeValue";
/** Types whose printed name says they never hold a number or a numeric string. */
const NEVER_CODE = new Set([
  "boolean",
  "true",
  "false",
  "null",
  "undefined",
  "void",
  "never",
  "bigint",
  "symbol",
  "unique symbol",
  "object",
]);

/**
 * Whether a value of `type` can be a number or a numeric string. It answers "no" only for types known not
 * to hold one (booleans, nullish, bigint, symbols, non-numeric string literals, functions, objects), and
 * "yes" for anything it cannot classify. Uses the checker's public methods and printed names, not
 * `TypeFlags`, whose values change between TypeScript versions.
 */
function canBeCode(type: ts.Type, checker: ts.TypeChecker, depth = 0): boolean {
  if (depth > 8) return true;
  if (type.isNumberLiteral()) return true;
  if (type.isStringLiteral()) return /^\s*-?\d+\s*$/u.test(type.value);
  if (type.isUnion() || type.isIntersection()) return type.types.some((t) => canBeCode(t, checker, depth + 1));
  const constraint = checker.getBaseConstraintOfType(type);
  if (constraint && constraint !== type) return canBeCode(constraint, checker, depth + 1);
  const name = checker.typeToString(type);
  if (NEVER_CODE.has(name) || /^-?\d+n$/u.test(name)) return false;
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0 || type.isClassOrInterface())
    return false;
  if (type.isTypeParameter()) return true; // unconstrained
  return !(name.startsWith("{") || name.endsWith("[]")); // object literal types and arrays
}

/** Declared with the alias itself: `code: CosErrorCodeValue`. */
function isCosCodeType(type: ts.Type): boolean {
  return type.aliasSymbol?.getName() === CODE_TYPE_NAME;
}

export function typeJudgement(node: TSESTree.Expression, file: FileContext): TypeJudgement {
  const services = file.services;
  if (!services) return "unknown";
  const type = services.getTypeAtLocation(node);
  if (isCosCodeType(type)) return "cos-code";
  return canBeCode(type, services.program.getTypeChecker()) ? "unknown" : "not-a-code";
}
