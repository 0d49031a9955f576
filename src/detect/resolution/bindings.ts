/**
 * What names are bound to, through scope analysis (never by name alone): a `const` and its initialiser,
 * a TypeScript enum member, a binding of the constants module, a global.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { keyName, requiredModule, skipTypeWrappers } from "../matchers/syntax.js";

const { DefinitionType } = TSESLint.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The variable an identifier refers to, or `undefined` for an undeclared global. */
export function resolveVariable(
  sourceCode: SourceCode,
  node: TSESTree.Identifier,
): TSESLint.Scope.Variable | undefined {
  return ASTUtils.findVariable(sourceCode.getScope(node), node) ?? undefined;
}

/** Whether `node` names the global of that name (`Number`, `String`, `Math`), not a local binding. */
export function isGlobal(sourceCode: SourceCode, node: TSESTree.Identifier): boolean {
  const variable = resolveVariable(sourceCode, node);
  return variable === undefined || variable.defs.length === 0;
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

/** The initialiser of `member` of the enum `variable` names (`enum E { A = -96 }`, `const enum`), if any. */
export function enumMemberInitializer(
  variable: TSESLint.Scope.Variable,
  member: string,
): TSESTree.TSEnumMember | undefined {
  for (const def of variable.defs) {
    if (def.type !== DefinitionType.TSEnumName) continue;
    for (const candidate of def.node.body.members) {
      // A member's name is an identifier or a string (`'A'`, or `['A']` where a parser still accepts it), so
      // it is read as not computed: typescript-eslint 8 deprecates `TSEnumMember.computed` with a warning.
      if (keyName(candidate.id, false) === member && candidate.initializer) return candidate;
    }
  }
  return undefined;
}

/**
 * The property a variable is bound to by destructuring: `code` for `c` in `const { code: c } = err`,
 * `({ code: c = 0 }) => …`, `catch ({ "code": c })`; `undefined` otherwise.
 */
export function destructuredKey(variable: TSESLint.Scope.Variable): string | undefined {
  if (variable.defs.length !== 1) return undefined;
  let binding: TSESTree.Node = variable.defs[0]!.name;
  if (binding.parent?.type === AST_NODE_TYPES.AssignmentPattern && binding.parent.left === binding)
    binding = binding.parent;
  const property = binding.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== binding) return undefined;
  if (property.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  return keyName(property.key, property.computed);
}

/**
 * What a variable imports from one of `modules`: the export's name (`import { CosErrorCode as C }`,
 * `const { isRetryableCosError } = require(…)`), or `"*"` for the whole module (`import * as codes`,
 * `import codes from`, `const codes = require(…)`); `undefined` when it is not bound to that module.
 */
export function importedFrom(variable: TSESLint.Scope.Variable, modules: ReadonlySet<string>): string | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type === DefinitionType.ImportBinding) {
    const declaration = def.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration || !modules.has(declaration.source.value))
      return undefined;
    if (declaration.importKind === "type") return undefined;
    const specifier = def.node;
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return "*";
    if (specifier.importKind === "type") return undefined;
    const imported = specifier.imported;
    return imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
  }
  if (def.type !== DefinitionType.Variable || def.parent.kind !== "const") return undefined;
  const required = requiredModule(skipTypeWrappers(def.node.init ?? def.node));
  if (required === undefined || !modules.has(required)) return undefined;
  const id = def.node.id;
  if (id.type === AST_NODE_TYPES.Identifier) return "*";
  if (id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const property = id.properties.find(
    (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && p.value === def.name,
  );
  return property && keyName(property.key, property.computed);
}

/**
 * The export of one of `modules` that `node` names: `C` bound to an import of it, or `codes.isRetryableCosError`
 * through a binding of the whole module.
 */
export function moduleExport(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  modules: ReadonlySet<string>,
  bound: ReadonlySet<string>,
): string | undefined {
  // Only a name the file binds to one of the modules can be one of their exports: most are answered here.
  const base = node.type === AST_NODE_TYPES.MemberExpression ? node.object : node;
  if (base.type !== AST_NODE_TYPES.Identifier || !bound.has(base.name)) return undefined;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveVariable(sourceCode, node);
    const imported = variable && importedFrom(variable, modules);
    return imported === "*" ? undefined : imported;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveVariable(sourceCode, node.object);
    if (!variable || importedFrom(variable, modules) !== "*") return undefined;
    return keyName(node.property, node.computed);
  }
  return undefined;
}

/** The names a declarator binds: `x` of `const x = …`, `a` and `c` of `const { a, b: c } = …`. */
function boundNames(id: TSESTree.Node, names: Set<string>): void {
  const pending = [id];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === AST_NODE_TYPES.Identifier) names.add(node.name);
    else if (node.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of node.properties)
        pending.push(property.type === AST_NODE_TYPES.Property ? property.value : property);
    } else if (node.type === AST_NODE_TYPES.AssignmentPattern) pending.push(node.left);
    else if (node.type === AST_NODE_TYPES.RestElement) pending.push(node.argument);
  }
}

/**
 * Every local name that an import or a `require` of one of `modules` binds, anywhere in the file: the
 * names `importedFrom` can answer for. Found once per file from the imports and the references to
 * `require` (the global one, or any variable of that name, as in an AMD factory), so that a name outside
 * the set is answered without scope analysis.
 */
export function moduleBindingNames(sourceCode: SourceCode, modules: ReadonlySet<string>): ReadonlySet<string> {
  const names = new Set<string>();
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !modules.has(statement.source.value)) continue;
    for (const specifier of statement.specifiers) names.add(specifier.local.name);
  }
  // A `require` of one of the modules needs the name `require` in the text (an identifier can be spelled
  // otherwise only with a `\u` escape) and the module's name (a string otherwise only with a `\` escape).
  const text = sourceCode.text;
  if (!text.includes("require") && !text.includes("\\u")) return names;
  if (![...modules].some((module) => text.includes(module)) && !text.includes("\\")) return names;
  const scopeManager = sourceCode.scopeManager;
  const references = (scopeManager?.globalScope?.through ?? []).filter((r) => r.identifier.name === "require");
  for (const scope of scopeManager?.scopes ?? []) references.push(...(scope.set.get("require")?.references ?? []));
  for (const { identifier } of references) {
    const call = identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue;
    const module = requiredModule(call);
    if (module === undefined || !modules.has(module)) continue;
    let init: TSESTree.Node = call;
    while (init.parent && skipTypeWrappers(init.parent) === call) init = init.parent;
    const declarator = init.parent;
    if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === init)
      boundNames(declarator.id, names);
  }
  return names;
}
