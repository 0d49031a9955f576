/**
 * What the engine knows about one file, computed once and shared by every rule: the shared settings,
 * whether the file shows a COS signal (a search of its text, then a look at the tokens found there), and
 * so whether any of its sites can be judged at all.
 */
import {
  AST_TOKEN_TYPES,
  type ParserServicesWithTypeInformation,
  type TSESLint,
  type TSESTree,
} from "@typescript-eslint/utils";
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
  /** Whether the file's text names the constants module at all: if not, nothing is imported from it. Computed once. */
  mentionsConstantsModule(): boolean;
  /**
   * Whether `name` can be bound to a code by a renaming destructuring (`const { code: c } = err` binds
   * `c`), judged from the text: the names after a code name and a `:`, or every name when a comment or an
   * escape follows such a `:`. The names are found once per file.
   */
  mayBeRenamedCode(name: string): boolean;
}

/** Strings that name a COS host or a JSON-API slice-upload operation. */
const COS_STRING = /myqcloud\.com|upload_slice_(?:init|data|finish|list)/u;
/**
 * Every built-in signal contains one of these (case aside): one scan of a file's text finds them all, and
 * most files have none.
 */
const COS_WORD = /cos|qcloud|upload_slice_/giu;
/**
 * Whether the `COS_WORD` match at `index` can be in a built-in signal: every name the default
 * `contextPattern` matches, every COS host, op and SDK module has `cos` not followed by a lower-case letter,
 * so that `cost`, `costs` and `cosine` are passed over without looking up their tokens.
 */
function isSpot(text: string, index: number): boolean {
  const first = text.charCodeAt(index);
  if (first !== 0x63 && first !== 0x43) return true; // not c/C: `qcloud` or `upload_slice_`
  const next = text.charCodeAt(index + 3);
  return !(next >= 0x61 && next <= 0x7a); // a-z
}

/** The SDK modules that `COS_WORD` and `isSpot` do not find (custom ones such as `storage-wrapper`), per settings. */
let modulesFor: SharedSettings | undefined;
let modulesFound: readonly string[] = [];

function otherModules(settings: SharedSettings): readonly string[] {
  if (settings !== modulesFor) {
    modulesFor = settings;
    modulesFound = [...settings.sdkModules].filter((module) => !hasSpot(module));
  }
  return modulesFound;
}

