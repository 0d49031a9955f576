/**
 * Code sites: the places where a code expression is compared with COS error codes.
 * - `x === -96` (`==`, `!==`, `!=`, either side);
 * - `switch (x) { case -96: … }`;
 * - `[-71, -5963].includes(x)`, `new Set([-71, -5963]).has(x)`, also through a `const` holding the
 *   array or set.
 * A site is reported to the rule only when its file is in COS context (or the code expression is typed
 * as the runtime module's `CosErrorCodeValue`, with `typeAware`).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { asCodeExpression, mayBeCodeExpression } from "./code-expression.js";
import { getFileContext, lastAnswer, perNode, type FileContext } from "./file-context.js";
import {
  constInitializer,
  isCandidateCode,
  literalCode,
  resolveOperand,
  resolveVariable,
  skipTypeWrappers,
  type CodeOperand,
} from "./operands.js";
import { typeJudgement } from "./types.js";

export type EqualityOperator = "==" | "===" | "!=" | "!==";

interface SiteBase {
  /** The code expression (`err.code`), wrappers removed. */
  readonly codeExpression: TSESTree.Expression;
  /** The candidate codes compared, in source order; never empty. */
  readonly operands: readonly CodeOperand[];
}

export interface ComparisonSite extends SiteBase {
  readonly kind: "comparison";
  readonly node: TSESTree.BinaryExpression;
  readonly operator: EqualityOperator;
}

export interface SwitchSite extends SiteBase {
  readonly kind: "switch";
  readonly node: TSESTree.SwitchStatement;
}

export interface CollectionSite extends SiteBase {
  readonly kind: "collection";
  /** The `includes` / `has` call. */
  readonly node: TSESTree.CallExpression;
}

export type CodeSite = ComparisonSite | SwitchSite | CollectionSite;

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

function isEqualityOperator(operator: string): operator is EqualityOperator {
  return operator === "===" || operator === "==" || operator === "!==" || operator === "!=";
}

/** The candidate codes among `nodes`; a node that is not a code spelled in a recognised way is skipped. */
function candidateOperands(nodes: readonly (TSESTree.Node | null)[], file: FileContext): CodeOperand[] {
  const operands: CodeOperand[] = [];
  for (const node of nodes) {
    if (!node || node.type === AST_NODE_TYPES.SpreadElement) continue;
    const operand = resolveOperand(node, file);
    if (operand && isCandidateCode(operand.value, file)) operands.push(operand);
  }
  return operands;
}

/**
 * Whether `node` can be a candidate code operand, judged without scope analysis: a candidate literal, a
 * name (maybe a `const`; never `undefined`), or a member access in a file that names the constants module.
 */
function mayBeOperand(node: TSESTree.Node, file: FileContext): boolean {
  const expression = skipTypeWrappers(node);
  const literal = literalCode(expression);
  if (literal) return isCandidateCode(literal.value, file);
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name !== "undefined";
  return expression.type === AST_NODE_TYPES.MemberExpression && file.mentionsConstantsModule();
}

/** Whether a collection (`[…]`, `new Set([…])`, a name) can hold a candidate code, judged without scope analysis. */
function mayBeCollection(node: TSESTree.Node, file: FileContext): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) return true;
  const array =
    target.type === AST_NODE_TYPES.NewExpression && target.arguments.length === 1
      ? skipTypeWrappers(target.arguments[0]!)
      : target;
  return (
    array.type === AST_NODE_TYPES.ArrayExpression &&
    array.elements.some((element) => element !== null && mayBeOperand(element, file))
  );
}

/** The array literal of `[…]`, `new Set([…])`, or a `const` initialised to either. */
function collectionElements(
  node: TSESTree.Node,
  method: "includes" | "has",
  file: FileContext,
): readonly (TSESTree.Node | null)[] | undefined {
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveVariable(file.sourceCode, target);
    const constant = variable && constInitializer(variable);
    if (!constant) return undefined;
    target = skipTypeWrappers(constant.init);
  }
  if (method === "includes") return target.type === AST_NODE_TYPES.ArrayExpression ? target.elements : undefined;
  if (
    target.type === AST_NODE_TYPES.NewExpression &&
    target.callee.type === AST_NODE_TYPES.Identifier &&
    target.callee.name === "Set" &&
    target.arguments.length === 1
  ) {
    const array = skipTypeWrappers(target.arguments[0]!);
    return array.type === AST_NODE_TYPES.ArrayExpression ? array.elements : undefined;
  }
  return undefined;
}

/** Whether a site with this code expression is judged: COS context, then the type check when type-aware. */
export const isJudged = perNode((codeExpression: TSESTree.Expression, file: FileContext): boolean => {
  const judgement = typeJudgement(codeExpression, file);
  if (judgement === "not-a-code") return false;
  return judgement === "cos-code" || file.isCos();
});

