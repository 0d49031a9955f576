/**
 * Type-aware judgement of a code expression, used only when the `typeAware` setting is on:
 * - `"not-a-code"`: its type cannot be a number or a numeric string (a `boolean`, an object, `"ok" | "fail"`);
 * - `"cos-code"`: it is typed as the runtime module's `CosErrorCodeValue`, which puts the site in COS context;
 * - `"unknown"`: anything else, or no type information asked for.
 * The checker is consulted only for candidate sites, never for the whole file.
 */
import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";

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
 * `TypeFlags`, whose values change between TypeScript versions. Unions are walked with a work list.
 */
function canBeCode(start: ts.Type, checker: ts.TypeChecker): boolean {
  const pending = [start];
  const seen = new Set<ts.Type>();
  while (pending.length > 0) {
    const type = pending.pop()!;
    if (seen.has(type)) continue;
    seen.add(type);
    if (type.isUnion() || type.isIntersection()) {
      pending.push(...type.types);
      continue;
    }
    if (type.isNumberLiteral()) return true;
    if (type.isStringLiteral()) {
      if (/^\s*-?\d+\s*$/u.test(type.value)) return true;
      continue;
    }
    const constraint = checker.getBaseConstraintOfType(type);
    if (constraint && constraint !== type) {
      pending.push(constraint);
      continue;
    }
    const name = checker.typeToString(type);
    if (NEVER_CODE.has(name) || /^-?\d+n$/u.test(name)) continue;
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0 || type.isClassOrInterface()) {
      continue;
    }
    if (type.isTypeParameter()) return true; // unconstrained
    if (!(name.startsWith("{") || name.endsWith("[]"))) return true; // not an object literal type or an array
  }
  return false;
}

/** Declared with the alias itself: `code: CosErrorCodeValue`. */
function isCosCodeType(type: ts.Type): boolean {
  return type.aliasSymbol?.getName() === CODE_TYPE_NAME;
}

export function typeJudgement(
  node: TSESTree.Expression,
  services: ParserServicesWithTypeInformation | undefined,
): TypeJudgement {
  if (!services) return "unknown";
  const type = services.getTypeAtLocation(node);
  if (isCosCodeType(type)) return "cos-code";
  return canBeCode(type, services.program.getTypeChecker()) ? "unknown" : "not-a-code";
}
