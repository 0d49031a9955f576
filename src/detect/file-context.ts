/**
 * What the engine knows about one file, computed once and shared by every rule: the shared settings,
 * whether the file shows a COS signal (a search of its text, then a look at the tokens found there), and
 * so whether any of its sites can be judged at all.
 */
import { AST_TOKEN_TYPES, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { getOrCreate } from "../util/get-or-create.js";
import { getSharedSettings, type SharedSettings } from "./settings.js";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface FileContext {
  readonly settings: SharedSettings;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /**
   * False when no site of the file can be judged, so rules register no listeners: without `typeAware`,
   * a file with no COS signal (and no `assumeCos`).
   */
  readonly active: boolean;
  /** Type information, present exactly when the `typeAware` setting is on. */
  readonly services: ParserServicesWithTypeInformation | undefined;
  /** Whether the file shows a COS signal (import, name, string) or `assumeCos` is set; computed once. */
  isCos(): boolean;
  /** Whether the file's text names the constants module at all: if not, nothing is imported from it. */
  readonly mentionsConstantsModule: boolean;
  /**
   * Whether the text has a code name before a `:` (`{ code: c } = err`), so that a name other than a
   * code name can be bound to a code: if not, only identifiers named like `code` can hold one. Computed once.
   */
  mayRenameCode(): boolean;
}

/** Strings that name a COS host or a JSON-API slice-upload operation. */
const COS_STRING = /myqcloud\.com|upload_slice_(?:init|data|finish|list)/u;
/** Every built-in signal contains one of these (case aside): the fast first scan of a file's text. */
const COS_WORD = /cos|qcloud|upload_slice_/iu;
/**
 * Where in the text a built-in signal can be: `COS_WORD`, but `cos` not followed by a lower-case letter
 * (every name the default `contextPattern` matches, every COS host, op and SDK module), so that `cost`,
 * `costs` and `cosine` are passed over without looking up their tokens.
 */
const COS_SPOT = /[cC][oO][sS](?![a-z])|[qQ][cC][lL][oO][uU][dD]|upload_slice_/gu;
const COS_SPOT_TEST = new RegExp(COS_SPOT.source, "u");

/** The SDK modules whose names `COS_SPOT` does not find (custom ones such as `storage-wrapper`), per settings. */
const modulesToSearch = new WeakMap<SharedSettings, readonly string[]>();

function otherModules(settings: SharedSettings): readonly string[] {
  return getOrCreate(modulesToSearch, settings, () => [...settings.sdkModules].filter((module) => !COS_SPOT_TEST.test(module)));
}

function isSdkModule(value: string, modules: ReadonlySet<string>): boolean {
  if (modules.has(value)) return true;
  const slash = value.startsWith("@") ? value.indexOf("/", value.indexOf("/") + 1) : value.indexOf("/");
  return slash > 0 && modules.has(value.slice(0, slash));
}

/** `Math.cos` and `Math?.cos` are trigonometry, not COS. */
function isMathCos(tokens: readonly TSESTree.Token[], index: number): boolean {
  const dot = tokens[index - 1];
  const object = tokens[index - 2];
  return (dot?.value === "." || dot?.value === "?.") && object?.value === "Math";
}

/** Whether the token at `index` is a COS signal: a matching name, a COS host or op string, an SDK module. */
function isSignalToken(tokens: readonly TSESTree.Token[], index: number, settings: SharedSettings): boolean {
  const token = tokens[index]!;
  switch (token.type) {
    case AST_TOKEN_TYPES.Identifier:
    case AST_TOKEN_TYPES.PrivateIdentifier:
    case AST_TOKEN_TYPES.JSXIdentifier: // <CosUploader />, cos={…}
      return settings.contextPattern.test(token.value) && !isMathCos(tokens, index);
    case AST_TOKEN_TYPES.String: {
      const value = token.value.slice(1, -1);
      return COS_STRING.test(value) || isSdkModule(value, settings.sdkModules);
    }
    case AST_TOKEN_TYPES.Template:
    case AST_TOKEN_TYPES.JSXText: // also JSX attribute strings: <img src="https://….myqcloud.com/…" />
      return COS_STRING.test(token.value);
    default:
      return false;
  }
}

/** The index of the token that contains text offset `offset`, or -1 (whitespace, comments). */
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
 * Whether the file shows a COS signal. With the default `contextPattern`, every signal contains `cos`,
 * `qcloud`, `upload_slice_` or an SDK module's name, so only the tokens at those places in the text are
 * looked at (none, in most files); a custom pattern makes it one pass over all tokens.
 */
function hasCosSignal(sourceCode: Readonly<TSESLint.SourceCode>, settings: SharedSettings): boolean {
  const tokens = sourceCode.ast.tokens;
  if (!settings.textPrefilter) {
    for (let i = 0; i < tokens.length; i++) if (isSignalToken(tokens, i, settings)) return true;
    return false;
  }
  const text = sourceCode.text;
  let checked = -1;
  const signalAt = (offset: number): boolean => {
    const index = tokenAt(tokens, offset);
    if (index === -1 || index === checked) return false;
    checked = index;
    return isSignalToken(tokens, index, settings);
  };
  // `COS_WORD` first: it is the faster scan, and most files have no match at all. Then the spots from there.
  const first = text.search(COS_WORD);
  if (first !== -1) {
    COS_SPOT.lastIndex = first;
    for (let match = COS_SPOT.exec(text); match; match = COS_SPOT.exec(text)) if (signalAt(match.index)) return true;
  }
  for (const module of otherModules(settings)) {
    for (let at = text.indexOf(module); at !== -1; at = text.indexOf(module, at + 1)) if (signalAt(at)) return true;
  }
  return false;
}

function typeServices(context: Context, settings: SharedSettings): ParserServicesWithTypeInformation | undefined {
  if (!settings.typeAware) return undefined;
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) {
    throw new Error(
      `eslint-plugin-cos-errors: settings['cos-errors'].typeAware is true, but ${context.filename} has no type information. ` +
        "Lint it with typescript-eslint's parser and parserOptions.projectService (or project), " +
        "or set typeAware only in a config block whose files have type information.",
    );
  }
  return services as ParserServicesWithTypeInformation;
}