/**
 * Whether `node` can be a code site, judged without scope analysis; most comparisons (`x === null`,
 * `a.type === "b"`) and calls are not, and are dismissed here before any per-node table holds them. Only
 * the last answer is kept (`lastAnswer`), for the other rules that ask about the same node next.
 */
export const mayBeSite = lastAnswer((node: TSESTree.Node, file: FileContext): boolean => {
  switch (node.type) {
    case AST_NODE_TYPES.BinaryExpression: {
      if (!isEqualityOperator(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return false;
      const { left, right } = node;
      // The operand first: most comparisons are with something that cannot be a code (`null`, a string),
      // and a name on the other side would cost a look at the file's text (`mayBeRenamedCode`).
      return (
        (mayBeOperand(right, file) && mayBeCodeExpression(left, file)) ||
        (mayBeOperand(left, file) && mayBeCodeExpression(right, file))
      );
    }
    case AST_NODE_TYPES.SwitchStatement:
      return mayBeCodeExpression(node.discriminant, file);
    case AST_NODE_TYPES.CallExpression: {
      const callee = node.callee;
      return (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        !callee.computed &&
        callee.property.type === AST_NODE_TYPES.Identifier &&
        (callee.property.name === "includes" || callee.property.name === "has") &&
        node.arguments.length === 1 &&
        mayBeCodeExpression(node.arguments[0]!, file) &&
        mayBeCollection(callee.object, file)
      );
    }
    default:
      return false;
  }
});

/** Finds the code site at `node`, if any (context not yet checked); computed once per file and node. */
export function siteAt(node: TSESTree.Node, file: FileContext): CodeSite | undefined {
  return mayBeSite(node, file) ? findSite(node, file) : undefined;
}

const findSite = perNode((node: TSESTree.Node, file: FileContext): CodeSite | undefined => {
  switch (node.type) {
    case AST_NODE_TYPES.BinaryExpression: {
      if (!isEqualityOperator(node.operator)) return undefined;
      const leftCode = asCodeExpression(node.left, file);
      const rightCode = asCodeExpression(node.right, file);
      if (!leftCode === !rightCode) return undefined; // neither side, or both sides, hold a code
      const codeExpression = (leftCode ?? rightCode)!;
      const operands = candidateOperands([leftCode ? node.right : node.left], file);
      return operands.length > 0
        ? { kind: "comparison", node, operator: node.operator, codeExpression, operands }
        : undefined;
    }
    case AST_NODE_TYPES.SwitchStatement: {
      const codeExpression = asCodeExpression(node.discriminant, file);
      if (!codeExpression) return undefined;
      const operands = candidateOperands(
        node.cases.map((c) => c.test),
        file,
      );
      return operands.length > 0 ? { kind: "switch", node, codeExpression, operands } : undefined;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = node.callee as TSESTree.MemberExpression; // the shape `mayBeSite` checked
      const method = (callee.property as TSESTree.Identifier).name as "includes" | "has";
      const codeExpression = asCodeExpression(node.arguments[0]!, file);
      if (!codeExpression) return undefined;
      const elements = collectionElements(callee.object, method, file);
      if (!elements) return undefined;
      const operands = candidateOperands(elements, file);
      return operands.length > 0 ? { kind: "collection", node, codeExpression, operands } : undefined;
    }
    default:
      return undefined;
  }
});

/**
 * The listeners that find every judged code site of a file and hand it to `onSite`. A file that cannot
 * have a judged site gets no listeners at all.
 */
export function codeSiteListeners(
  context: Context,
  onSite: (site: CodeSite, file: FileContext) => void,
): TSESLint.RuleListener {
  const file = getFileContext(context);
  if (!file.active) return {};
  const visit = (node: TSESTree.Node): void => {
    const site = siteAt(node, file);
    if (site && isJudged(site.codeExpression, file)) onSite(site, file);
  };
  // Narrow selectors: ESLint hands the rule only equality comparisons and one-argument `includes` / `has`
  // calls, not every comparison and call of the file.
  return {
    "BinaryExpression[operator=/^[!=]==?$/]": visit,
    SwitchStatement: visit,
    "CallExpression[arguments.length=1][callee.type='MemberExpression'][callee.computed=false][callee.property.name=/^(?:includes|has)$/]":
      visit,
  };
}

/** The judged code site at `node`, for rules that start from another node (dispatch analysis). */
export function judgedSiteAt(node: TSESTree.Node, file: FileContext): CodeSite | undefined {
  const site = siteAt(node, file);
  return site && isJudged(site.codeExpression, file) ? site : undefined;
}
