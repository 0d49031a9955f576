/**
 * How to refer to the named constants (`CosErrorCode`) at a place in a file, and the edit that makes the
 * name available: reuse an existing import or require of the constants module (renamed or not), add the
 * specifier to an existing import of that module, or add a new import (ES module) or require (CommonJS)
 * after the last one, or after the directives — never before a shebang or a licence header. The added
 * name never shadows or collides with a binding of the file: when the name is taken, an alias is used and
 * the edit is marked unsafe (a suggestion, not an autofix).
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { keyName as propertyName, requiredModule } from "../detect/index.js";
import { getOrCreate } from "./get-or-create.js";

export interface ConstantsAccess {
  /** Text that names the constants object at the place: `CosErrorCode`, `C`, `codes.CosErrorCode`. */
  readonly object: string;
  /** The edit that makes `object` available, when it is not yet. */
  readonly addImport?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
  /** False when the edit had to pick an alias: offer it as a suggestion only. */
  readonly safe: boolean;
}

type SourceCode = Readonly<TSESLint.SourceCode>;

interface ExistingBinding {
  /** The local name bound at the top level. */
  readonly local: string;
  /** The text that names the constants object through that binding. */
  readonly object: string;
}

/** The module of the `require()` an initialiser starts from: `require("x")`, `require("x").y`, `require("x")(…)`. */
function rootRequire(init: TSESTree.Node | null): string | undefined {
  let node = init;
  while (
    node?.type === AST_NODE_TYPES.MemberExpression ||
    (node?.type === AST_NODE_TYPES.CallExpression && requiredModule(node) === undefined)
  ) {
    node = node.type === AST_NODE_TYPES.MemberExpression ? node.object : node.callee;
  }
  return requiredModule(node);
}

/** Top-level declarations initialised with `require(module)` (any module when `module` is not given). */
function requireDeclarations(program: TSESTree.Program, module?: string): TSESTree.VariableDeclaration[] {
  return program.body.filter(
    (s): s is TSESTree.VariableDeclaration =>
      s.type === AST_NODE_TYPES.VariableDeclaration &&
      s.declarations.some((d) =>
        module === undefined ? rootRequire(d.init) !== undefined : requiredModule(d.init) === module,
      ),
  );
}

function valueImports(program: TSESTree.Program, module: string): TSESTree.ImportDeclaration[] {
  return program.body.filter(
    (s): s is TSESTree.ImportDeclaration =>
      s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === module && s.importKind !== "type",
  );
}

/** An import or require of the module that already gives access to the constants. */
function findExistingBinding(program: TSESTree.Program, module: string, name: string): ExistingBinding | undefined {
  for (const declaration of valueImports(program, module)) {
    for (const specifier of declaration.specifiers) {
      if (
        specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier ||
        specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
      ) {
        return { local: specifier.local.name, object: `${specifier.local.name}.${name}` };
      }
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== "type") {
        const imported =
          specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (imported === name) return { local: specifier.local.name, object: specifier.local.name };
      }
    }
  }
  for (const declaration of requireDeclarations(program, module)) {
    if (declaration.kind !== "const") continue;
    for (const declarator of declaration.declarations) {
      if (requiredModule(declarator.init) !== module) continue;
      if (declarator.id.type === AST_NODE_TYPES.Identifier)
        return { local: declarator.id.name, object: `${declarator.id.name}.${name}` };
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      for (const property of declarator.id.properties) {
        if (
          property.type === AST_NODE_TYPES.Property &&
          property.value.type === AST_NODE_TYPES.Identifier &&
          propertyName(property.key, property.computed) === name
        ) {
          return { local: property.value.name, object: property.value.name };
        }
      }
    }
  }
  return undefined;
}

/** Whether `name` is declared anywhere in the file or used as an (implicit) global. */
function isNameTaken(sourceCode: SourceCode, name: string): boolean {
  const scopeManager = sourceCode.scopeManager;
  if (!scopeManager) return true;
  if (scopeManager.scopes.some((scope) => scope.set.has(name))) return true;
  return scopeManager.globalScope?.through.some((reference) => reference.identifier.name === name) ?? true;
}

/** Whether the file uses `module`, `exports` or `require` without declaring them: CommonJS. */
function usesCommonJsGlobals(sourceCode: SourceCode): boolean {
  const through = sourceCode.scopeManager?.globalScope?.through ?? [];
  return through.some((reference) => ["module", "exports", "require"].includes(reference.identifier.name));
}

/**
 * Whether new imports are ES `import`s: yes when the file has ES module syntax; no when it is CommonJS
 * (`declaredCommonJs`: a `.cjs`/`.cts` file or `languageOptions.sourceType: "commonjs"`), already
 * `require`s, or uses `module` / `exports` / `require` as globals; otherwise as the parser saw it.
 */
function isModule(sourceCode: SourceCode, declaredCommonJs: boolean): boolean {
  const program = sourceCode.ast;
  const esm = program.body.some(
    (s) =>
      s.type === AST_NODE_TYPES.ImportDeclaration ||
      s.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      s.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      s.type === AST_NODE_TYPES.ExportAllDeclaration,
  );
  if (esm) return true;
  if (declaredCommonJs || requireDeclarations(program).length > 0 || usesCommonJsGlobals(sourceCode)) return false;
  return program.sourceType === "module";
}

