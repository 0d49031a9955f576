/**
 * How to refer to the named constants (`CosErrorCode`) at a place in a file, and the edit that makes the
 * name available: reuse an existing import or require of the constants module (renamed or not), add the
 * specifier to an existing import of that module, or add a new import (ES module) or require (CommonJS).
 *
 * Where a new statement goes:
 * - an `import` after the last import (imports are hoisted, so any place above the uses will do), else
 *   after the directives, else before the first statement;
 * - a `require` where nothing that runs before it can read it (a `const` is in its temporal dead zone until
 *   then): after the leading run of directives and plain `require` declarations, else before the first
 *   statement; a require declared later in the file is reused or extended only by a suggestion;
 * - in an AMD / SeaJS `define(function (require, exports, module) { … })` file, inside the factory, the
 *   same way; a factory without a `require` parameter gets no edit.
 * Never above a shebang, a licence header or a file-level pragma; never between a statement and the
 * comments directly above it (`// eslint-disable-next-line`, `// @ts-expect-error`, JSDoc); never between
 * a statement and its trailing comment. Inserted lines end with the file's line break.
 *
 * The added name never shadows or collides with a binding of the file: when the name is taken, an alias
 * is used and the edit is marked unsafe (a suggestion, not an autofix).
 */
import { ASTUtils, AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { Cache, keyName as propertyName, requiredModule } from "../detect/index.js";
import { quoteModule } from "./identifier.js";
import { moduleKindOf, type ModuleKind } from "./module-kind.js";
import { glueSafe, lineBreakOf } from "./token-safe.js";

export interface ConstantsAccess {
  /** Text that names the constants object at the place: `CosErrorCode`, `C`, `codes.CosErrorCode`. */
  readonly object: string;
  /** The edit that makes `object` available, when it is not yet. Reports sharing it share this function. */
  readonly addImport?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
  /** False when the edit had to pick an alias, or reuses a late require: offer it as a suggestion only. */
  readonly safe: boolean;
}

type SourceCode = Readonly<TSESLint.SourceCode>;
type Statement = TSESTree.ProgramStatement | TSESTree.Statement;
type Factory = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** The statements a new import or require joins: the file's, or an AMD factory's. */
interface ModuleBody {
  readonly block: TSESTree.Program | Factory;
  readonly body: readonly Statement[];
  readonly kind: ModuleKind;
}

interface ExistingBinding {
  /** The local name bound at the top level. */
  readonly local: string;
  /** The text that names the constants object through that binding. */
  readonly object: string;
  /** False for a require declared after code that may run first (it may be read in its dead zone). */
  readonly early: boolean;
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

/** Declarations initialised with `require(module)` (any module when `module` is not given). */
function requireDeclarations(body: readonly Statement[], module?: string): TSESTree.VariableDeclaration[] {
  return body.filter(
    (s): s is TSESTree.VariableDeclaration =>
      s.type === AST_NODE_TYPES.VariableDeclaration &&
      s.declarations.some((d) =>
        module === undefined ? rootRequire(d.init) !== undefined : requiredModule(d.init) === module,
      ),
  );
}

/** `require("x")`, `require("x").y`, `require("x")("literal")`: runs no code of this file. */
function isInertRequireChain(node: TSESTree.Node | null): boolean {
  if (requiredModule(node) !== undefined) return true;
  if (node?.type === AST_NODE_TYPES.MemberExpression)
    return (!node.computed || node.property.type === AST_NODE_TYPES.Literal) && isInertRequireChain(node.object);
  if (node?.type === AST_NODE_TYPES.CallExpression)
    return node.arguments.every((a) => a.type === AST_NODE_TYPES.Literal) && isInertRequireChain(node.callee);
  return false;
}

/** A pattern that binds names without running code: no defaults, no computed keys. */
function isPlainPattern(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return true;
    case AST_NODE_TYPES.ObjectPattern:
      return node.properties.every((p) =>
        p.type === AST_NODE_TYPES.RestElement ? isPlainPattern(p.argument) : !p.computed && isPlainPattern(p.value),
      );
    default:
      return false;
  }
}

const isDirective = (s: Statement): boolean =>
  s.type === AST_NODE_TYPES.ExpressionStatement && s.directive !== undefined;

/** A statement that runs no code of this file: a directive, an import, a plain require declaration. */
function isInert(s: Statement): boolean {
  if (isDirective(s) || s.type === AST_NODE_TYPES.ImportDeclaration) return true;
  return (
    s.type === AST_NODE_TYPES.VariableDeclaration &&
    s.declarations.every((d) => isPlainPattern(d.id) && isInertRequireChain(d.init))
  );
}

/** How many statements at the start of `body` run no code of this file. */
function inertPrefixLength(body: readonly Statement[]): number {
  const index = body.findIndex((s) => !isInert(s));
  return index < 0 ? body.length : index;
}

function valueImports(body: readonly Statement[], module: string): TSESTree.ImportDeclaration[] {
  return body.filter(
    (s): s is TSESTree.ImportDeclaration =>
      s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === module && s.importKind !== "type",
  );
}

/** An import or require of the module that already gives access to the constants. */
function findExistingBinding(body: readonly Statement[], module: string, name: string): ExistingBinding | undefined {
  for (const declaration of valueImports(body, module)) {
    for (const specifier of declaration.specifiers) {
      if (
        specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier ||
        specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
      ) {
        return { local: specifier.local.name, object: `${specifier.local.name}.${name}`, early: true };
      }
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== "type") {
        const imported =
          specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (imported === name) return { local: specifier.local.name, object: specifier.local.name, early: true };
      }
    }
  }
  const prefix = body.slice(0, inertPrefixLength(body));
  for (const declaration of requireDeclarations(body, module)) {
    if (declaration.kind !== "const") continue;
    const early = prefix.includes(declaration);
    for (const declarator of declaration.declarations) {
      if (requiredModule(declarator.init) !== module) continue;
      if (declarator.id.type === AST_NODE_TYPES.Identifier)
        return { local: declarator.id.name, object: `${declarator.id.name}.${name}`, early };
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      for (const property of declarator.id.properties) {
        if (
          property.type === AST_NODE_TYPES.Property &&
          property.value.type === AST_NODE_TYPES.Identifier &&
          propertyName(property.key, property.computed) === name
        ) {
          return { local: property.value.name, object: property.value.name, early };
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

/** The quote style of the first import or require source of `body`; double quotes otherwise. */
function quoteOf(body: readonly Statement[]): "'" | '"' {
  for (const statement of body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) return statement.source.raw.startsWith("'") ? "'" : '"';
  }
  for (const declaration of requireDeclarations(body)) {
    for (const declarator of declaration.declarations) {
      const init = declarator.init;
      if (init?.type === AST_NODE_TYPES.CallExpression && init.arguments[0]?.type === AST_NODE_TYPES.Literal) {
        return init.arguments[0].raw.startsWith("'") ? "'" : '"';
      }
    }
  }
  return '"';
}

type Edit = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/** Inserts `text` after `node`, spaced so that it joins no neighbouring token. */
const insertAfter =
  (sourceCode: SourceCode, node: TSESTree.Node, text: string): Edit =>
  (fixer) =>
    fixer.insertTextAfterRange(node.range, glueSafe(sourceCode, [node.range[1], node.range[1]], text));

/** Adds `specifier` to an existing import or (early) destructuring require of the module, if there is one. */
function extendExisting(
  body: readonly Statement[],
  module: string,
  specifier: string,
  sourceCode: SourceCode,
): Edit | undefined {
  for (const declaration of valueImports(body, module)) {
    const named = declaration.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
    const last = named.at(-1);
    if (last) return insertAfter(sourceCode, last, `, ${specifier}`);
    const only = declaration.specifiers[0];
    if (only?.type === AST_NODE_TYPES.ImportDefaultSpecifier && declaration.specifiers.length === 1) {
      return insertAfter(sourceCode, only, `, { ${specifier} }`);
    }
    if (declaration.specifiers.length === 0) {
      const open = sourceCode.getFirstToken(declaration, { filter: (t) => t.value === "{" });
      if (open) return (fixer) => fixer.insertTextAfter(open, ` ${specifier} `);
    }
  }
  const prefix = body.slice(0, inertPrefixLength(body));
  for (const declaration of requireDeclarations(prefix, module)) {
    if (declaration.kind !== "const") continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || requiredModule(declarator.init) !== module) continue;
      const lastProperty = declarator.id.properties.at(-1);
      if (lastProperty?.type === AST_NODE_TYPES.Property) {
        return insertAfter(sourceCode, lastProperty, `, ${specifier.replace(" as ", ": ")}`);
      }
    }
  }
  return undefined;
}

/**
 * Comments that belong to the whole file and stay above anything inserted: a shebang, a licence header,
 * a file-level pragma or directive (`@ts-check`, `@flow`, `@jsx`, `eslint-env`, `global`, `/* eslint-disable *\/`).
 */
const FILE_LEVEL_COMMENT = new RegExp(
  [
    String.raw`^!`, // /*! a licence kept by minifiers */
    String.raw`@(?:license|preserve|file|fileoverview|overview|module)\b`,
    String.raw`@(?:ts-check|ts-nocheck|flow|noflow|jsx\w*|(?:jest|vitest)-environment)\b`,
    String.raw`copyright|\blicen[cs]e\b|spdx-license`,
    String.raw`^\s*(?:eslint-env|globals?|eslint|eslint-disable|eslint-enable|exported)(?:\s|$)`,
  ].join("|"),
  "iu",
);

function isFileLevel(comment: TSESTree.Comment, sourceCode: SourceCode): boolean {
  return (comment.type as string) === "Shebang" || sourceCode.text.startsWith("#!", comment.range[0])
    ? true
    : FILE_LEVEL_COMMENT.test(comment.value);
}

/**
 * Where text inserted before `statement` goes: above the comments directly attached to it (no blank line
 * between, not file-level), so that `// eslint-disable-next-line` or a JSDoc stays on its statement.
 */
function startWithAttachedComments(statement: Statement, sourceCode: SourceCode): number {
  let start = statement.range[0];
  let line = statement.loc.start.line;
  const comments = sourceCode.getCommentsBefore(statement);
  for (let i = comments.length - 1; i >= 0; i--) {
    const comment = comments[i]!;
    if (comment.loc.end.line < line - 1 || isFileLevel(comment, sourceCode)) break;
    start = comment.range[0];
    line = comment.loc.start.line;
  }
  return start;
}

const isComment = (token: TSESTree.Token | null): token is TSESTree.Comment =>
  token?.type === AST_TOKEN_TYPES.Line || token?.type === AST_TOKEN_TYPES.Block;

/** The end of `node`, or of the comments after it on its last line when no code follows them there. */
function endWithTrailingComments(node: TSESTree.Node, sourceCode: SourceCode): number {
  let end = node.range[1];
  let line = node.loc.end.line;
  let next = sourceCode.getTokenAfter(node, { includeComments: true });
  while (isComment(next) && next.loc.start.line === line) {
    end = next.range[1];
    line = next.loc.end.line;
    next = sourceCode.getTokenAfter(next, { includeComments: true });
  }
  // Code after the comments on the same line: the new line goes right after the statement.
  return next && next.loc.start.line === line && end !== node.range[1] ? node.range[1] : end;
}

/** The white space a line starts with, up to `offset`; "" when something else precedes `offset` there. */
function indentBefore(offset: number, sourceCode: SourceCode): string {
  const lineStart = Math.max(
    sourceCode.text.lastIndexOf("\n", offset - 1),
    sourceCode.text.lastIndexOf("\r", offset - 1),
  );
  const before = sourceCode.text.slice(lineStart + 1, offset);
  return /^[ \t]*$/u.test(before) ? before : "";
}

/** The edit that adds statement `text` to `module.body` at the place described at the top of this file. */
function insertStatement(sourceCode: SourceCode, module: ModuleBody, text: string): Edit {
  const { body, kind } = module;
  const eol = lineBreakOf(sourceCode);
  const prefix = body.slice(0, inertPrefixLength(body));
  const anchors: Statement[] =
    kind === "module" ? body.filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration) : requireDeclarations(prefix);
  const after = anchors.at(-1) ?? prefix.filter(isDirective).at(-1);
  if (after) {
    const end = endWithTrailingComments(after, sourceCode);
    const indent = indentBefore(after.range[0], sourceCode);
    return (fixer) => fixer.insertTextAfterRange([end, end], `${eol}${indent}${text}`);
  }
  const first = body[0]!; // a body that holds a site has a statement
  const start = startWithAttachedComments(first, sourceCode);
  const indent = indentBefore(start, sourceCode);
  return (fixer) => fixer.insertTextBeforeRange([start, start], `${text}${eol}${indent}`);
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

/** The plan of each module body, per module and name: worked out once, not per site (it scans the file). */
const plans = Cache.weak<TSESTree.Node, Cache<string, ImportPlan>>();

function importPlan(sourceCode: SourceCode, module: ModuleBody, target: ConstantsTarget): ImportPlan {
  const byTarget = plans.get(module.block, () => Cache.bounded<string, ImportPlan>(8));
  return byTarget.get(`${target.module}\u0000${target.name}`, () => makeImportPlan(sourceCode, module, target));
}

function makeImportPlan(
  sourceCode: SourceCode,
  moduleBody: ModuleBody,
  { module, name, sources = [] }: ConstantsTarget,
): ImportPlan {
  const { body, kind } = moduleBody;
  // The module itself first, then the other modules that export the same constants.
  let existing: ExistingBinding | undefined;
  for (const source of [module, ...sources.filter((s) => s !== module)]) {
    existing ??= findExistingBinding(body, source, name);
  }
  if (existing) return { existing };
  const taken = isNameTaken(sourceCode, name);
  const local = taken ? freeAlias(sourceCode, name) : name;
  const specifier = taken ? `${name} as ${local}` : name;
  const extend = extendExisting(body, module, specifier, sourceCode);
  if (extend) return { object: local, addImport: extend, safe: !taken };
  const source = quoteModule(module, quoteOf(body));
  const text =
    kind === "module"
      ? `import { ${specifier} } from ${source};`
      : `const { ${specifier.replace(" as ", ": ")} } = require(${source});`;
  return { object: local, addImport: insertStatement(sourceCode, moduleBody, text), safe: !taken };
}

export interface ConstantsTarget {
  readonly module: string;
  readonly name: string;
  readonly filename: string;
  /** `languageOptions.sourceType` as configured, if known. */
  readonly declaredSourceType: string | undefined;
  /** Other modules whose import of `name` is reused instead of a new import (the built-in runtime modules). */
  readonly sources?: readonly string[];
}

/** The factory of the top-level `define(…, function (require, …) { … })` call that holds `node`, if any. */
function amdFactoryOf(sourceCode: SourceCode, node: TSESTree.Node): Factory | undefined {
  const statement = sourceCode.ast.body.find((s) => s.range[0] <= node.range[0] && node.range[1] <= s.range[1]);
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  const call = statement.expression;
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    call.callee.type !== AST_NODE_TYPES.Identifier ||
    call.callee.name !== "define"
  )
    return undefined;
  const factory = call.arguments.at(-1);
  const isFactory =
    (factory?.type === AST_NODE_TYPES.FunctionExpression || factory?.type === AST_NODE_TYPES.ArrowFunctionExpression) &&
    factory.body.type === AST_NODE_TYPES.BlockStatement &&
    factory.body.range[0] < node.range[0];
  return isFactory ? factory : undefined;
}

const fileKinds = Cache.weak<TSESTree.Program, ModuleKind>();

function fileKindOf(sourceCode: SourceCode, target: ConstantsTarget): ModuleKind {
  const program = sourceCode.ast;
  return fileKinds.get(program, () =>
    moduleKindOf({
      sourceCode,
      filename: target.filename,
      declaredSourceType: target.declaredSourceType,
      requiresAtTopLevel: requireDeclarations(program.body).length > 0,
    }),
  );
}

/** The module body new statements join at `node`; `null` where none can (an AMD factory without `require`). */
function moduleBodyAt(sourceCode: SourceCode, node: TSESTree.Node, target: ConstantsTarget): ModuleBody | null {
  const program = sourceCode.ast;
  const kind = fileKindOf(sourceCode, target);
  if (kind !== "amd") return { block: program, body: program.body, kind };
  const factory = amdFactoryOf(sourceCode, node);
  if (!factory) return null;
  const hasRequire = factory.params.some((p) => p.type === AST_NODE_TYPES.Identifier && p.name === "require");
  const block = factory.body as TSESTree.BlockStatement;
  return hasRequire ? { block: factory, body: block.body, kind: "commonjs" } : null;
}

/**
 * How to name the constants object `name` from `module` at `node`; `undefined` when no edit can be made
 * safely (an existing binding is shadowed there, or an AMD factory has no `require`). The file-wide part is
 * worked out once per file (per AMD factory).
 */
export function constantsAccess(
  sourceCode: SourceCode,
  node: TSESTree.Node,
  target: ConstantsTarget,
): ConstantsAccess | undefined {
  const moduleBody = moduleBodyAt(sourceCode, node, target);
  if (!moduleBody) return undefined;
  const plan = importPlan(sourceCode, moduleBody, target);
  if (!plan.existing) return plan;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), plan.existing.local);
  return variable?.scope.block === moduleBody.block
    ? { object: plan.existing.object, safe: plan.existing.early }
    : undefined;
}
