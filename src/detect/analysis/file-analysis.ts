/**
 * One analysis per file, shared by every rule (the pattern of eslint-plugin-regexp's
 * `defineRegexpVisitor`): the first rule that runs on a file creates the file's analysis and returns its
 * listeners; the rules after it subscribe to it and return none. The analysis finds each code site and
 * dispatch once, resolves it once, and hands it to every subscriber. The file's state is kept in a one-entry
 * cache keyed by its `Program` node and dropped at `Program:exit`, so nothing outlives the file.
 */
import createDebug from "debug";
import {
  AST_NODE_TYPES,
  type ParserServicesWithTypeInformation,
  type TSESLint,
  type TSESTree,
} from "@typescript-eslint/utils";
import { Cache, perNode } from "../cache.js";
import { findCosSignal, findOtherStorageClient, type CosSignal } from "../context/cos-signal.js";
import { errorOrigin, type ErrorOrigin } from "../context/error-origin.js";
import { importedSdks, type CosSdk } from "../context/sdk.js";
import { typeJudgement } from "../context/type-judgement.js";
import { chainParts, matchCodeTest } from "../matchers/code-test.js";
import { matchSite } from "../matchers/site.js";
import { resolveCodeTest, resolveSite, type CodeSite, type CodeTest } from "../resolution/resolve.js";
import { getSharedSettings, type SharedSettings } from "../settings.js";
import { moduleBindingNames, resolveVariable } from "../resolution/bindings.js";
import { buildDispatch, type Dispatch } from "./dispatch.js";
import {
  analyseRetries,
  callsBefore,
  callTest,
  retryAnchor,
  retryTest,
  SubtreeSearch,
  type RetryAnalysis,
} from "./retry.js";

/** The rule context, as every part of the engine takes it. */
export type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** What a rule wants to hear about. */
export interface Subscriber {
  /** A judged code site (COS context, or typed as a COS code). */
  readonly onSite?: (site: CodeSite, file: FileAnalysis) => void;
  /** A judged dispatch. */
  readonly onDispatch?: (dispatch: Dispatch, file: FileAnalysis) => void;
  /** The end of the file (`Program:exit`), before the analysis is dropped. */
  readonly onExit?: (file: FileAnalysis) => void;
}

const debug = createDebug("eslint-plugin-cos-errors");

function typeServices(context: Context, settings: SharedSettings): ParserServicesWithTypeInformation | undefined {
  if (!settings.typeAware) return undefined;
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) {
    throw new Error(
      `eslint-plugin-cos-errors: settings['cos-errors'].typeAware is true, but ${context.filename} ` +
        "has no type information. " +
        "Lint it with typescript-eslint's parser and parserOptions.projectService (or project), " +
        "or set typeAware only in a config block whose files have type information.",
    );
  }
  return services as ParserServicesWithTypeInformation;
}

/** What decided a file's COS context, as `DEBUG=eslint-plugin-cos-errors` prints it. */
function describeDecision(settings: SharedSettings, signal: CosSignal | undefined, other: string | undefined): string {
  if (signal) return `COS code: ${signal.kind} ${JSON.stringify(signal.text)} on line ${signal.line}`;
  if (other !== undefined) return `not COS code: it uses ${JSON.stringify(other)} and shows no COS signal`;
  if (settings.assumeCos) return "COS code (assumeCos)";
  return settings.typeAware ? "no signal (sites typed as CosErrorCodeValue are still judged)" : "no signal";
}

/** What decides whether a file is looked at: made once per file, before anything else, and cheap. */
interface FileDecision {
  readonly settings: SharedSettings;
  readonly services: ParserServicesWithTypeInformation | undefined;
  readonly isCos: boolean;
  readonly active: boolean;
}

/**
 * A file's decision, its analysis (made when first asked for: most files need none), and whether a rule
 * has returned listeners for it.
 */
interface FileState extends FileDecision {
  analysis: FileAnalysis | undefined;
  listening: boolean;
}