function hasSpot(text: string): boolean {
  COS_WORD.lastIndex = 0;
  for (let match = COS_WORD.exec(text); match; match = COS_WORD.exec(text)) if (isSpot(text, match.index)) return true;
  return false;
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
  if (!settings.textPrefilter) {
    const tokens = sourceCode.ast.tokens;
    for (let i = 0; i < tokens.length; i++) if (isSignalToken(tokens, i, settings)) return true;
    return false;
  }
  const text = sourceCode.text;
  const modules = otherModules(settings);
  COS_WORD.lastIndex = 0;
  let match = COS_WORD.exec(text);
  if (match === null && modules.length === 0) return false;
  const tokens = sourceCode.ast.tokens;
  let checked = -1;
  const signalAt = (offset: number): boolean => {
    const index = tokenAt(tokens, offset);
    if (index === -1 || index === checked) return false;
    checked = index;
    return isSignalToken(tokens, index, settings);
  };
  for (; match; match = COS_WORD.exec(text)) if (isSpot(text, match.index) && signalAt(match.index)) return true;
  for (const module of modules) {
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

/**
 * The last four characters of each code name (`code` and `Code` for the default ones), maybe quoted or in
 * `[…]`, before a `:`: two short literals scan faster than the whole list of names, and pass over `node:`
 * and `mode:`, which are frequent in typed code; a match is then checked against the names that end there.
 */
const renamedCodePatterns = new WeakMap<SharedSettings, RegExp>();

function renamedCodePattern(settings: SharedSettings): RegExp {
  return getOrCreate(renamedCodePatterns, settings, () => {
    const tails = new Set(
      [...settings.codeNames].map((name) =>
        [...name]
          .slice(-4)
          .join("")
          .replace(/[$()*+.?[\\\]^{|}]/gu, "\\$&"),
      ),
    );
    return new RegExp(`(${[...tails].join("|")})["'\`\\]]*\\s*:`, "gu");
  });
}

/** Whether a code name ends at `end` in `text`. */
function endsWithCodeName(text: string, end: number, codeNames: ReadonlySet<string>): boolean {
  for (const name of codeNames) if (end >= name.length && text.startsWith(name, end - name.length)) return true;
  return false;
}

/** What may follow a code name and a `:` in a renaming destructuring: a name, or a comment or escape. */
const BOUND_NAME = /\s*(?:([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)|[/\\])/uy;

/**
 * The names bound to a code name by a renaming destructuring (`{ code: c }`, `{ "errorCode": c = 0 }`),
 * as far as the text shows: `"any"` when a comment or an escape follows a code name and its `:`. A name
 * after `code:` in an object literal (`{ code: status }`) is found too; that only costs a closer look.
 */
function renamedCodeNames(text: string, settings: SharedSettings): ReadonlySet<string> | "any" {
  const names = new Set<string>();
  const pattern = renamedCodePattern(settings);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[1]!.length;
    if (!endsWithCodeName(text, end, settings.codeNames)) continue;
    BOUND_NAME.lastIndex = pattern.lastIndex;
    const bound = BOUND_NAME.exec(text);
    if (!bound) continue; // a literal, `{`, `[`: not a name
    if (bound[1] === undefined || text.charCodeAt(BOUND_NAME.lastIndex) === 0x5c) return "any"; // `/* … */`, `\u0063`, `c\u0061`
    names.add(bound[1]);
  }
  return names;
}

/** One file's context; the lazily computed parts are fields, so that a file without COS code costs little. */
class CosFileContext implements FileContext {
  private isCosValue: boolean | undefined;
  private renamedValue: ReadonlySet<string> | "any" | undefined = undefined;
  private mentionsModuleValue: boolean | undefined = undefined;

  constructor(
    readonly settings: SharedSettings,
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    /** The `settings` object ESLint gave the rules (with `sourceCode`, what identifies this context). */
    readonly eslintSettings: unknown,
    readonly active: boolean,
    readonly services: ParserServicesWithTypeInformation | undefined,
    isCos: boolean | undefined,
  ) {
    this.isCosValue = isCos;
  }

  isCos(): boolean {
    return (this.isCosValue ??= hasCosSignal(this.sourceCode, this.settings));
  }

  mentionsConstantsModule(): boolean {
    return (this.mentionsModuleValue ??= this.sourceCode.text.includes(this.settings.constantsModule));
  }

  mayBeRenamedCode(name: string): boolean {
    const names = (this.renamedValue ??= renamedCodeNames(this.sourceCode.text, this.settings));
    return names === "any" || names.has(name);
  }
}

/**
 * The context of the file being linted. ESLint runs every rule's `create` for a file, then its traversal,
 * before the next file, so the last one is all the cache needed: a `WeakMap` keyed by each file's
 * `SourceCode` cost more than the text search itself (bench/README.md). A file met again after another
 * (which ESLint does not do) gets a fresh context: the same answers, computed again.
 */
let last: CosFileContext | undefined;

export function getFileContext(context: Context): FileContext {
  const sourceCode = context.sourceCode;
  const eslintSettings = context.settings;
  if (last !== undefined && last.sourceCode === sourceCode && last.eslintSettings === eslintSettings) return last;
  const settings = getSharedSettings(eslintSettings);
  const isCos = settings.assumeCos ? true : settings.typeAware ? undefined : hasCosSignal(sourceCode, settings);
  const active = settings.typeAware || isCos === true;
  last = new CosFileContext(settings, sourceCode, eslintSettings, active, typeServices(context, settings), isCos);
  return last;
}

/**
 * `compute` with its results cached per file and node, so that the rules linting a file share one
 * analysis of each node (`compute` must depend on nothing else). Like the file context, only the table
 * of the file being linted is kept.
 */
export function perNode<N extends TSESTree.Node, T>(
  compute: (node: N, file: FileContext) => T,
): (node: N, file: FileContext) => T {
  let tableFile: FileContext | undefined;
  let table = new Map<N, T>();
  return (node, file) => {
    if (file !== tableFile) {
      tableFile = file;
      table = new Map<N, T>();
    }
    return getOrCreate(table, node, () => compute(node, file));
  };
}

/**
 * `check` with its last answer kept, for the cheap checks that several rules make in a row: ESLint runs
 * every rule's listeners for a node one after the other, and enters an `if` statement's test right after
 * the `if` itself, so one slot catches the repeats without the cost of a table.
 */
export function lastAnswer<N extends TSESTree.Node, T>(
  check: (node: N, file: FileContext) => T,
): (node: N, file: FileContext) => T {
  let lastNode: N | undefined;
  let lastFile: FileContext | undefined;
  let lastValue: T;
  return (node, file) => {
    if (node !== lastNode || file !== lastFile) {
      // Set after `check`, which may ask about the node's parts (and so fill the slot) first.
      lastValue = check(node, file);
      lastNode = node;
      lastFile = file;
    }
    return lastValue;
  };
}
