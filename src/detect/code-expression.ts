/**
 * Code expressions: the expressions that hold a COS error code. A member access whose property is one
 * of `codeNames` (`err.code`, `err?.code`, `err['code']`), an identifier with one of those names, or a
 * variable destructured from such a property (`const { code: c } = err`). `Number(x)`, `+x` and
 * TypeScript wrappers (`x as number`, `x!`) around a code expression are code expressions too.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { FileContext } from "./file-context.js";
import { propertyName, resolveVariable, skipTypeWrappers } from "./operands.js";

/** The code expression inside `node` (wrappers removed), or `undefined` when `node` is not one. */
export function asCodeExpression(node: TSESTree.Node, file: FileContext): TSESTree.Expression | undefined {
  let current = skipTypeWrappers(node);
  if (current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
  switch (current.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const name = propertyName(current.property, current.computed);
      return name !== undefined && file.settings.codeNames.has(name) ? current : undefined;
    }
    case AST_NODE_TYPES.Identifier:
      return file.settings.codeNames.has(current.name) || isDestructuredCode(current, file) ? current : undefined;
    case AST_NODE_TYPES.CallExpression:
      return current.callee.type === AST_NODE_TYPES.Identifier &&
        current.callee.name === "Number" &&
        current.arguments.length === 1 &&
        isGlobal(current.callee, file)
        ? asCodeExpression(current.arguments[0]!, file)
        : undefined;
    case AST_NODE_TYPES.UnaryExpression:
      return current.operator === "+" ? asCodeExpression(current.argument, file) : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether `node` can be a code expression, judged without scope analysis: what `asCodeExpression` accepts,
 * with an identifier let through when the text may bind it to a code property (`const { code: c } = err`).
 */
export function mayBeCodeExpression(node: TSESTree.Node, file: FileContext): boolean {
  let current = skipTypeWrappers(node);
  if (current.type === AST_NODE_TYPES.ChainExpression) current = current.expression;
  switch (current.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const name = propertyName(current.property, current.computed);
      return name !== undefined && file.settings.codeNames.has(name);
    }
    case AST_NODE_TYPES.Identifier:
      return file.settings.codeNames.has(current.name) || file.mayBeRenamedCode(current.name);
    case AST_NODE_TYPES.CallExpression:
      return (
        current.callee.type === AST_NODE_TYPES.Identifier &&
        current.callee.name === "Number" &&
        current.arguments.length === 1 &&
        mayBeCodeExpression(current.arguments[0]!, file)
      );
    case AST_NODE_TYPES.UnaryExpression:
      return current.operator === "+" && mayBeCodeExpression(current.argument, file);
    default:
      return false;
  }
}

/** `Number` is the global, not a local binding of that name. */
function isGlobal(node: TSESTree.Identifier, file: FileContext): boolean {
  const variable = resolveVariable(file.sourceCode, node);
  return variable === undefined || variable.defs.length === 0;
}

/** `c` in `const { code: c } = err`, `({ errorCode: c }) => …`, `catch ({ code: c })`. */
function isDestructuredCode(node: TSESTree.Identifier, file: FileContext): boolean {
  const variable = resolveVariable(file.sourceCode, node);
  if (variable?.defs.length !== 1) return false;
  let binding: TSESTree.Node = variable.defs[0]!.name;
  if (binding.parent?.type === AST_NODE_TYPES.AssignmentPattern && binding.parent.left === binding)
    binding = binding.parent;
  const property = binding.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== binding) return false;
  if (property.parent.type !== AST_NODE_TYPES.ObjectPattern) return false;
  const name = propertyName(property.key, property.computed);
  return name !== undefined && file.settings.codeNames.has(name);
}

/**
 * A key that is equal for two code expressions that read the same code: `err.code`, `err?.code` and
 * `err['code']` share one; `Number(...)` and type wrappers are ignored.
 */
export function codeExpressionKey(node: TSESTree.Expression, file: FileContext): string {
  const inner = asCodeExpression(node, file) ?? node;
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const name = propertyName(inner.property, inner.computed) ?? "";
    return `${codeExpressionKey(inner.object, file)}.${name}`;
  }
  return file.sourceCode.getText(inner).replace(/\s+/gu, "");
}