function decide(context: Context): FileState {
  const sourceCode = context.sourceCode;
  const settings = getSharedSettings(context.settings);
  const services = typeServices(context, settings);
  // A file that uses another storage client (same strings: `NoSuchKey`) needs a COS signal, assumeCos or not.
  // Without assumeCos it needs one anyway: the search is made only for assumeCos (and for the debug line).
  const other = settings.assumeCos || debug.enabled ? findOtherStorageClient(sourceCode) : undefined;
  const assumed = settings.assumeCos && other === undefined;
  const signal = assumed ? undefined : findCosSignal(sourceCode, settings);
  const isCos = assumed || signal !== undefined;
  if (debug.enabled) debug("%s: %s", context.filename, describeDecision(settings, signal, other));
  return { settings, services, isCos, active: isCos || settings.typeAware, analysis: undefined, listening: false };
}

export class FileAnalysis {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: SharedSettings;
  /** Type information, present exactly when the `typeAware` setting is on. */
  readonly services: ParserServicesWithTypeInformation | undefined;
  /** Whether the file shows a COS signal or `assumeCos` is set. */
  readonly isCos: boolean;
  /** Whether any site of the file can be judged: COS context, or type information that may bring it. */
  readonly active: boolean;
  readonly subscribers: Subscriber[] = [];

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, decision: FileDecision) {
    this.sourceCode = sourceCode;
    this.settings = decision.settings;
    this.services = decision.services;
    this.isCos = decision.isCos;
    this.active = decision.active;
  }

  readonly #sites = Cache.forFile<TSESTree.Node, CodeSite | undefined>();
  readonly #tests = Cache.forFile<TSESTree.Node, CodeTest | undefined>();
  #constantsBindings: ReadonlySet<string> | undefined;
  #sdks: readonly CosSdk[] | undefined;
  readonly #origins = Cache.forFile<TSESLint.Scope.Variable, ErrorOrigin | undefined>();

  /** The local names the file binds to the constants sources, found once (see `moduleBindingNames`). */
  constantsBindings(): ReadonlySet<string> {
    return (this.#constantsBindings ??= moduleBindingNames(this.sourceCode, this.settings.constantsSources));
  }

  /** The COS SDKs whose modules the file imports (see `importedSdks`), found once. */
  sdks(): readonly CosSdk[] {
    return (this.#sdks ??= importedSdks(this.sourceCode));
  }

  /** The one COS SDK the file imports; `undefined` when it imports none, or several. */
  sdk(): CosSdk | undefined {
    const sdks = this.sdks();
    return sdks.length === 1 ? sdks[0] : undefined;
  }

  /** The call whose error the variable `name` refers to holds (see `errorOrigin`), found once per variable. */
  errorOrigin(name: TSESTree.Identifier): ErrorOrigin | undefined {
    const variable = resolveVariable(this.sourceCode, name);
    return variable && this.#origins.get(variable, () => errorOrigin(variable, this.sourceCode));
  }

  /**
   * The code site at `node`, judged or not. The match (syntax only) comes first and is made again when
   * asked again; only matches are resolved and memoised (a comparison may also be a dispatch's test), so
   * the nodes that cannot be sites, nearly all of them, cost no table look-up.
   */
  siteAt(node: TSESTree.Node): CodeSite | undefined {
    const match = matchSite(node, this.settings);
    return match && this.#sites.get(node, () => resolveSite(match, this));
  }

  /** Whether a site or dispatch reading `code` is judged: the type check when type-aware, then COS context. */
  readonly isJudged = perNode((code: TSESTree.Expression): boolean => {
    const judgement = typeJudgement(code, this.services, this.settings.catalog);
    if (judgement === "not-a-code") return false;
    return judgement === "cos-code" || this.isCos;
  });

  /** What the `if` / `?:` test `test` selects, if it is a code test; resolved once per matching node. */
  codeTest(test: TSESTree.Node): CodeTest | undefined {
    const known = this.#tests.peek(test);
    if (known) return known;
    const match = matchCodeTest(test, this.settings);
    return match && this.#tests.get(test, () => resolveCodeTest(match, this, (site) => this.siteAt(site.node)));
  }

  /**
   * Whether the `if` test `test` selects only errors a retry can fix, so that a retry it guards is no retry
   * of everything else: a code test whose codes and helper categories are all `backoff` (`err.statusCode ===
   * 503`, `err.error.Code === 'SlowDown'`, `isRetryableCosError(err)`, and a status range from 500 up:
   * `err.statusCode >= 500`, `> 499`, `500 <= status`, whose 5xx count as `internal`), an `&&` with such a
   * part, an `||` of such parts.
   */
  isBackoffGuard(test: TSESTree.Node): boolean {
    if (test.type === AST_NODE_TYPES.LogicalExpression && (test.operator === "&&" || test.operator === "||")) {
      const parts = chainParts(test);
      return test.operator === "&&"
        ? parts.some((p) => this.#isGuardLeaf(p))
        : parts.every((p) => this.#isGuardLeaf(p));
    }
    return this.#isGuardLeaf(test);
  }

  #isGuardLeaf(test: TSESTree.Node): boolean {
    if (test.type === AST_NODE_TYPES.LogicalExpression) return false;
    const codeTest = this.codeTest(test);
    if (!codeTest) return false;
    const { catalog } = this.settings;
    const { operands, categories } = codeTest;
    return (
      operands.length + categories.size > 0 &&
      operands.every((o) => catalog.classify(o.value, o.vocabulary)?.retry === "backoff") &&
      [...categories].every((id) => catalog.category(id)?.retry === "backoff")
    );
  }

  /** The judged dispatch that starts at `node` (asked once per node: ESLint visits each node once). */
  dispatchAt(node: TSESTree.Node): Dispatch | undefined {
    const dispatch = buildDispatch(node, { codeTest: (test) => this.codeTest(test), site: (n) => this.siteAt(n) });
    return dispatch && this.isJudged(dispatch.codeExpression) ? dispatch : undefined;
  }

  readonly #retries = Cache.forFile<Dispatch, Cache<RegExp, RetryAnalysis>>();
  readonly #retrySearches = Cache.forFile<TSESTree.Node, Cache<RegExp, SubtreeSearch>>();
  readonly #anchors = Cache.forFile<TSESTree.Node, TSESTree.Node>();
  readonly #callSearches = Cache.bounded<RegExp, SubtreeSearch>(8);

  /** The retry analysis of `dispatch` for `pattern`, shared by every rule that asks with the same pattern. */
  retryAnalysis(dispatch: Dispatch, pattern: RegExp): RetryAnalysis {
    const byPattern = this.#retries.get(dispatch, () => Cache.bounded<RegExp, RetryAnalysis>(4));
    return byPattern.get(pattern, () => {
      const anchor = retryAnchor(dispatch.node, this.#anchors);
      const searches = this.#retrySearches.get(anchor, () => Cache.bounded<RegExp, SubtreeSearch>(4));
      const search = searches.get(
        pattern,
        () => new SubtreeSearch(retryTest(anchor, pattern, this.sourceCode), this.sourceCode.visitorKeys),
      );
      return analyseRetries(dispatch, search, this.settings.catalog, (test) => this.isBackoffGuard(test));
    });
  }

  /** Whether `nodes` call a function matching `pattern` (a fix: re-sign, resume) that runs before `retry`. */
  callsBefore(nodes: readonly TSESTree.Node[], pattern: RegExp, retry: TSESTree.Node): boolean {
    const search = this.#callSearches.get(
      pattern,
      () => new SubtreeSearch(callTest(pattern), this.sourceCode.visitorKeys),
    );
    return callsBefore(nodes, search, retry);
  }

  /** The listeners of the analysis: each finds a site or dispatch once and tells every subscriber. */
  listeners(onExit: (program: TSESTree.Program) => void): TSESLint.RuleListener {
    const subscribers = this.subscribers;
    const onSite = (node: TSESTree.Node): void => {
      const site = this.siteAt(node);
      if (!site || !this.isJudged(site.codeExpression)) return;
      for (const subscriber of subscribers) subscriber.onSite?.(site, this);
    };
    const onDispatch = (node: TSESTree.Node): void => {
      if (!subscribers.some((s) => s.onDispatch)) return;
      const dispatch = this.dispatchAt(node);
      if (dispatch) for (const subscriber of subscribers) subscriber.onDispatch?.(dispatch, this);
    };
    return {
      BinaryExpression: onSite,
      CallExpression: onSite,
      SwitchStatement(node) {
        onSite(node);
        onDispatch(node);
      },
      IfStatement: onDispatch,
      ConditionalExpression: onDispatch,
      "Program:exit": (program) => {
        for (const subscriber of subscribers) subscriber.onExit?.(this);
        onExit(program);
      },
    };
  }
}

/**
 * The state of the file being linted, keyed by its `Program`: one entry, not one per file. ESLint runs every
 * rule's `create` for a file, then traverses it, before it starts the next one, so the rules of a file all
 * find it; a file whose entry was replaced (a nested `Linter`) only gets its decision made again. The entry
 * is dropped at the file's `Program:exit`, so nothing is kept of a finished file, and a file that no rule
 * looks at costs no allocation but its state (a `WeakMap` entry per file's `Program` cost more, in garbage
 * collection, than all else such a file needs).
 */
const files = Cache.last<TSESTree.Program, FileState>();

/** Whether ESLint gave the rule an ESTree program (not JSON, Markdown or CSS, whose languages have other ASTs). */
function isEstreeProgram(ast: unknown): ast is TSESTree.Program {
  const program = ast as Partial<TSESTree.Program> | undefined;
  return program?.type === AST_NODE_TYPES.Program && Array.isArray(program.tokens) && Array.isArray(program.body);
}

/** The file's state, made by the first rule that asks; `undefined` for a file that is not an ESTree program. */
function fileState(context: Context): FileState | undefined {
  const program = context.sourceCode.ast as unknown;
  const known = files.peek(program as TSESTree.Program);
  if (known) return known;
  if (!isEstreeProgram(program)) return undefined;
  return files.get(program, () => decide(context)); // throws for bad settings, storing nothing
}

/** The file's analysis, created when first asked for; `undefined` for a file that is not an ESTree program. */
export function fileAnalysis(context: Context): FileAnalysis | undefined {
  const state = fileState(context);
  return state && analysisOf(state, context);
}

function analysisOf(state: FileState, context: Context): FileAnalysis {
  return (state.analysis ??= new FileAnalysis(context.sourceCode, state));
}

/** Drops the file's state at its end (`Program:exit`), so that no finished file's AST is kept alive. */
function release(program: TSESTree.Program): void {
  files.delete(program);
}

/** What the other rules return for a file: shared, so that a file costs them no allocation. */
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});
/** What the first rule returns for a file in which no site can be judged. */
const RELEASE_ONLY: TSESLint.RuleListener = Object.freeze({ "Program:exit": release });

