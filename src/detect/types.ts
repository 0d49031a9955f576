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
/** Types whose printed name says they can hold a number or a numeric string. */
const CODE_LIKE = new Set(["number", "string", "any", "unknown"]);

/**
 * Whether a value of `type` can be a number or a numeric string. Classified through the checker's public
 * methods and printed names, not `TypeFlags`, whose values change between TypeScript versions.
 */
function canBeCode(type: ts.Type, checker: ts.TypeChecker, depth = 0): boolean {
  if (depth > 8) return true;
  if (type.isNumberLiteral()) return true;
  if (type.isStringLiteral()) return /^\s*-?\d+\s*$/u.test(type.value);
  if (type.isUnion() || type.isIntersection()) return type.types.some((t) => canBeCode(t, checker, depth + 1));
  if (type.isTypeParameter()) {
    const constraint = type.getConstraint();
    return constraint === undefined || canBeCode(constraint, checker, depth + 1);
  }
  const name = checker.typeToString(type);
  return CODE_LIKE.has(name) || name.startsWith("`"); // template literal types such as `${number}`
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
