/**
 * `eslint-plugin-cos-errors explain <code>`: what a COS error code means and what to do about it. Pure
 * functions ({@link lookup}, {@link nearest}, {@link formatText}, {@link run}); the bin entry (`bin.ts`) only
 * passes `process.argv` in and writes the result out. Everything comes from the runtime module's exports.
 */
import {
  CosErrorCode,
  cosErrorCatalog,
  cosErrorCategories,
  cosRetryClasses,
  cosSdkClientCodes,
  cosXmlErrorCatalog,
  getCosError,
  getCosHttpStatus,
  nodeSystemCodes,
  type CosErrorCategory,
  type CosRetryClass,
} from "../codes.js";

export const BIN = "eslint-plugin-cos-errors";

/** What the input was taken as. */
export type ExplainedKind = "json" | "xml" | "sdk" | "node" | "http";

/** A known code, explained (also the `--json` output for it). */
export interface Explanation {
  readonly input: string;
  readonly known: true;
  readonly kind: ExplainedKind;
  /** The code: a number for JSON-API codes and HTTP statuses, else a string (the correct spelling for a variant). */
  readonly code: number | string;
  /** `"CosErrorCode.SIGNATURE_EXPIRED"`, `"CosXmlErrorCode.NoSuchKey"`; `null` for codes without a constant. */
  readonly constant: string | null;
  /** For a misspelled variant (`BadRquest`): the correct spelling; else `null`. */
  readonly variantOf: string | null;
  readonly en: readonly string[];
  readonly zh: readonly string[];
  /** The HTTP statuses the code comes with (XML-API codes, HTTP statuses); empty where none is listed. */
  readonly httpStatuses: readonly number[];
  readonly category: {
    readonly id: CosErrorCategory;
    readonly covers: string;
    readonly fixAction: string | null;
  };
  readonly retry: {
    readonly id: CosRetryClass;
    readonly meaning: string;
    readonly action: string;
  };
  /** Messages that classify the code differently (`AccessDenied` + "Request has expired"). */
  readonly messages: readonly {
    readonly message: string;
    readonly category: string;
    readonly retry: string;
  }[];
  /** The SDKs that make the code up (`kind: "sdk"`); else empty. */
  readonly sdks: readonly string[];
  /** For a number taken as an HTTP status that is also a code an SDK makes up (`"404"`): that code's meaning. */
  readonly alsoSdkCode: string | null;
}

/** A code close to an unknown input. */
export interface Suggestion {
  /** What to pass to `explain`: a number for JSON-API codes, else the string code. */
  readonly code: number | string;
  readonly kind: Exclude<ExplainedKind, "http">;
  readonly constant: string | null;
}

/** An unknown input (also the `--json` output for it). */
export interface Unknown {
  readonly input: string;
  readonly known: false;
  readonly suggestions: readonly Suggestion[];
}

export type Lookup = Explanation | Unknown;

/** The most suggestions printed for an unknown input. */
const MAX_SUGGESTIONS = 5;
const INTEGER = /^[-+]?\d+$/u;

const jsonConstant = (name: string): string => `CosErrorCode.${name}`;
const xmlConstant = (code: string): string => `CosXmlErrorCode.${code}`;

function classOf(category: CosErrorCategory, retry: CosRetryClass): Pick<Explanation, "category" | "retry"> {
  const c = cosErrorCategories.find((x) => x.id === category);
  const r = cosRetryClasses.find((x) => x.id === retry);
  return {
    category: {
      id: category,
      covers: c?.covers ?? "",
      fixAction: c?.fixAction ?? null,
    },
    retry: { id: retry, meaning: r?.meaning ?? "", action: r?.action ?? "" },
  };
}

const unique = (items: readonly (string | undefined)[]): string[] => [
  ...new Set(items.filter((x): x is string => x !== undefined)),
];

const base = {
  known: true,
  constant: null,
  variantOf: null,
  zh: [],
  httpStatuses: [],
  messages: [],
  sdks: [],
  alsoSdkCode: null,
} as const;

/** A number: a JSON-API code if the catalogue has it, else an HTTP status 100-599 the status table knows. */
function lookupNumber(input: string, n: number): Lookup {
  const entry = cosErrorCatalog.find((e) => e.code === n);
  if (entry !== undefined) {
    const { code, name, en, zh, category, retry } = entry;
    return {
      ...base,
      input,
      kind: "json",
      code,
      constant: jsonConstant(name),
      en,
      zh,
      ...classOf(category, retry),
    };
  }
  const status = n >= 100 && n <= 599 ? getCosHttpStatus(n) : undefined;
  if (status !== undefined) {
    const sdk = cosSdkClientCodes.find((e) => e.code === String(n));
    return {
      ...base,
      input,
      kind: "http",
      code: n,
      en: [status.en],
      httpStatuses: [n],
      alsoSdkCode: sdk?.en ?? null,
      ...classOf(status.category, status.retry),
    };
  }
  return { input, known: false, suggestions: nearestNumbers(n) };
}

