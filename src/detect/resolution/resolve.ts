/**
 * Resolution: answers the questions a shape match leaves (what a name is bound to, whether `Number` is
 * the global, whether a callee is a runtime helper) and turns the match into what the rules read. Every
 * function here takes a match, never a raw node, so whatever it accepts has passed the matcher first.
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { Catalog, Vocabulary } from "../../catalog/index.js";
import type { SharedSettings } from "../settings.js";
import {
  matchCodeExpression,
  readsOf,
  type CodeExpressionMatch,
  type Conversion,
  type Reads,
} from "../matchers/code-expression.js";
import type { CodeTestMatch, HelperName } from "../matchers/code-test.js";
import {
  isCandidateCode,
  isStatusCandidate,
  literalCode,
  type OperandMatch,
  type Spelling,
} from "../matchers/operand.js";
import { collectionArray, matchElements, type EqualityOperator, type SiteMatch } from "../matchers/site.js";
import { memberName, skipTypeWrappers } from "../matchers/syntax.js";
import {
  constInitializer,
  destructuredKey,
  enumMemberInitializer,
  isGlobal,
  moduleExport,
  resolveVariable,
} from "./bindings.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What resolution reads: the file's source and the shared settings. */
export interface ResolveContext {
  readonly sourceCode: SourceCode;
  readonly settings: SharedSettings;
  /** The local names bound to the constants sources (`moduleBindingNames`), computed once per file. */
  constantsBindings(): ReadonlySet<string>;
}

export interface CodeExpression {
  /** What reads the code: `err.code`, `code`, `c` (conversions and type wrappers removed). */
  readonly node: TSESTree.Expression;
  /**
   * Equal for two code expressions that read the same code: `err.code`, `err?.code`, `err['code']`, and
   * `err.error.Code` (the XML body's copy of it), all `err.code`.
   */
  readonly key: string;
  /** The key of the object the code is read from (`err` for `err.code`), for helper tests on `err`. */
  readonly objectKey: string | undefined;
  readonly conversion: Conversion;
  /** Whether it reads an error code or an HTTP status. */
  readonly reads: Reads;
}

export interface SpelledCode {
  readonly node: TSESTree.Expression;
  readonly kind: Spelling;
  /** The `const` declarator whose initialiser this is, when reached through a name. */
  readonly declarator?: TSESTree.VariableDeclarator;
  /** The enum member whose initialiser this is, when reached through `Enum.Member`. */
  readonly enumMember?: TSESTree.TSEnumMember;
}

export interface CodeOperand {
  /** The operand as written at the site: a literal, an identifier, a member access, an array element. */
  readonly node: TSESTree.Node;
  /** The code: a number (JSON-API code, HTTP status) or a string (XML-API code, SDK or Node code). */
  readonly value: number | string;
  /** Which vocabulary the code belongs to, given what it is compared with (see `vocabularyOf`). */
  readonly vocabulary: Vocabulary;
  /** Where the code is spelled out; absent when the operand is a named constant of the runtime module. */
  readonly literal?: SpelledCode;
  /**
   * The constant's name when the operand is a runtime constant (`CosErrorCode.SIGNATURE_EXPIRED`,
   * `CosXmlErrorCode.NoSuchKey`).
   */
  readonly constantName?: string;
}

/** An operand before its vocabulary is known; a runtime constant brings its own. */
type RawOperand = Omit<CodeOperand, "vocabulary"> & { readonly constantVocabulary?: Vocabulary };

/**
 * The vocabulary of `value` compared with an expression that reads `reads`:
 * - a status (`err.statusCode`) is compared with HTTP statuses, 100 to 599;
 * - a code (`err.code`) with JSON-API codes (negative numbers and the known positive ones), XML-API
 *   strings, or an HTTP status: `err.code === '404'` (the Node SDK's HEAD 404), `err.code === 404` (a
 *   mistake `sdk-error-shape` reports).
 */
