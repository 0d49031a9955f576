import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Catalog, CatalogEntry } from "../catalog/index.js";
import { Cache, isXmlApiCode, subscribe, type CodeOperand, type SpelledCode } from "../detect/index.js";
import { replaceTokenSafe } from "../fix/token-safe.js";
import { createRule } from "../util/create-rule.js";

type Options = [{ allow?: (number | string)[] }];
type MessageIds = "unknownCode" | "unknownCodeDidYouMean" | "replaceWithKnownCode";

/** At most this many "did you mean" codes are offered, the nearest first. */
const MAX_GUESSES = 5;

/** Every digit string one edit from `digits`: one digit changed, added or removed, or two neighbours swapped. */
function oneEditAway(digits: string): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i <= digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      variants.add(digits.slice(0, i) + String(d) + digits.slice(i)); // added
      if (i < digits.length) variants.add(digits.slice(0, i) + String(d) + digits.slice(i + 1)); // changed
    }
    if (i < digits.length) variants.add(digits.slice(0, i) + digits.slice(i + 1)); // removed
    // swapped
    if (i + 1 < digits.length) variants.add(digits.slice(0, i) + digits[i + 1]! + digits[i]! + digits.slice(i + 2));
  }
  variants.delete(digits);
  return variants;
}

/** Each code's position in the catalogue (the tie-break between guesses), per catalogue. */
const orders = Cache.weak<Catalog, ReadonlyMap<number, number>>();

function catalogOrder(catalog: Catalog): ReadonlyMap<number, number> {
  return orders.get(catalog, () => new Map(catalog.entries.map((entry, index) => [entry.code, index])));
}

/** The answers of `nearestKnownCodes` already given, per catalogue: a mistyped code tends to be repeated. */
const codeAnswers = Cache.weak<Catalog, Cache<number, readonly CatalogEntry[]>>();

/** Known codes one edit away from `value` (or `value` with its sign missing), nearest first. */
export function nearestKnownCodes(value: number, catalog: Catalog): readonly CatalogEntry[] {
  const answers = codeAnswers.get(catalog, () => Cache.bounded<number, readonly CatalogEntry[]>(512));
  return answers.get(value, () => measureNearestCodes(value, catalog));
}

function measureNearestCodes(value: number, catalog: Catalog): readonly CatalogEntry[] {
  const found = new Map<number, CatalogEntry>();
  const signMissing = value > 0 ? catalog.byCode(-value) : undefined;
  if (signMissing) found.set(signMissing.code, signMissing);
  const sign = value < 0 ? -1 : 1;
  for (const variant of oneEditAway(String(Math.abs(value)))) {
    if (variant === "" || (variant.length > 1 && variant.startsWith("0"))) continue;
    const entry = catalog.byCode(sign * Number(variant));
    if (entry) found.set(entry.code, entry);
  }
  const order = catalogOrder(catalog);
  const distance = (e: CatalogEntry): number => (e === signMissing ? 0 : Math.abs(e.code - value));
  return [...found.values()]
    .sort((a, b) => distance(a) - distance(b) || order.get(a.code)! - order.get(b.code)!)
    .slice(0, MAX_GUESSES);
}

/**
 * The distance between two strings: edits of one character (changed, added, removed) and swaps of
 * neighbours; `limit + 1` as soon as it is known to exceed `limit` (rows whose every cell is over it).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous2 = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, previous2[j - 2]! + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length]!;
}

/**
 * How far a string may be from a known code and still be a near miss of it (case aside): nothing for
 * fewer than 5 characters, 1 edit up to 11, 2 from 12 on.
 */
export function nearMissLimit(length: number): number {
  if (length < 5) return 0;
  return length < 12 ? 1 : 2;
}

/** A known string code that a guess can name, with what its suggestion says of it. */
interface StringGuess {
  readonly code: string;
  readonly description: string;
}