/** What `explain <input>` explains: see {@link Lookup}. */
export function lookup(rawInput: string): Lookup {
  const input = rawInput.trim();
  if (INTEGER.test(input)) return lookupNumber(rawInput, Number(input));
  const name = input.replace(/^Cos(?:Xml)?ErrorCode\./u, "");
  if (Object.hasOwn(CosErrorCode, name)) return lookupNumber(rawInput, CosErrorCode[name as keyof typeof CosErrorCode]);
  const info = getCosError(name);
  if (info === undefined || !("kind" in info) || info.kind === "http") {
    return { input: rawInput, known: false, suggestions: nearestStrings(name) };
  }
  const classes = classOf(info.category, info.retry);
  if (info.kind === "xml") {
    return {
      ...base,
      input: rawInput,
      kind: "xml",
      code: info.code,
      constant: xmlConstant(info.code),
      variantOf: info.code === name ? null : info.code,
      en: unique(info.descriptions.map((d) => d.en)),
      zh: unique(info.descriptions.map((d) => d.zh)),
      httpStatuses: info.statuses,
      messages: info.messages.map(({ message, category, retry }) => ({
        message,
        category,
        retry,
      })),
      ...classes,
    };
  }
  return {
    ...base,
    input: rawInput,
    kind: info.kind,
    code: info.code,
    en: [info.en],
    sdks: info.sdks,
    ...classes,
  };
}

/** Levenshtein distance between `a` and `b` (by UTF-16 units; codes are ASCII). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The JSON-API codes one digit away from `n` (one digit changed, added or removed, same sign), nearest in
 * value first, then in catalogue order.
 */
export function nearestNumbers(n: number): Suggestion[] {
  const digits = String(Math.abs(n));
  return cosErrorCatalog
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => Math.sign(e.code) === Math.sign(n) && editDistance(String(Math.abs(e.code)), digits) === 1)
    .sort((x, y) => Math.abs(x.e.code - n) - Math.abs(y.e.code - n) || x.index - y.index)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ e }) => ({
      code: e.code,
      kind: "json",
      constant: jsonConstant(e.name),
    }));
}

/** Every string `explain` knows, in catalogue order, with the suggestion it stands for. */
function stringCandidates(): { text: string; suggestion: Suggestion }[] {
  return [
    ...cosXmlErrorCatalog.flatMap((e) =>
      [e.code, ...e.variants].map((text) => ({
        text,
        suggestion: {
          code: text,
          kind: "xml" as const,
          constant: xmlConstant(e.code),
        },
      })),
    ),
    ...[...cosSdkClientCodes, ...nodeSystemCodes]
      .filter((e) => !INTEGER.test(e.code))
      .map((e) => ({
        text: e.code,
        suggestion: { code: e.code, kind: e.kind, constant: null },
      })),
    ...cosErrorCatalog.map((e) => ({
      text: e.name,
      suggestion: {
        code: e.code,
        kind: "json" as const,
        constant: jsonConstant(e.name),
      },
    })),
  ];
}

/**
 * The known strings nearest to `input`: a case-insensitive match first, then by (case-insensitive) edit
 * distance up to a third of the input's length (at least 1, at most 3), then by case-sensitive distance,
 * then in catalogue order (XML codes, client codes, JSON constant names).
 */
export function nearestStrings(input: string): Suggestion[] {
  const lower = input.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(input.length / 3)));
  return stringCandidates()
    .map(({ text, suggestion }, index) => ({
      suggestion,
      index,
      distance: editDistance(text.toLowerCase(), lower),
      exact: editDistance(text, input),
    }))
    .filter((c) => c.distance <= limit)
    .sort((x, y) => x.distance - y.distance || x.exact - y.exact || x.index - y.index)
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => c.suggestion);
}

/** Either of {@link nearestNumbers} and {@link nearestStrings}, as fits the input. */
export function nearest(input: string): Suggestion[] {
  const trimmed = input.trim();
  return INTEGER.test(trimmed) ? nearestNumbers(Number(trimmed)) : nearestStrings(trimmed);
}

/** The first line of an explanation: what the input was taken as, and its constant. */
function heading(r: Explanation): string {
  const input = r.input.trim();
  switch (r.kind) {
    case "json":
      return `${input}: JSON-API code, constant ${r.constant}`;
    case "xml":
      return r.variantOf === null
        ? `${input}: XML-API code, constant ${r.constant}`
        : `${input}: XML-API code, a misspelling of ${r.variantOf} (no constant of its own; use ${r.constant})`;
    case "sdk":
      return `${input}: a code an SDK makes up (no constant)`;
    case "node":
      return `${input}: a Node system code (no constant)`;
    case "http":
      return `${input}: HTTP status ${r.code} (no JSON-API code is ${r.code})`;
  }
}