/** The file's quote style: that of its first import or require source; double quotes otherwise. */
function quoteOf(sourceCode: SourceCode): string {
  const program = sourceCode.ast;
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) return statement.source.raw.startsWith("'") ? "'" : '"';
  }
  for (const declaration of requireDeclarations(program)) {
    for (const declarator of declaration.declarations) {
      const init = declarator.init;
      if (init?.type === AST_NODE_TYPES.CallExpression && init.arguments[0]?.type === AST_NODE_TYPES.Literal) {
        return init.arguments[0].raw.startsWith("'") ? "'" : '"';
      }
    }
  }
  return '"';
}

/** Adds `specifier` to an existing import or destructuring require of the module, if there is one to extend. */
function extendExisting(
  program: TSESTree.Program,
  module: string,
  specifier: string,
  sourceCode: SourceCode,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  for (const declaration of valueImports(program, module)) {
    const named = declaration.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
    const last = named.at(-1);
    if (last) return (fixer) => fixer.insertTextAfter(last, `, ${specifier}`);
    const only = declaration.specifiers[0];
    if (only?.type === AST_NODE_TYPES.ImportDefaultSpecifier && declaration.specifiers.length === 1) {
      return (fixer) => fixer.insertTextAfter(only, `, { ${specifier} }`);
    }
    if (declaration.specifiers.length === 0) {
      const open = sourceCode.getFirstToken(declaration, { filter: (t) => t.value === "{" });
      if (open) return (fixer) => fixer.insertTextAfter(open, ` ${specifier} `);
    }
  }
  for (const declaration of requireDeclarations(program, module)) {
    if (declaration.kind !== "const") continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || requiredModule(declarator.init) !== module) continue;
      const lastProperty = declarator.id.properties.at(-1);
      if (lastProperty?.type === AST_NODE_TYPES.Property) {
        const text = specifier.replace(" as ", ": ");
        return (fixer) => fixer.insertTextAfter(lastProperty, `, ${text}`);
      }
    }
  }
  return undefined;
}

/** Where a new import or require goes: after the last one, else after the directives, else before the first statement. */
function insertStatement(
  sourceCode: SourceCode,
  esm: boolean,
  text: string,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const body = sourceCode.ast.body;
  const anchors: TSESTree.Node[] = esm
    ? body.filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration)
    : requireDeclarations(sourceCode.ast);
  const last = anchors.at(-1);
  if (last) return (fixer) => fixer.insertTextAfter(last, `\n${text}`);
  const directives = body.filter((s) => s.type === AST_NODE_TYPES.ExpressionStatement && s.directive !== undefined);
  const lastDirective = directives.at(-1);
  if (lastDirective) return (fixer) => fixer.insertTextAfter(lastDirective, `\n${text}`);
  const first = body[0]!;
  return (fixer) => fixer.insertTextBefore(first, `${text}\n`);
}

/** A free alias for `name` when `name` itself is taken: `CosErrorCode2`, `CosErrorCode3`, … */
function freeAlias(sourceCode: SourceCode, name: string): string {
  for (let i = 2; ; i++) {
    const alias = `${name}${i}`;
    if (!isNameTaken(sourceCode, alias)) return alias;
  }
}

/** What a file needs to name the constants: an existing binding, or the edit that adds one. */
type ImportPlan = { readonly existing: ExistingBinding } | (ConstantsAccess & { readonly existing?: undefined });

/** The plan of a file, per module, name and module kind: worked out once, not per site (it scans the file). */
const plans = new WeakMap<SourceCode, Map<string, ImportPlan>>();

function importPlan(sourceCode: SourceCode, target: ConstantsTarget): ImportPlan {
  const byTarget = getOrCreate(plans, sourceCode, () => new Map<string, ImportPlan>());
  return getOrCreate(byTarget, `${target.module}\u0000${target.name}\u0000${target.commonJs}`, () =>
    makeImportPlan(sourceCode, target),
  );
}

function makeImportPlan(sourceCode: SourceCode, { module, name, commonJs }: ConstantsTarget): ImportPlan {
  const program = sourceCode.ast;
  const existing = findExistingBinding(program, module, name);
  if (existing) return { existing };
  const taken = isNameTaken(sourceCode, name);
  const local = taken ? freeAlias(sourceCode, name) : name;
  const specifier = taken ? `${name} as ${local}` : name;
  const extend = extendExisting(program, module, specifier, sourceCode);
  if (extend) return { object: local, addImport: extend, safe: !taken };
  const esm = isModule(sourceCode, commonJs);
  const quote = quoteOf(sourceCode);
  const text = esm
    ? `import { ${specifier} } from ${quote}${module}${quote};`
    : `const { ${specifier.replace(" as ", ": ")} } = require(${quote}${module}${quote});`;
  return { object: local, addImport: insertStatement(sourceCode, esm, text), safe: !taken };
}

interface ConstantsTarget {
  readonly module: string;
  readonly name: string;
  /** The file is declared CommonJS (`.cjs` / `.cts`, or `sourceType: "commonjs"`). */
  readonly commonJs: boolean;
}

/**
 * How to name the constants object `name` from `module` at `node`; `undefined` when an existing binding
 * is shadowed there (no edit can be made safely). The file-wide part is worked out once per file.
 */
export function constantsAccess(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  target: ConstantsTarget,
): ConstantsAccess | undefined {
  const plan = importPlan(sourceCode, target);
  if (!plan.existing) return plan;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), plan.existing.local);
  return variable?.scope.block === sourceCode.ast ? { object: plan.existing.object, safe: true } : undefined;
}