export function vocabularyOf(value: number | string, reads: Reads, catalog: Catalog): Vocabulary | undefined {
  if (reads === "status") return typeof value === "number" && isStatusCandidate(value) ? "status" : undefined;
  if (typeof value === "string") return "xml";
  if (isCandidateCode(value, catalog)) return "json";
  return isStatusCandidate(value) ? "status" : undefined;
}

/** Whether `operand` is an XML-API code, or a known misspelling of one: what only an XML error body holds. */
export function isXmlApiCode(operand: CodeOperand, catalog: Catalog): boolean {
  return (
    operand.vocabulary === "xml" && typeof operand.value === "string" && catalog.byXmlCode(operand.value) !== undefined
  );
}

interface SiteBase {
  /** The code expression's read node (`err.code`), as `code.node`. */
  readonly codeExpression: TSESTree.Expression;
  readonly code: CodeExpression;
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
  readonly node: TSESTree.CallExpression;
}

export type CodeSite = ComparisonSite | SwitchSite | CollectionSite;

/** The key of an object expression: `err`, `this.err`, `res.error` (optional chaining and spacing ignored). */
export function objectKey(node: TSESTree.Node, sourceCode: SourceCode): string {
  const names: string[] = [];
  let current = skipTypeWrappers(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.ChainExpression) current = skipTypeWrappers(current.expression);
    else if (current.type === AST_NODE_TYPES.MemberExpression && memberName(current) !== undefined) {
      names.push(memberName(current)!);
      current = skipTypeWrappers(current.object);
    } else break;
  }
  const base =
    current.type === AST_NODE_TYPES.Identifier ? current.name : sourceCode.getText(current).replace(/\s+/gu, "");
  return [base, ...names.reverse()].join(".");
}

/** Resolves a code expression match; `undefined` when a question's answer is no. */
export function resolveCodeExpression(match: CodeExpressionMatch, file: ResolveContext): CodeExpression | undefined {
  const { sourceCode, settings } = file;
  if (!match.globals.every((callee) => isGlobal(sourceCode, callee))) return undefined;
  const read = match.read;
  let reads: Reads | undefined;
  if (read.kind === "maybe-renamed") {
    // One scope look-up per such comparison: cheaper, in real code, than listing every binding of the file.
    const variable = resolveVariable(sourceCode, read.node);
    const key = variable && destructuredKey(variable);
    reads = key === undefined ? undefined : readsOf(key, settings);
    if (reads === undefined) return undefined;
  } else reads = read.reads;
  const conversion = match.conversion;
  if (read.kind === "property") {
    const object = objectKey(read.node.object, sourceCode);
    // `err.error.Code` is the XML body's copy of `err.code`: the same code, so one dispatch may test both.
    if (read.name === "Code" && object.endsWith(".error")) {
      const error = object.slice(0, -".error".length);
      return { node: read.node, key: `${error}.code`, objectKey: error, conversion, reads };
    }
    return { node: read.node, key: `${object}.${read.name}`, objectKey: object, conversion, reads };
  }
  return { node: read.node, key: read.node.name, objectKey: undefined, conversion, reads };
}

/**
 * A runtime constant by name, if the catalogue has it: `C.NAME`, `codes.C.NAME` (a JSON-API code of
 * `CosErrorCode`) or `X.NoSuchKey` (an XML-API code of `CosXmlErrorCode`).
 */
function runtimeConstant(
  node: TSESTree.Node,
  file: ResolveContext,
): { value: number | string; name: string; vocabulary: Vocabulary } | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(node);
  if (name === undefined) return undefined;
  const { constantsSources, constantsName, xmlConstantsName, catalog } = file.settings;
  // Only a constant's name can be one (`err.code === res.status` is answered here, without the bindings).
  if (catalog.byName(name) === undefined && catalog.byXmlCode(name) === undefined) return undefined;
  const object = moduleExport(file.sourceCode, node.object, constantsSources, file.constantsBindings());
  // The two names may be one object's (a module of the user's with both kinds of constants): a name that
  // is no JSON-API constant is then looked up among the XML-API codes.
  if (object === constantsName) {
    const entry = catalog.byName(name);
    if (entry) return entry.source !== "user" ? { value: entry.code, name, vocabulary: "json" } : undefined;
  }
  if (object === xmlConstantsName) {
    const match = catalog.byXmlCode(name);
    return match && !match.variant ? { value: name, name, vocabulary: "xml" } : undefined;
  }
  return undefined;
}

