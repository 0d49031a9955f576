/**
 * Shape: a code site, a place where a code expression is compared with candidate codes.
 * - comparison: `x === -96` (`==`, `!==`, `!=`), the code on either side;
 * - switch: `switch (x) { case -96: … }`, at least one `case` test an operand;
 * - collection: `[-71, -5963].includes(x)`, `new Set([-71, -5963]).has(x)`, or either through a name (a
 *   question for resolution: is it a `const` initialised to such an array or set?).
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { Catalog } from "../../catalog/index.js";
import { matchCodeExpression, type CodeExpressionMatch, type CodeNames } from "./code-expression.js";
import { matchOperand, type OperandMatch } from "./operand.js";
import { memberName, singleArgument, skipTypeWrappers } from "./syntax.js";

export type EqualityOperator = "==" | "===" | "!=" | "!==";

/** What the matchers read from the settings. */
export interface MatchSettings extends CodeNames {
  readonly catalog: Catalog;
}

/** One side of a comparison read both ways: it may hold the code, or be the operand, or both (a name). */
export interface ComparisonSide {
  readonly node: TSESTree.Expression;
  readonly code: CodeExpressionMatch | undefined;
  readonly operand: OperandMatch | undefined;
}

export type CollectionMethod = "includes" | "has";

export type CollectionMatch =
  /** `[…].includes(x)`, `new Set([…]).has(x)`. */
  | { readonly kind: "elements"; readonly elements: readonly (OperandMatch | undefined)[] }
  /** `CODES.includes(x)`: is `CODES` a `const` holding such an array or set? */
  | { readonly kind: "name"; readonly name: TSESTree.Identifier };

export type SiteMatch =
  | {
      readonly kind: "comparison";
      readonly node: TSESTree.BinaryExpression;
      readonly operator: EqualityOperator;
      readonly left: ComparisonSide;
      readonly right: ComparisonSide;
    }
  | {
      readonly kind: "switch";
      readonly node: TSESTree.SwitchStatement;
      readonly code: CodeExpressionMatch;
      /** One per `case`, in order (`undefined` for `default` and for tests that cannot be operands). */
      readonly cases: readonly (OperandMatch | undefined)[];
    }
  | {
      readonly kind: "collection";
      readonly node: TSESTree.CallExpression;
      readonly method: CollectionMethod;
      readonly code: CodeExpressionMatch;
      readonly collection: CollectionMatch;
    };

function isEqualityOperator(operator: string): operator is EqualityOperator {
  return operator === "===" || operator === "==" || operator === "!==" || operator === "!=";
}

/** The array of `[…]` (for `includes`) or `new Set([…])` (for `has`), type wrappers looked through. */
export function collectionArray(node: TSESTree.Node, method: CollectionMethod): TSESTree.ArrayExpression | undefined {
  const target = skipTypeWrappers(node);
  if (method === "includes") return target.type === AST_NODE_TYPES.ArrayExpression ? target : undefined;
  if (
    target.type !== AST_NODE_TYPES.NewExpression ||
    target.callee.type !== AST_NODE_TYPES.Identifier ||
    target.callee.name !== "Set" ||
    target.arguments.length !== 1
  ) {
    return undefined;
  }
  const array = skipTypeWrappers(target.arguments[0]!);
  return array.type === AST_NODE_TYPES.ArrayExpression ? array : undefined;
}

/** The operand shapes of an array's elements (`undefined` for holes, spreads and non-operands). */
export function matchElements(array: TSESTree.ArrayExpression, catalog: Catalog): (OperandMatch | undefined)[] {
  return array.elements.map((element) =>
    element === null || element.type === AST_NODE_TYPES.SpreadElement ? undefined : matchOperand(element, catalog),
  );
}

function matchCollection(node: TSESTree.Node, method: CollectionMethod, catalog: Catalog): CollectionMatch | undefined {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) return { kind: "name", name: target };
  const array = collectionArray(target, method);
  if (!array) return undefined;
  const elements = matchElements(array, catalog);
  return elements.some((element) => element !== undefined) ? { kind: "elements", elements } : undefined;
}

function side(node: TSESTree.Expression, settings: MatchSettings): ComparisonSide | undefined {
  const code = matchCodeExpression(node, settings);
  const operand = matchOperand(node, settings.catalog);
  return code || operand ? { node, code, operand } : undefined;
}

/** The site shape at `node`, or `undefined` when it cannot be a code site. */
export function matchSite(node: TSESTree.Node, settings: MatchSettings): SiteMatch | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.BinaryExpression: {
      if (!isEqualityOperator(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
      // The operand first: most comparisons are with something that cannot be a code (`null`, `"x"`, `1`).
      const right = side(node.right, settings);
      if (!right) return undefined;
      const left = side(node.left, settings);
      if (!left) return undefined;
      const possible =
        (left.code !== undefined && right.operand !== undefined) ||
        (right.code !== undefined && left.operand !== undefined);
      return possible ? { kind: "comparison", node, operator: node.operator, left, right } : undefined;
    }
    case AST_NODE_TYPES.SwitchStatement: {
      const code = matchCodeExpression(node.discriminant, settings);
      if (!code) return undefined;
      const cases = node.cases.map((c) => (c.test ? matchOperand(c.test, settings.catalog) : undefined));
      return cases.some((c) => c !== undefined) ? { kind: "switch", node, code, cases } : undefined;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = node.callee;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const method = memberName(callee);
      if (method !== "includes" && method !== "has") return undefined;
      const argument = singleArgument(node);
      const code = argument && matchCodeExpression(argument, settings);
      if (!code) return undefined;
      const collection = matchCollection(callee.object, method, settings.catalog);
      return collection && { kind: "collection", node, method, code, collection };
    }
    default:
      return undefined;
  }
}
