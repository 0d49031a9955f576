import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Catalog, CatalogEntry } from "../catalog/index.js";
import { Cache, subscribe, type CodeOperand } from "../detect/index.js";
import { replaceTokenSafe } from "../fix/token-safe.js";
import { createRule } from "../util/create-rule.js";

type Options = [{ allow?: number[] }];
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

/** Known codes one edit away from `value` (or `value` with its sign missing), nearest first. */
export function nearestKnownCodes(value: number, catalog: Catalog): CatalogEntry[] {
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

/** `` `-4018` (FILE_ALREADY_UPLOADED) ``: a guess in the report, which stays short. */
const nameEntry = (entry: CatalogEntry): string => `\`${entry.code}\` (${entry.name})`;

/** `` `-4018` (FILE_ALREADY_UPLOADED: File already exists…) ``: a guess in its suggestion, with its description. */
const describeEntry = (entry: CatalogEntry): string => `\`${entry.code}\` (${entry.name}: ${entry.en.join("; ")})`;

function joinAlternatives(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)!}`;
}

/** The literal spelled anew with another code, keeping its form (number, quotes, template). */
function respell(literal: TSESTree.Node, code: number, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(literal);
  const quote = text[0];
  return quote === "'" || quote === '"' || quote === "`" ? `${quote}${code}${quote}` : String(code);
}

export default createRule<Options, MessageIds>({
  name: "no-unknown-code",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow comparing a COS error code with a number that is not a COS error code",
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
            items: { type: "integer" },
            uniqueItems: true,
            description: "Numbers that are never reported, e.g. codes your own gateway adds.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [{ allow = [] }]) {
    const allowed = new Set(allow);
    const reported = new Set<TSESTree.Node>();
    const sourceCode = context.sourceCode;

    const check = (operand: CodeOperand, catalog: Catalog): void => {
      const literal = operand.literal;
      if (!literal || allowed.has(operand.value) || catalog.byCode(operand.value)) return;
      if (reported.has(literal.node)) return;
      reported.add(literal.node);
      const guesses = nearestKnownCodes(operand.value, catalog);
      context.report({
        node: literal.node,
        messageId: guesses.length > 0 ? "unknownCodeDidYouMean" : "unknownCode",
        data: { code: operand.value, guesses: joinAlternatives(guesses.map(nameEntry)) },
        suggest: guesses.map((entry) => ({
          messageId: "replaceWithKnownCode",
          data: { guess: describeEntry(entry) },
          fix: (fixer) =>
            replaceTokenSafe(fixer, literal.node, respell(literal.node, entry.code, sourceCode), sourceCode),
        })),
      });
    };

    return subscribe(context, {
      onSite(site, file) {
        for (const operand of site.operands) check(operand, file.settings.catalog);
      },
    });
  },
});