/** `Enum.Member` of a TypeScript enum whose initialiser spells a code. */
function enumOperand(node: TSESTree.MemberExpression, file: ResolveContext): RawOperand | undefined {
  if (node.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const name = memberName(node);
  const variable = resolveVariable(file.sourceCode, node.object);
  const member = name !== undefined && variable ? enumMemberInitializer(variable, name) : undefined;
  const init = member?.initializer && skipTypeWrappers(member.initializer);
  const spelled = init && literalCode(init);
  if (!spelled) return undefined;
  return {
    node,
    value: spelled.value,
    literal: { node: init as TSESTree.Expression, kind: spelled.spelling, enumMember: member },
  };
}

/**
 * Resolves an operand match to a candidate code compared with an expression that reads `reads`;
 * `undefined` when it is none.
 */
export function resolveOperand(match: OperandMatch, file: ResolveContext, reads: Reads): CodeOperand | undefined {
  let operand: RawOperand | undefined;
  if (match.kind === "literal") {
    operand = { node: match.node, value: match.value, literal: { node: match.literal, kind: match.spelling } };
  } else if (match.kind === "member") {
    const named = runtimeConstant(match.member, file);
    operand = named
      ? { node: match.node, value: named.value, constantName: named.name, constantVocabulary: named.vocabulary }
      : enumOperand(match.member, file);
  } else {
    const variable = resolveVariable(file.sourceCode, match.name);
    const constant = variable && constInitializer(variable);
    if (!constant) return undefined;
    const init = skipTypeWrappers(constant.init);
    const spelled = literalCode(init);
    if (spelled) {
      const literal = { node: init as TSESTree.Expression, kind: spelled.spelling, declarator: constant.declarator };
      operand = { node: match.node, value: spelled.value, literal };
    } else {
      const named = runtimeConstant(init, file); // `const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED`
      operand = named && {
        node: match.node,
        value: named.value,
        constantName: named.name,
        constantVocabulary: named.vocabulary,
      };
    }
  }
  if (!operand) return undefined;
  const { constantVocabulary, ...rest } = operand;
  if (constantVocabulary !== undefined)
    return reads === "code" ? { ...rest, vocabulary: constantVocabulary } : undefined;
  const vocabulary = vocabularyOf(operand.value, reads, file.settings.catalog);
  return vocabulary && { ...rest, vocabulary };
}

function resolveOperands(
  matches: readonly (OperandMatch | undefined)[],
  file: ResolveContext,
  reads: Reads,
): CodeOperand[] {
  const operands: CodeOperand[] = [];
  for (const match of matches) {
    const operand = match && resolveOperand(match, file, reads);
    if (operand) operands.push(operand);
  }
  return operands;
}

/** The element matches of a collection, through a `const` when the collection is a name. */
function collectionElements(
  match: Extract<SiteMatch, { kind: "collection" }>,
  file: ResolveContext,
): readonly (OperandMatch | undefined)[] | undefined {
  const collection = match.collection;
  if (collection.kind === "elements") return collection.elements;
  const variable = resolveVariable(file.sourceCode, collection.name);
  const constant = variable && constInitializer(variable);
  const array = constant && collectionArray(constant.init, match.method);
  return array && matchElements(array, file.settings.catalog);
}

/** Resolves a site match: the code expression, and at least one candidate code. */
export function resolveSite(match: SiteMatch, file: ResolveContext): CodeSite | undefined {
  switch (match.kind) {
    case "comparison": {
      const { left, right } = match;
      const leftCode = left.code && resolveCodeExpression(left.code, file);
      const rightCode = right.code && resolveCodeExpression(right.code, file);
      if (!leftCode === !rightCode) return undefined; // neither side, or both sides, hold a code
      const code = (leftCode ?? rightCode)!;
      const other = leftCode ? right : left;
      const operand = other.operand && resolveOperand(other.operand, file, code.reads);
      if (!operand) return undefined;
      return {
        kind: "comparison",
        node: match.node,
        operator: match.operator,
        codeExpression: code.node,
        code,
        operands: [operand],
      };
    }
    case "switch": {
      const code = resolveCodeExpression(match.code, file);
      const operands = code ? resolveOperands(match.cases, file, code.reads) : [];
      return code && operands.length > 0
        ? { kind: "switch", node: match.node, codeExpression: code.node, code, operands }
        : undefined;
    }
    case "collection": {
      const code = resolveCodeExpression(match.code, file);
      const elements = code && collectionElements(match, file);
      const operands = elements ? resolveOperands(elements, file, code.reads) : [];
      return code && operands.length > 0
        ? { kind: "collection", node: match.node, codeExpression: code.node, code, operands }
        : undefined;
    }
  }
}

/** What a code test selects. */
export interface CodeTest {
  /** The code expression tested; for a helper called with the error object (`isRetryableCosError(err)`), `err`. */
  readonly codeExpression: TSESTree.Expression;
  /** The code's key; `undefined` when only the object is known (a helper called with the error object). */
  readonly key: string | undefined;
  /** The key of the object the code is read from (`err`), when there is one. */
  readonly objectKey: string | undefined;
  /** Codes the test matches explicitly. */
  readonly operands: readonly CodeOperand[];
  /** Categories the test covers as a whole through the runtime helpers. */
  readonly categories: ReadonlySet<string>;
}

/** Which code a test or chain reads: its key, or only its object's key (a helper called with `err`). */
export type CodeIdentity = Pick<CodeTest, "key" | "objectKey">;

/** Whether two tests read the same code: the same key, or a helper on the object the other reads from. */
export function sameCode(a: CodeIdentity, b: CodeIdentity): boolean {
  if (a.key !== undefined && b.key !== undefined) return a.key === b.key;
  return a.objectKey !== undefined && a.objectKey === b.objectKey;
}

/** The identity of `a` refined by `b` when `b` reads the same code: a helper's object key gains the code's key. */
export function refineIdentity(a: CodeIdentity, b: CodeIdentity): CodeIdentity {
  return a.key !== undefined ? a : { key: b.key, objectKey: a.objectKey ?? b.objectKey };
}

function helperName(callee: TSESTree.Node, file: ResolveContext): HelperName | undefined {
  const name = moduleExport(file.sourceCode, callee, file.settings.constantsSources, file.constantsBindings());
  return name === "isRetryableCosError" || name === "cosErrorCategory" ? name : undefined;
}

/** The categories (of every vocabulary: the helper judges them all) that are, or are not, `backoff`. */
function categoriesByRetry(file: ResolveContext, retryable: boolean): Set<string> {
  return new Set(
    file.settings.catalog.allCategories.filter((c) => (c.retry === "backoff") === retryable).map((c) => c.id),
  );
}

/** The highest HTTP status; every status from 500 up stands for one class (below). */
const MAX_STATUS = 599;

/**
 * What a status range from `from` up selects, as operands at its bound: for each category, the lowest status
 * of the range in it (`x >= 400`: 400 `request`, 403 `auth`, 404 `not-found`, …, 500 `internal`). The 5xx
 * part counts as 500's class, `internal` (backoff), 501 included: the SDKs retry every 5xx themselves, and a
 * guard `x >= 500` selects errors a retry can fix (501 compared alone is still `request`).
 */
function statusRangeOperands(bound: TSESTree.Literal, from: number, catalog: Catalog): CodeOperand[] {
  const operands: CodeOperand[] = [];
  const seen = new Set<string>();
  for (let status = Math.max(from, 100); status <= MAX_STATUS; status++) {
    // The 5xx part is shown by a status of that class: 500, or the bound itself above it (never 501).
    const value = status < 500 ? status : from <= 500 ? 500 : from === 501 ? 502 : from;
    const category = catalog.classify(status >= 500 ? 500 : status, "status")?.category;
    if (category !== undefined && !seen.has(category)) {
      seen.add(category);
      operands.push({ node: bound, value, vocabulary: "status" });
    }
    if (status >= 500) break;
  }
  return operands;
}

/**
 * What a helper's argument reads: a code expression (`err.code`, `code`), or the error object whose code
 * it reads (`isRetryableCosError(err)`, `cosErrorCategory(err)`: both take an SDK error object of any shape).
 */
function helperArgument(
  argument: TSESTree.Expression,
  file: ResolveContext,
): Pick<CodeTest, "codeExpression" | "key" | "objectKey"> | undefined {
  const match = matchCodeExpression(argument, file.settings);
  const code = match && resolveCodeExpression(match, file);
  if (code) return { codeExpression: code.node, key: code.key, objectKey: code.objectKey };
  const inner = skipTypeWrappers(argument);
  const isObject =
    inner.type === AST_NODE_TYPES.Identifier ||
    inner.type === AST_NODE_TYPES.MemberExpression ||
    inner.type === AST_NODE_TYPES.ChainExpression;
  return isObject
    ? { codeExpression: argument, key: undefined, objectKey: objectKey(inner, file.sourceCode) }
    : undefined;
}

/**
 * Resolves a code test match; `site` resolves a site match (the file's memoised resolution, shared with
 * the site listeners). Chains are resolved part by part, so a long `||` costs no stack.
 */
export function resolveCodeTest(
  match: CodeTestMatch,
  file: ResolveContext,
  site: (match: SiteMatch) => CodeSite | undefined,
): CodeTest | undefined {
  switch (match.kind) {
    case "site": {
      const found = site(match.site);
      if (!found) return undefined;
      const { code, operands } = found;
      return { codeExpression: code.node, key: code.key, objectKey: code.objectKey, operands, categories: new Set() };
    }
    case "retryable-helper": {
      if (helperName(match.callee, file) !== "isRetryableCosError") return undefined;
      const argument = helperArgument(match.argument, file);
      return argument && { ...argument, operands: [], categories: categoriesByRetry(file, !match.negated) };
    }
    case "status-range": {
      const code = resolveCodeExpression(match.code, file);
      if (code?.reads !== "status") return undefined;
      const operands = statusRangeOperands(match.bound, match.from, file.settings.catalog);
      return { codeExpression: code.node, key: code.key, objectKey: code.objectKey, operands, categories: new Set() };
    }
    case "category-helper": {
      if (helperName(match.callee, file) !== "cosErrorCategory" || !file.settings.catalog.category(match.category)) {
        return undefined;
      }
      const argument = helperArgument(match.argument, file);
      return argument && { ...argument, operands: [], categories: new Set([match.category]) };
    }
    case "logical": {
      let combined: CodeTest | undefined;
      for (const part of match.parts) {
        const test = part && resolveCodeTest(part, file, site);
        if (!test) {
          if (match.operator === "||") return undefined;
          continue;
        }
        if (!combined) {
          combined = test;
          continue;
        }
        if (!sameCode(combined, test)) return undefined;
        const identity = refineIdentity(combined, test);
        combined = {
          codeExpression:
            combined.key === undefined && test.key !== undefined ? test.codeExpression : combined.codeExpression,
          key: identity.key,
          objectKey: identity.objectKey,
          operands: [...combined.operands, ...test.operands],
          categories: new Set([...combined.categories, ...test.categories]),
        };
      }
      return combined;
    }
  }
}
