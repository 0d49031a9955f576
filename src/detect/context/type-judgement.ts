/**
 * Type-aware judgement of a code expression, used only when the `typeAware` setting is on:
 * - `"not-a-code"`: its type cannot be a number, a numeric string or a known string code (a `boolean`, an
 *   object, `"ok" | "fail"`);
 * - `"cos-code"`: it is typed as the runtime module's `CosErrorCodeValue` or `CosXmlErrorCodeValue`, which
 *   puts the site in COS context;
 * - `"unknown"`: anything else, or no type information asked for.
 * The checker is consulted only for candidate sites, never for the whole file.
 */
import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import type { Catalog } from "../../catalog/index.js";

export type TypeJudgement = "not-a-code" | "cos-code" | "unknown";

/** The runtime module's code types: JSON-API numbers and XML-API strings. */
const CODE_TYPE_NAMES = new Set(["CosErrorCodeValue", "CosXmlErrorCodeValue"]);
/** Types whose printed name says they never hold a code. */
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
 * Whether a value of `type` can be a code: a number, a numeric string or a string code the catalogue knows
 * (`"NoSuchKey"`, `"ECONNRESET"`). It answers "no" only for types known not to hold one (booleans, nullish,
 * bigint, symbols, string literals that are neither, functions, objects), and "yes" for anything it cannot
 * classify. Uses the checker's public methods and printed names, not `TypeFlags`, whose values change
 * between TypeScript versions. Unions are walked with a work list.
 */
function canBeCode(start: ts.Type, checker: ts.TypeChecker, catalog: Catalog): boolean {
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
      if (/^\s*-?\d+\s*$/u.test(type.value) || catalog.classify(type.value, "xml")) return true;
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

/** Declared with the alias itself: `code: CosErrorCodeValue`, `code: CosXmlErrorCodeValue`. */
function isCosCodeType(type: ts.Type): boolean {
  const name = type.aliasSymbol?.getName();
  return name !== undefined && CODE_TYPE_NAMES.has(name);
}

export function typeJudgement(
  node: TSESTree.Expression,
  services: ParserServicesWithTypeInformation | undefined,
  catalog: Catalog,
): TypeJudgement {
  if (!services) return "unknown";
  const type = services.getTypeAtLocation(node);
  if (isCosCodeType(type)) return "cos-code";
  return canBeCode(type, services.program.getTypeChecker(), catalog) ? "unknown" : "not-a-code";
}
