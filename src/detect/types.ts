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

// TypeScript's `TypeFlags` (stable public values), so that `typescript` need not be a dependency.
const ANY_OR_UNKNOWN = 1 | 2;
const STRING = 4;
const NUMBER_LIKE = 8 | 32 | 256 | 1024; // number, enum, number literal, enum literal
const TEMPLATE_LITERAL = 134217728;
const STRING_MAPPING = 268435456;

const CODE_TYPE_NAME = "CosErrorCodeValue";

function canBeCode(type: ts.Type, depth = 0): boolean {
  if (depth > 8) return true;
  const flags = type.getFlags();
  if (flags & (ANY_OR_UNKNOWN | NUMBER_LIKE | STRING | TEMPLATE_LITERAL | STRING_MAPPING)) return true;
  if (type.isStringLiteral()) return /^\s*-?\d+\s*$/u.test(type.value);
  if (type.isUnion() || type.isIntersection()) return type.types.some((t) => canBeCode(t, depth + 1));
  if (type.isTypeParameter()) {
    const constraint = type.getConstraint();
    return constraint === undefined || canBeCode(constraint, depth + 1);
  }
  return false;
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
  return canBeCode(type) ? "unknown" : "not-a-code";
}
