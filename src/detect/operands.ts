/**
 * Resolving the code operand of a comparison to a number: a literal (`-96`), a numeric string (`'-96'`),
 * a `const` in scope initialised to one, or a member of the runtime constants (`CosErrorCode.X`, however
 * imported or renamed). Bindings are resolved through scope analysis, never by name alone.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";

const { DefinitionType } = TSESLint.Scope;
import type { FileContext } from "./file-context.js";

export interface CodeOperand {
  /** The operand as written at the site: a literal, an identifier, a member access, an array element. */
  readonly node: TSESTree.Node;
  readonly value: number;
  /**
   * Where the number is spelled out: the literal itself, or the initialiser of the `const` the operand
   * names. Absent when the operand is a named constant of the runtime module.
   */
  readonly literal?: SpelledCode;
  /** The constant's name when the operand is a runtime constant (`CosErrorCode.SIGNATURE_EXPIRED`). */
  readonly constantName?: string;
}

export interface SpelledCode {
  readonly node: TSESTree.Expression;
  readonly kind: "number" | "string";
  /** The `const` declarator whose initialiser this is, when reached through a name. */
  readonly declarator?: TSESTree.VariableDeclarator;
}

const INTEGER_STRING = /^-?\d+$/u;

/** Unwraps TypeScript-only wrappers that do not change the value: `x as const`, `x!`, `<T>x`, `x satisfies T`. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** The number a literal spells: `-96`, `-(96)`, `+100`, `'-96'`, `` `-96` ``; `undefined` otherwise (`-96n`, `1.5`). */
export function literalCode(node: TSESTree.Node): { value: number; kind: "number" | "string" } | undefined {
  if (node.type === AST_NODE_TYPES.Literal) {
    if (typeof node.value === "number")
      return Number.isSafeInteger(node.value) ? { value: node.value, kind: "number" } : undefined;
    if (typeof node.value === "string" && INTEGER_STRING.test(node.value))
      return { value: Number(node.value), kind: "string" };
    return undefined;
  }
  if (node.type === AST_NODE_TYPES.UnaryExpression && (node.operator === "-" || node.operator === "+")) {
    const argument = node.argument;
    if (
      argument.type !== AST_NODE_TYPES.Literal ||
      typeof argument.value !== "number" ||
      !Number.isSafeInteger(argument.value)
    ) {
      return undefined;
    }
    return { value: node.operator === "-" ? -argument.value : argument.value, kind: "number" };
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    const text = node.quasis[0]?.value.cooked;
    if (text != null && INTEGER_STRING.test(text)) return { value: Number(text), kind: "string" };
  }
  return undefined;
}

/** The variable an identifier refers to, through scope analysis. */
export function resolveVariable(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Identifier,
): TSESLint.Scope.Variable | undefined {
  return ASTUtils.findVariable(sourceCode.getScope(node), node) ?? undefined;
}

/** The initialiser of a `const` declared with a plain name, if `variable` is one. */
export function constInitializer(
  variable: TSESLint.Scope.Variable,
): { init: TSESTree.Expression; declarator: TSESTree.VariableDeclarator } | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== DefinitionType.Variable || def.parent.kind !== "const") return undefined;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  return { init: declarator.init, declarator };
}

/** A `require("module")` call with a string argument: the module name. */
export function requiredModule(node: TSESTree.Node | null | undefined): string | undefined {
  if (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === "require" &&
    node.arguments.length === 1
  ) {
    const argument = node.arguments[0]!;
    if (argument.type === AST_NODE_TYPES.Literal && typeof argument.value === "string") return argument.value;
  }
  return undefined;
}

/** The key name of a non-computed or string-literal property: `x.code`, `x['code']`, `{ code: c }`. */
export function propertyName(
  node: TSESTree.Expression | TSESTree.PrivateIdentifier,
  computed: boolean,
): string | undefined {
  // `a.code`, `{ code: c }`; a quoted key `{ "code": c }` is not computed but a literal, as in `a["code"]`
  if (!computed && node.type === AST_NODE_TYPES.Identifier) return node.name;
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === "string" ? node.value : undefined;
}