/** A code name, maybe quoted or in `[…]`, before a `:`: the text every renaming destructuring has. */
const renamedCodePatterns = new WeakMap<SharedSettings, RegExp>();

function renamedCodePattern(settings: SharedSettings): RegExp {
  return getOrCreate(renamedCodePatterns, settings, () => {
    const names = [...settings.codeNames].map((name) => name.replace(/[$()*+.?[\\\]^{|}]/gu, "\\$&"));
    return new RegExp(`(?:${names.join("|")})["'\`\\]]*\\s*:`, "u");
  });
}

const cache = new WeakMap<object, FileContext>();

export function getFileContext(context: Context): FileContext {
  const sourceCode = context.sourceCode;
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const settings = getSharedSettings(context.settings);
  let isCos: boolean | undefined = settings.assumeCos ? true : undefined;
  const active = settings.typeAware || (isCos ??= hasCosSignal(sourceCode, settings));
  let mayRename: boolean | undefined;
  const file: FileContext = {
    settings,
    sourceCode,
    active,
    services: typeServices(context, settings),
    isCos: () => (isCos ??= hasCosSignal(sourceCode, settings)),
    mentionsConstantsModule: active && sourceCode.text.includes(settings.constantsModule),
    mayRenameCode: () => (mayRename ??= renamedCodePattern(settings).test(sourceCode.text)),
  };
  cache.set(sourceCode, file);
  return file;
}

/**
 * `compute` with its results cached per file and node, so that the rules linting a file share one
 * analysis of each node (`compute` must depend on nothing else).
 */
export function perNode<N extends TSESTree.Node, T>(compute: (node: N, file: FileContext) => T): (node: N, file: FileContext) => T {
  const tables = new WeakMap<FileContext, Map<N, T>>();
  return (node, file) => getOrCreate(getOrCreate(tables, file, () => new Map<N, T>()), node, () => compute(node, file));
}