const LABEL = 13;
const line = (label: string, values: readonly string[]): string[] =>
  values.map((value, i) => `  ${(i === 0 ? `${label}:` : "").padEnd(LABEL)}${value}`);

/** The text `explain` prints. */
export function formatText(result: Lookup): string {
  if (!result.known) {
    const head = `${result.input}: not a known COS error code`;
    if (result.suggestions.length === 0) return `${head}\n  No known code is near it.\n`;
    const rows = result.suggestions.map((s) => `    ${s.constant === null ? s.code : `${s.code}  ${s.constant}`}`);
    return `${head}\n  Nearest codes:\n${rows.join("\n")}\n`;
  }
  const r = result;
  const statuses =
    r.httpStatuses.length > 0
      ? r.httpStatuses.join(", ")
      : r.kind === "json"
        ? "none listed for JSON-API codes"
        : "none";
  const lines = [
    heading(r),
    ...line("Meaning", r.en.length > 0 ? r.en : ["(none)"]),
    ...line("Chinese", r.zh.length > 0 ? r.zh : ["(none)"]),
    ...line("HTTP status", [statuses]),
    ...line("Category", [`${r.category.id}: ${r.category.covers}`]),
    ...line("Retry class", [`${r.retry.id}: ${r.retry.meaning}`]),
    ...line("What to do", [r.retry.action]),
    ...(r.category.fixAction === null ? [] : line("Fix first", [r.category.fixAction])),
    ...line(
      "Note",
      r.messages.map((m) => `with the message "${m.message}": category ${m.category}, retry class ${m.retry}`),
    ),
    ...line("SDKs", r.sdks.length > 0 ? [r.sdks.join(", ")] : []),
    ...line("Also", r.alsoSdkCode === null ? [] : [`the code "${r.code}" an SDK makes up: ${r.alsoSdkCode}`]),
  ];
  return `${lines.join("\n")}\n`;
}

/** The top-level keys of the `--json` output of a known code, in order. */
const JSON_KEYS = [
  "input",
  "known",
  "kind",
  "code",
  "constant",
  "variantOf",
  "en",
  "zh",
  "httpStatuses",
  "category",
  "retry",
  "messages",
  "sdks",
  "alsoSdkCode",
] as const satisfies readonly (keyof Explanation)[];

/** The `--json` output: {@link Lookup} as JSON, its top-level keys in a fixed order, two-space indented. */
export function formatJson(result: Lookup): string {
  const ordered = result.known
    ? Object.fromEntries(JSON_KEYS.map((key) => [key, result[key]]))
    : { input: result.input, known: false, suggestions: result.suggestions };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export const USAGE = `Usage: ${BIN} explain [--json] <code>

Explains a Tencent Cloud COS error code: its constant, meaning (English and Chinese), HTTP status,
category, retry class and what to do.

  <code>      a JSON-API code (-96), an XML-API code (NoSuchKey, or a known misspelling such as
              BadRquest), a code an SDK or Node makes up (ECONNRESET), a constant name
              (SIGNATURE_EXPIRED) or an HTTP status (404). A number is a JSON-API code when the
              catalogue has one, else an HTTP status.
  --json      print JSON for scripts
  -h, --help  print this help

Exit status: 0 a known code, 1 an unknown code (the nearest codes are listed), 2 bad usage.
`;

/** What the command prints and its exit status. */
export interface CliResult {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const usageError = (message: string): CliResult => ({
  exitCode: 2,
  stdout: "",
  stderr: `${BIN}: ${message}\nRun "${BIN} --help" for usage.\n`,
});

/** The whole command: `args` are the arguments after the program (`process.argv.slice(2)`). */
export function run(args: readonly string[]): CliResult {
  const positional: string[] = [];
  let json = false;
  let options = true;
  for (const arg of args) {
    if (options && arg === "--") options = false;
    else if (options && (arg === "--help" || arg === "-h")) return { exitCode: 0, stdout: USAGE, stderr: "" };
    else if (options && arg === "--json") json = true;
    else if (options && arg.startsWith("-") && !INTEGER.test(arg)) return usageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [command, ...codes] = positional;
  if (command === undefined) return usageError("missing command: explain");
  if (command !== "explain") return usageError(`unknown command ${command}`);
  if (codes.length !== 1 || codes[0]!.trim() === "") return usageError("explain takes exactly one code");
  const result = lookup(codes[0]!);
  return {
    exitCode: result.known ? 0 : 1,
    stdout: json ? formatJson(result) : formatText(result),
    stderr: "",
  };
}