/**
 * What a variable imports from the constants module: the export's name (`import { CosErrorCode as C }`,
 * `const { isRetryableCosError } = require(...)`), or `"*"` for the whole module (`import * as codes`,
 * `import codes from`, `const codes = require(...)`); `undefined` when it is not bound to that module.
 */
export function importedFromConstantsModule(variable: TSESLint.Scope.Variable, file: FileContext): string | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  const { constantsModule } = file.settings;
  if (def.type === DefinitionType.ImportBinding) {
    const declaration = def.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || declaration.source.value !== constantsModule)
      return undefined;
    if (declaration.importKind === "type") return undefined;
    const specifier = def.node;
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      if (specifier.importKind === "type") return undefined;
      const imported = specifier.imported;
      return imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
    }
    return "*";
  }
  if (
    def.type === DefinitionType.Variable &&
    def.parent.kind === "const" &&
    requiredModule(def.node.init) === constantsModule
  ) {
    const id = def.node.id;
    if (id.type === AST_NODE_TYPES.Identifier) return "*";
    if (id.type === AST_NODE_TYPES.ObjectPattern) {
      const property = id.properties.find(
        (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && p.value === def.name,
      );
      return property && propertyName(property.key, property.computed);
    }
  }
  return undefined;
}

/**
 * The export of the constants module that `node` names: `C` bound to an import of it, or
 * `codes.isRetryableCosError` through a binding of the whole module.
 */
export function constantsModuleExport(node: TSESTree.Node, file: FileContext): string | undefined {
  if (!file.mentionsConstantsModule()) return undefined;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveVariable(file.sourceCode, node);
    const imported = variable && importedFromConstantsModule(variable, file);
    return imported === "*" ? undefined : imported;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveVariable(file.sourceCode, node.object);
    if (!variable || importedFromConstantsModule(variable, file) !== "*") return undefined;
    return propertyName(node.property, node.computed);
  }
  return undefined;
}

/** Whether `node` is the constants object: `C` (bound to it) or `codes.CosErrorCode` (module binding). */
function isConstantsObject(node: TSESTree.Node, file: FileContext): boolean {
  return constantsModuleExport(node, file) === file.settings.constantsName;
}

/** Resolves one operand; `undefined` when it is not a code spelled in one of the recognised ways. */
export function resolveOperand(node: TSESTree.Node, file: FileContext): CodeOperand | undefined {
  const expression = skipTypeWrappers(node);
  const literal = literalCode(expression);
  if (literal)
    return { node, value: literal.value, literal: { node: expression as TSESTree.Expression, kind: literal.kind } };

  if (expression.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveVariable(file.sourceCode, expression);
    const constant = variable && constInitializer(variable);
    if (!constant) return undefined;
    const init = skipTypeWrappers(constant.init);
    const spelled = literalCode(init);
    if (spelled) {
      return {
        node,
        value: spelled.value,
        literal: { node: init as TSESTree.Expression, kind: spelled.kind, declarator: constant.declarator },
      };
    }
    // `const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED`
    const named = resolveConstant(init, file);
    return named && { node, value: named.value, constantName: named.name };
  }

  const named = resolveConstant(expression, file);
  return named && { node, value: named.value, constantName: named.name };
}

function resolveConstant(node: TSESTree.Node, file: FileContext): { value: number; name: string } | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = propertyName(node.property, node.computed);
  if (name === undefined || !isConstantsObject(node.object, file)) return undefined;
  const entry = file.settings.catalog.byName(name);
  return entry && entry.source !== "user" ? { value: entry.code, name } : undefined;
}

/** Only negative numbers, known positive codes and positives whose negation is known are candidate codes. */
export function isCandidateCode(value: number, file: FileContext): boolean {
  if (value < 0) return true;
  if (value === 0) return false;
  const catalog = file.settings.catalog;
  return catalog.byCode(value) !== undefined || catalog.byCode(-value) !== undefined;
}