/** Whether this is the first rule to return listeners for the file of `state` (and marks it so). */
function firstToListen(state: FileState): boolean {
  const first = !state.listening;
  state.listening = true;
  return first;
}

/**
 * The listeners a rule returns for a file in which no code site can be judged (see `FileAnalysis.active`),
 * or that is not JavaScript: none, but for the first rule, whose `Program:exit` drops the file's state;
 * `undefined` for a file the rule looks at.
 */
export function inactiveFileListeners(context: Context): TSESLint.RuleListener | undefined {
  const state = fileState(context);
  if (!state) return NO_LISTENERS;
  if (state.active) return undefined;
  return firstToListen(state) ? RELEASE_ONLY : NO_LISTENERS;
}

/**
 * Subscribes a rule to the file's analysis: the listeners for the first rule on the file, none for the
 * others (and none at all for a file in which no site can be judged, or that is not JavaScript).
 */
export function subscribe(context: Context, subscriber: Subscriber): TSESLint.RuleListener {
  const inactive = inactiveFileListeners(context);
  if (inactive) return inactive;
  const state = fileState(context)!;
  const analysis = analysisOf(state, context);
  analysis.subscribers.push(subscriber);
  return firstToListen(state) ? analysis.listeners(release) : NO_LISTENERS;
}