/**
 * The strings a near miss is measured against, in order (XML-API codes, then the SDKs' and Node's own),
 * indexed by their lower-case spelling and by their length, so that a string is measured only against
 * those of a length within its limit.
 */
interface GuessPool {
  readonly guesses: readonly StringGuess[];
  /** The positions in `guesses` of each lower-case spelling. */
  readonly byLowerCase: ReadonlyMap<string, readonly number[]>;
  /** The positions in `guesses` of each length. */
  readonly byLength: ReadonlyMap<number, readonly number[]>;
  /** The answers already given: code often compares the same strings many times (`'invalid_type'`). */
  readonly answers: Cache<string, readonly StringGuess[]>;
}

const stringGuessPools = Cache.weak<Catalog, GuessPool>();

function positionsBy<K>(guesses: readonly StringGuess[], key: (guess: StringGuess) => K): Map<K, number[]> {
  const positions = new Map<K, number[]>();
  guesses.forEach((guess, position) => {
    const k = key(guess);
    const list = positions.get(k);
    if (list) list.push(position);
    else positions.set(k, [position]);
  });
  return positions;
}

function stringGuessPool(catalog: Catalog): GuessPool {
  return stringGuessPools.get(catalog, () => {
    const guesses = [
      ...catalog.xmlEntries.map((entry) => {
        const en = entry.descriptions.find((d) => d.en !== undefined)?.en;
        const statuses = entry.statuses.length > 0 ? `HTTP ${entry.statuses.join("/")}` : "";
        return { code: entry.code, description: [statuses, en].filter(Boolean).join(": ") };
      }),
      ...catalog.clientCodes.map((info) => ({ code: info.code, description: `${info.group} code: ${info.en}` })),
    ];
    return {
      guesses,
      byLowerCase: positionsBy(guesses, (guess) => guess.code.toLowerCase()),
      byLength: positionsBy(guesses, (guess) => guess.code.length),
      answers: Cache.bounded<string, readonly StringGuess[]>(512),
    };
  });
}

/**
 * Known string codes that `value` is a near miss of: the same but for case first, then those within
 * `nearMissLimit` edits counted with case, nearest first, ties in catalogue order. Edits are counted with
 * case so that a string written in another casing convention is no near miss: `NotFound` (S3's, and many
 * libraries') is not `ENOTFOUND`, OAuth's `access_denied` is not `AccessDenied`, though each is one edit
 * away case aside; a typo keeps its code's casing (`AccesDenied`, `NoSuchKye`, `ETIMEOUT`).
 */
export function nearestKnownStrings(value: string, catalog: Catalog): readonly StringGuess[] {
  const pool = stringGuessPool(catalog);
  return pool.answers.get(value, () => measureNearMisses(value, pool));
}

function measureNearMisses(value: string, { guesses, byLowerCase, byLength }: GuessPool): readonly StringGuess[] {
  const limit = nearMissLimit(value.length);
  const sameButCase = byLowerCase.get(value.toLowerCase()) ?? [];
  const found = sameButCase.map((position) => ({ position, distance: 0 }));
  for (let length = value.length - limit; length <= value.length + limit && limit > 0; length++) {
    for (const position of byLength.get(length) ?? []) {
      if (sameButCase.includes(position)) continue;
      const distance = editDistance(value, guesses[position]!.code, limit);
      if (distance <= limit) found.push({ position, distance });
    }
  }
  return found
    .sort((a, b) => a.distance - b.distance || a.position - b.position)
    .slice(0, MAX_GUESSES)
    .map(({ position }) => guesses[position]!);
}

/** A guess as a report names it, and as its suggestion describes it. */
interface Guess {
  readonly code: number | string;
  /** `` `-4018` (FILE_ALREADY_UPLOADED) ``, `` `NoSuchKey` ``: in the report, which stays short. */
  readonly short: string;
  /** `` `-4018` (FILE_ALREADY_UPLOADED: File already exists…) ``: in the suggestion. */
  readonly long: string;
}

