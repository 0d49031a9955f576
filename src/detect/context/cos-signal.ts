/**
 * COS context: whether a file shows a COS signal, and which one (for `DEBUG=eslint-plugin-cos-errors`).
 * The signals (docs/settings.md, "COS context"):
 * - an identifier, property or JSX name matching `contextPattern` (`cos`, `cosClient`, `COS`, `qcloud`),
 *   except the `cos` of `Math.cos`, `Math["cos"]`, a binding taken from `Math` (`const { cos } = Math`) and
 *   a binding imported from a module that is not a COS module (`import { cos } from "mathjs"`);
 * - a string (or a template without expressions) naming an SDK module, exactly or as a subpath;
 * - a module specifier of an import, export or require that is a local wrapper: its last path segment is
 *   `cos`, or starts with `cos-`, `cos_` or `cosClient` (`"../utils/cos"`, `"./cos-client"`);
 * - a string, template or JSX text containing a COS host (`myqcloud.com`, `tencentcos.cn`), an `x-cos-`
 *   header name, or a JSON-API slice-upload operation (`upload_slice_init`, …).
 * With the default `contextPattern`, every signal contains `cos`, `qcloud` or `upload_slice_` (any case)
 * or an SDK module's name, so only the tokens at those places of the text are looked at.
 */