const numberGuess = (entry: CatalogEntry): Guess => ({
  code: entry.code,
  short: `\`${entry.code}\` (${entry.name})`,
  long: `\`${entry.code}\` (${entry.name}: ${entry.en.join("; ")})`,
});

const stringGuess = (guess: StringGuess): Guess => ({
  code: guess.code,
  short: `\`${guess.code}\``,
  long: guess.description ? `\`${guess.code}\` (${guess.description})` : `\`${guess.code}\``,
});

function joinAlternatives(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)!}`;
}

/** The literal spelled anew with another code, keeping its form (number, quotes, template). */
function respell(literal: TSESTree.Node, code: number | string, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(literal);
  const quote = text[0];
  if (quote === "'" || quote === '"' || quote === "`") return `${quote}${code}${quote}`;
  return typeof code === "number" ? String(code) : JSON.stringify(code);
}

/**
 * A Tencent Cloud API 3.0 error code: PascalCase words joined by dots (`AuthFailure.SignatureExpire`,
 * `ResourceNotFound.BucketNotExist`). Another API's code (COS's management API, the other products' SDKs),
 * which code that handles COS errors may test in the same dispatch: never reported for standing among
 * XML-API codes. No XML-API code has a dot.
 */
const API3_CODE = /^[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+$/u;

/**
 * The common error codes of Tencent Cloud API 3.0 that have no dot (the codes every product's API may
 * return, and the first word of its dotted codes), leaving out the four that are XML-API codes too
 * (`InternalError`, `InvalidRequest`, `NoSuchVersion`, `ServiceUnavailable`, known as such).
 */
const API3_COMMON_CODES: ReadonlySet<string> = new Set([
  "AuthFailure",
  "DryRunOperation",
  "FailedOperation",
  "InvalidAction",
  "InvalidParameter",
  "InvalidParameterValue",
  "IpInBlacklist",
  "IpNotInWhitelist",
  "LimitExceeded",
  "MissingParameter",
  "NoSuchProduct",
  "OperationDenied",
  "RequestLimitExceeded",
  "RequestSizeLimitExceeded",
  "ResourceInUse",
  "ResourceInsufficient",
  "ResourceNotFound",
  "ResourceUnavailable",
  "ResponseSizeLimitExceeded",
  "UnauthorizedOperation",
  "UnknownParameter",
  "UnsupportedOperation",
  "UnsupportedProtocol",
  "UnsupportedRegion",
]);

/** Whether `value` is a Tencent Cloud API 3.0 code: dotted, or one of the common codes without a dot. */
const isApi3Code = (value: number | string): boolean =>
  typeof value === "string" && (API3_CODE.test(value) || API3_COMMON_CODES.has(value));

/**
 * Whether the strings of `operands` other than `unknown` make a COS context for it: `unknown` is not an
 * API 3.0 code (see `isApi3Code`), there is at least one other string, each is a known code (XML-API,
 * SDK or Node) or allowed, and one at least is an XML-API code.
 */
function amongXmlCodes(
  unknown: CodeOperand,
  operands: readonly CodeOperand[],
  catalog: Catalog,
  allowed: ReadonlySet<number | string>,
): boolean {
  if (isApi3Code(unknown.value)) return false;
  const others = operands.filter((o) => o !== unknown && o.vocabulary === "xml");
  return (
    others.length > 0 &&
    others.every((o) => allowed.has(o.value) || catalog.classify(o.value, "xml") !== undefined) &&
    others.some((o) => isXmlApiCode(o, catalog))
  );
}

/**
 * An `allow` entry as the operands it allows hold it: an integer string is the number (`'-4017'` allows
 * `-4017` and `"-4017"`, which operands read as the number, as they read `'404'`); any other string itself.
 */
function allowedValue(entry: number | string): number | string {
  if (typeof entry === "number" || !/^-?\d+$/u.test(entry)) return entry;
  const value = Number(entry);
  return Number.isSafeInteger(value) ? value : entry;
}

export default createRule<Options, MessageIds>({
  name: "no-unknown-code",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow comparing a COS error code with a number or string that is not a COS error code",
      recommended: "error",
    },
    hasSuggestions: true,
    messages: {
      unknownCode: "`{{code}}` is not a COS error code.",
      unknownCodeDidYouMean: "`{{code}}` is not a COS error code. Did you mean {{guesses}}?",
      replaceWithKnownCode: "Replace with {{guess}}.",
    },
    schema: [
      {
        type: "object",
        properties: {
          allow: {
            type: "array",
            items: { type: ["integer", "string"] },
            uniqueItems: true,
            description:
              "Numbers and strings that are never reported, e.g. codes your own gateway adds (`-90001`, `'SUCCESS'`).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [{ allow = [] }]) {
    const allowed = new Set<number | string>(allow.map(allowedValue));
    const reported = new Set<TSESTree.Node>();
    /** Unknown strings that are no near miss, reported only among XML-API codes (see `amongXmlCodes`). */
    const amongCodes = new Set<TSESTree.Node>();
    const sourceCode = context.sourceCode;

    /** The literal of an operand that may be reported: spelled out, not allowed, not a known code. */
    const unknownLiteral = (operand: CodeOperand, catalog: Catalog): SpelledCode | undefined => {
      const literal = operand.literal;
      if (!literal || allowed.has(operand.value) || reported.has(literal.node)) return undefined;
      if (operand.vocabulary === "status") return undefined; // statuses are judged by sdk-error-shape
      return catalog.classify(operand.value, operand.vocabulary) ? undefined : literal;
    };

    const report = (operand: CodeOperand, literal: SpelledCode, guesses: readonly Guess[]): void => {
      reported.add(literal.node);
      context.report({
        node: literal.node,
        messageId: guesses.length > 0 ? "unknownCodeDidYouMean" : "unknownCode",
        data: { code: operand.value, guesses: joinAlternatives(guesses.map((g) => g.short)) },
        suggest: guesses.map((guess) => ({
          messageId: "replaceWithKnownCode",
          data: { guess: guess.long },
          fix: (fixer) =>
            replaceTokenSafe(fixer, literal.node, respell(literal.node, guess.code, sourceCode), sourceCode),
        })),
      });
    };

    /** Judges an operand of a site; `context` holds the operands it is compared among (a dispatch's, a site's). */
    const check = (operand: CodeOperand, operands: readonly CodeOperand[], catalog: Catalog): void => {
      const literal = unknownLiteral(operand, catalog);
      if (!literal) return;
      if (typeof operand.value === "number") {
        report(operand, literal, nearestKnownCodes(operand.value, catalog).map(numberGuess));
        return;
      }
      const guesses = nearestKnownStrings(operand.value, catalog);
      if (guesses.length > 0) report(operand, literal, guesses.map(stringGuess));
      else if (amongCodes.has(literal.node) || amongXmlCodes(operand, operands, catalog, allowed))
        report(operand, literal, []);
    };

    return subscribe(context, {
      // A dispatch is met before the comparisons of its tests: it marks the unknown strings it holds among
      // XML-API codes, which its sites then report. The strings of one branch (`a || b`, like `[a, b]`) are
      // such a context on their own, and so are those of the whole dispatch.
      onDispatch(dispatch, file) {
        const catalog = file.settings.catalog;
        const operands = dispatch.branches.flatMap((branch) => branch.operands);
        for (const branch of dispatch.branches) {
          for (const operand of branch.operands) {
            if (operand.vocabulary !== "xml" || !operand.literal || allowed.has(operand.value)) continue;
            if (catalog.classify(operand.value, "xml") !== undefined) continue;
            if (
              amongXmlCodes(operand, branch.operands, catalog, allowed) ||
              amongXmlCodes(operand, operands, catalog, allowed)
            )
              amongCodes.add(operand.literal.node);
          }
        }
      },
      onSite(site, file) {
        for (const operand of site.operands) check(operand, site.operands, file.settings.catalog);
      },
    });
  },
});