import { AST_NODE_TYPES, AST_TOKEN_TYPES, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { SharedSettings } from "../settings.js";
import { Cache } from "../cache.js";
import { isGlobal, resolveVariable } from "../resolution/bindings.js";
import { requiredModule, skipTypeWrappers } from "../matchers/syntax.js";

const { DefinitionType } = TSESLint.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** What put a file in COS context: the kind of signal, its text and line. */
export interface CosSignal {
  readonly kind: "name" | "sdk-module" | "wrapper-module" | "cos-string";
  readonly text: string;
  readonly line: number;
}

/** Strings that name a COS host, a COS header or a JSON-API slice-upload operation. */
const COS_STRING = /myqcloud\.com|tencentcos\.cn|x-cos-|upload_slice_(?:init|data|finish|list)/iu;
/** Every built-in signal contains one of these (case aside); most files have none. */
const COS_WORD = /cos|qcloud|upload_slice_/giu;
/** The last segment of a local wrapper module: `cos`, `cos-…`, `cos_…`, `cosClient…`. */
const WRAPPER_SEGMENT = /^(?:cos(?:[-_.].*)?|cosClient.*)$/u;

/**
 * Whether the `COS_WORD` match at `index` can be in a built-in signal: every such signal has `cos` not
 * followed by a lower-case letter, so `cost`, `costs` and `cosine` are passed over without a token look-up.
 */
function isSpot(text: string, index: number): boolean {
  const first = text.charCodeAt(index);
  if (first !== 0x63 && first !== 0x43) return true; // not c/C: `qcloud` or `upload_slice_`
  const next = text.charCodeAt(index + 3);
  return !(next >= 0x61 && next <= 0x7a); // a-z
}

function hasSpot(text: string): boolean {
  COS_WORD.lastIndex = 0;
  for (let match = COS_WORD.exec(text); match; match = COS_WORD.exec(text)) if (isSpot(text, match.index)) return true;
  return false;
}

/** The SDK modules that `COS_WORD` and `isSpot` do not find (custom ones such as `storage-wrapper`), per settings. */
const otherModules = Cache.weak<SharedSettings, readonly string[]>();

function isSdkModule(value: string, modules: ReadonlySet<string>): boolean {
  if (modules.has(value)) return true;
  const slash = value.startsWith("@") ? value.indexOf("/", value.indexOf("/") + 1) : value.indexOf("/");
  return slash > 0 && modules.has(value.slice(0, slash));
}

/** A local module path whose last segment names a COS wrapper: `"../utils/cos"`, `"./cos-client.js"`. */
function isWrapperModule(value: string): boolean {
  if (!value.startsWith(".") && !value.startsWith("/")) return false;
  const segment = value.slice(value.lastIndexOf("/") + 1);
  return WRAPPER_SEGMENT.test(segment);
}

/** Whether a module is a COS module: an SDK module (or subpath) or a local wrapper. */
function isCosModule(value: string, settings: SharedSettings): boolean {
  return isSdkModule(value, settings.sdkModules) || isWrapperModule(value);
}

/** The text of a string token, or of a template token without expressions; `undefined` otherwise. */
function stringValue(token: TSESTree.Token): string | undefined {
  if (token.type === AST_TOKEN_TYPES.String) return token.value.slice(1, -1);
  if (token.type === AST_TOKEN_TYPES.Template && token.value.startsWith("`") && token.value.endsWith("`")) {
    return token.value.slice(1, -1);
  }
  return undefined;
}

/** Whether the string token at `index` is a module specifier: `from "x"`, `require("x")`, `import("x")`. */
function isModuleSpecifier(tokens: readonly TSESTree.Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (before?.value === "from" || before?.value === "import") return true; // `import "x"`
  return before?.value === "(" && (tokens[index - 2]?.value === "require" || tokens[index - 2]?.value === "import");
}

/** `Math`, or a member of it (`Math.cos`), as written: where a trigonometric `cos` comes from. */
function isMath(node: TSESTree.Node | null | undefined, sourceCode: SourceCode): boolean {
  let current = node && skipTypeWrappers(node);
  if (current?.type === AST_NODE_TYPES.MemberExpression) current = skipTypeWrappers(current.object);
  return current?.type === AST_NODE_TYPES.Identifier && current.name === "Math" && isGlobal(sourceCode, current);
}

/**
 * Whether the name `cos` (or another match) at `token` is trigonometry or another library's: the property
 * of `Math` (`Math.cos`, `Math?.cos`), or a binding imported from a module that is not a COS module or
 * taken from `Math` (`const { cos } = Math`, `const cos = Math.cos`), or a use of such a binding.
 */
function isForeignName(
  token: TSESTree.Token,
  tokens: readonly TSESTree.Token[],
  index: number,
  file: SignalFile,
): boolean {
  const dot = tokens[index - 1];
  if ((dot?.value === "." || dot?.value === "?.") && tokens[index - 2]?.value === "Math") return true;
  if (dot?.value === "." || dot?.value === "?.") return false; // a property of something else: `this.cos`
  const node = file.sourceCode.getNodeByRangeIndex(token.range[0]);
  if (node?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = resolveVariable(file.sourceCode, node);
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === DefinitionType.ImportBinding) {
    const source = def.parent.type === AST_NODE_TYPES.ImportDeclaration ? def.parent.source.value : undefined;
    return source !== undefined && !isCosModule(source, file.settings);
  }
  if (def.type !== DefinitionType.Variable) return false;
  const init = def.node.init;
  const module = requiredModule(init && skipTypeWrappers(init));
  if (module !== undefined) return !isCosModule(module, file.settings);
  return isMath(init, file.sourceCode);
}

interface SignalFile {
  readonly sourceCode: SourceCode;
  readonly settings: SharedSettings;
}

/** The signal at the token at `index`, if it is one. */
function signalAt(tokens: readonly TSESTree.Token[], index: number, file: SignalFile): CosSignal | undefined {
  const token = tokens[index]!;
  const { settings } = file;
  const found = (kind: CosSignal["kind"], text = token.value): CosSignal => ({
    kind,
    text,
    line: token.loc.start.line,
  });
  switch (token.type) {
    case AST_TOKEN_TYPES.Identifier:
    case AST_TOKEN_TYPES.PrivateIdentifier:
    case AST_TOKEN_TYPES.JSXIdentifier: // <CosUploader />, cos={…}
      return settings.contextPattern.test(token.value) && !isForeignName(token, tokens, index, file)
        ? found("name")
        : undefined;
    case AST_TOKEN_TYPES.String:
    case AST_TOKEN_TYPES.Template:
    case AST_TOKEN_TYPES.JSXText: {
      // A JSX attribute string is a JSXText token: <img src="https://….myqcloud.com/…" />
      const value = stringValue(token);
      if (value !== undefined && isSdkModule(value, settings.sdkModules)) return found("sdk-module", value);
      if (value !== undefined && isModuleSpecifier(tokens, index) && isWrapperModule(value)) {
        return found("wrapper-module", value);
      }
      return COS_STRING.test(token.value) ? found("cos-string") : undefined;
    }
    default:
      return undefined;
  }
}

/** The index of the token that contains text offset `offset`, or -1 (white space, comments). */
function tokenAt(tokens: readonly TSESTree.Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const [start, end] = tokens[middle]!.range;
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * The module specifier (of an import, export, require or dynamic import) whose string or template token
 * holds text offset `offset`; `undefined` when the token there is none.
 */
export function moduleSpecifierAt(tokens: readonly TSESTree.Token[], offset: number): string | undefined {
  const index = tokenAt(tokens, offset);
  const token = index === -1 ? undefined : tokens[index]!;
  const value = token && stringValue(token);
  return value !== undefined && isModuleSpecifier(tokens, index) ? value : undefined;
}

/**
 * The first COS signal of the file, or `undefined`. With the default `contextPattern` only the tokens at
 * the places where the text says `cos`, `qcloud`, `upload_slice_` or a custom SDK module's name are
 * looked at (none, in most files); a custom pattern makes it one pass over every token.
 */
export function findCosSignal(sourceCode: SourceCode, settings: SharedSettings): CosSignal | undefined {
  const file: SignalFile = { sourceCode, settings };
  const tokens = sourceCode.ast.tokens;
  if (!settings.textPrefilter) {
    for (let i = 0; i < tokens.length; i++) {
      const signal = signalAt(tokens, i, file);
      if (signal) return signal;
    }
    return undefined;
  }
  const text = sourceCode.text;
  const modules = otherModules.get(settings, () => [...settings.sdkModules].filter((module) => !hasSpot(module)));
  COS_WORD.lastIndex = 0;
  let match = COS_WORD.exec(text);
  if (match === null && modules.length === 0) return undefined;
  let checked = -1;
  const signalAtOffset = (offset: number): CosSignal | undefined => {
    const index = tokenAt(tokens, offset);
    if (index === -1 || index === checked) return undefined;
    checked = index;
    return signalAt(tokens, index, file);
  };
  for (; match; match = COS_WORD.exec(text)) {
    const signal = isSpot(text, match.index) ? signalAtOffset(match.index) : undefined;
    if (signal) return signal;
  }
  for (const module of modules) {
    for (let at = text.indexOf(module); at !== -1; at = text.indexOf(module, at + 1)) {
      const signal = signalAtOffset(at);
      if (signal) return signal;
    }
  }
  return undefined;
}

/**
 * Other object-storage clients, several S3-compatible, whose errors carry the same strings as COS's
 * (`NoSuchKey`, `AccessDenied`): a file that uses one is judged only when it also shows a COS signal.
 */
export const OTHER_STORAGE_CLIENTS: readonly string[] = [
  "@aws-sdk/client-s3",
  "@aws-sdk/lib-storage",
  "@aws-sdk/s3-request-presigner",
  "aws-sdk",
  "ali-oss",
  "minio",
  "@google-cloud/storage",
  "@azure/storage-blob",
  "qiniu",
  "@supabase/storage-js",
];

/**
 * Where the text may name one: an opening quote or backtick followed by a client's name, as one pattern
 * without flags. A specifier that names a client starts with it (`isOtherClient`), and anchoring on the
 * quote, rarer than the names' first letters, lets the regular expression engine skip most of the text.
 */
const OTHER_CLIENT_TEXT = new RegExp(
  `["'\`](?:${OTHER_STORAGE_CLIENTS.map((m) => m.replace(/[./]/gu, "\\$&")).join("|")})`,
  "g",
);

/** `aws-sdk/clients/s3` for `aws-sdk`: the module itself or a subpath of it. */
function isOtherClient(value: string): boolean {
  return OTHER_STORAGE_CLIENTS.some((m) => value === m || value.startsWith(`${m}/`));
}

/**
 * The first module specifier (import, export, require, dynamic import) naming another object-storage
 * client (`OTHER_STORAGE_CLIENTS`), or `undefined`. Only the places where the text names one are looked at.
 */
export function findOtherStorageClient(sourceCode: SourceCode): string | undefined {
  const text = sourceCode.text;
  OTHER_CLIENT_TEXT.lastIndex = 0;
  for (let match = OTHER_CLIENT_TEXT.exec(text); match; match = OTHER_CLIENT_TEXT.exec(text)) {
    const value = moduleSpecifierAt(sourceCode.ast.tokens, match.index);
    if (value !== undefined && isOtherClient(value)) return value;
  }
  return undefined;
}
