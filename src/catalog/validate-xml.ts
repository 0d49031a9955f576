/**
 * Validation of the XML-API side of the catalogue: `data/cos-xml-error-codes.json` (the XML API's string
 * codes, with their known misspellings as variants), `data/cos-sdk-client-codes.json` (codes the SDKs make
 * up on the client), `data/node-system-codes.json` (Node's own `err.code` values) and
 * `data/http-statuses.json` (how retry logic treats an HTTP status). Every error names the file and the field.
 */
import type {
  CosClientCodeEntry,
  CosClientCodePrefix,
  CosHttpStatusRule,
  CosXmlErrorDescription,
  CosXmlErrorEntry,
  CosXmlMessageRule,
} from "../codes.js";
import { Checker, RETRY_CLASSES, type CategoryFile, type CategoryInfo, type RetryClass } from "./validate.js";

/** One row of Tencent's table, verbatim: its status (`null` for "N/A"), texts, source tag and spelling. */
export type XmlDescription = CosXmlErrorDescription;

/** A message that changes the class of a code: `AccessDenied` with "Request has expired" is an expired signature. */
export interface XmlMessageRule extends Omit<CosXmlMessageRule, "category"> {
  readonly category: string;
}

export interface XmlCatalogEntry extends Omit<
  CosXmlErrorEntry,
  "kind" | "code" | "name" | "category" | "descriptions" | "messages"
> {
  /** The code, correctly spelled; also the key of its constant in `CosXmlErrorCode`. */
  readonly code: string;
  readonly category: string;
  readonly descriptions: readonly XmlDescription[];
  readonly messages: readonly XmlMessageRule[];
}

/** A code that is not the server's: made up by an SDK (`group: "sdk"`) or by Node itself (`group: "node"`). */
export interface ClientCodeEntry extends Omit<CosClientCodeEntry, "kind" | "name" | "category"> {
  readonly group: "sdk" | "node";
  readonly category: string;
}

/** Every Node code that starts with `prefix` (and has no entry of its own) is known, with this class. */
export interface ClientCodePrefix extends Omit<CosClientCodePrefix, "category"> {
  readonly category: string;
}

/** How retry logic treats an HTTP status: one status, or the range `from`–`to` (a single status wins). */
export interface HttpStatusRule extends Omit<CosHttpStatusRule, "category"> {
  readonly category: string;
}

export const XML_SOURCES = ["intl-2023", "intl-2026-ind", "cn-2021-flare", "intl-2019-12", "intl-2019-04"] as const;
export const SDKS = ["cos-nodejs-sdk-v5", "cos-js-sdk-v5", "cos-wx-sdk-v5"] as const;
const XML_CODE = /^[A-Za-z][A-Za-z0-9]*$/u;
const NODE_CODE = /^(?:E[A-Z0-9_]+|ERR_[A-Z0-9_]+)$/u;

function status(check: Checker, value: unknown, path: string): number {
  const n = check.integer(value, path);
  if (n < 100 || n > 599) check.fail(path, `${n} is not an HTTP status (100-599)`);
  return n;
}

/** The category and a retry class that agrees with it. */
function classOf(
  check: Checker,
  item: Record<string, unknown>,
  at: string,
  categories: ReadonlyMap<string, CategoryInfo>,
): { category: string; retry: RetryClass } {
  const category = check.oneOf(item.category, [...categories.keys()], `${at}.category`);
  const retry = check.oneOf(item.retry, RETRY_CLASSES, `${at}.retry`);
  const expected = categories.get(category)!.retry;
  if (retry !== expected) {
    check.fail(`${at}.retry`, `"${retry}" contradicts category "${category}", whose retry class is "${expected}"`);
  }
  return { category, retry };
}

function optionalText(check: Checker, value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : check.text(value, path);
}

function description(check: Checker, raw: unknown, at: string, variants: readonly string[]): XmlDescription {
  const item = check.object(raw, at);
  check.onlyKeys(item, ["status", "en", "zh", "source", "spelling"], at);
  const result: { -readonly [K in keyof XmlDescription]: XmlDescription[K] } = {
    status: item.status === null ? null : status(check, item.status, `${at}.status`),
    source: check.oneOf(item.source, XML_SOURCES, `${at}.source`),
  };
  const en = optionalText(check, item.en, `${at}.en`);
  const zh = optionalText(check, item.zh, `${at}.zh`);
  const spelling = optionalText(check, item.spelling, `${at}.spelling`);
  if (en !== undefined) result.en = en;
  if (zh !== undefined) result.zh = zh;
  if (spelling !== undefined) {
    if (!variants.includes(spelling)) check.fail(`${at}.spelling`, `"${spelling}" is not one of the entry's variants`);
    result.spelling = spelling;
  }
  if (en === undefined && zh === undefined && spelling === undefined) {
    check.fail(at, "a row of the correctly spelled code needs an English or Chinese description");
  }
  return result;
}

function xmlEntry(
  check: Checker,
  raw: unknown,
  path: string,
  categories: ReadonlyMap<string, CategoryInfo>,
): XmlCatalogEntry {
  const item = check.object(raw, path);
  check.onlyKeys(item, ["code", "statuses", "category", "retry", "descriptions", "variants", "messages"], path);
  const code = check.text(item.code, `${path}.code`);
  if (!XML_CODE.test(code)) check.fail(`${path}.code`, `"${code}" is not an XML-API code (letters and digits)`);
  const at = `${path} (code "${code}")`;
  const { category, retry } = classOf(check, item, at, categories);
  const statuses = check.array(item.statuses, `${at}.statuses`).map((s, j) => status(check, s, `${at}.statuses[${j}]`));
  statuses.forEach((s, j) => {
    if (j > 0 && s <= statuses[j - 1]!) check.fail(`${at}.statuses`, "expected distinct statuses in ascending order");
  });
  const variants =
    item.variants === undefined
      ? []
      : check.array(item.variants, `${at}.variants`).map((v, j) => {
          const variant = check.text(v, `${at}.variants[${j}]`);
          if (!XML_CODE.test(variant)) check.fail(`${at}.variants[${j}]`, `"${variant}" is not an XML-API code`);
          if (variant === code) check.fail(`${at}.variants[${j}]`, `"${variant}" is the code itself`);
          return variant;
        });
  const descriptions = check
    .array(item.descriptions, `${at}.descriptions`)
    .map((d, j) => description(check, d, `${at}.descriptions[${j}]`, variants));
  if (!descriptions.some((d) => d.en !== undefined)) check.fail(`${at}.descriptions`, "no English description");
  if (!descriptions.some((d) => d.zh !== undefined)) check.fail(`${at}.descriptions`, "no Chinese description");
  const described = [...new Set(descriptions.flatMap((d) => (d.status === null ? [] : [d.status])))].sort();
  if (described.join() !== statuses.join()) {
    check.fail(`${at}.statuses`, `expected [${described.join(", ")}], the statuses of its descriptions`);
  }
  const messages =
    item.messages === undefined
      ? []
      : check.array(item.messages, `${at}.messages`).map((m, j): XmlMessageRule => {
          const mp = `${at}.messages[${j}]`;
          const rule = check.object(m, mp);
          check.onlyKeys(rule, ["message", "status", "category", "retry", "en", "zh", "source"], mp);
          const zh = optionalText(check, rule.zh, `${mp}.zh`);
          return {
            message: check.text(rule.message, `${mp}.message`),
            status: rule.status === null ? null : status(check, rule.status, `${mp}.status`),
            ...classOf(check, rule, mp, categories),
            en: check.text(rule.en, `${mp}.en`),
            ...(zh === undefined ? {} : { zh }),
            source: check.oneOf(rule.source, XML_SOURCES, `${mp}.source`),
          };
        });
  return { code, statuses, category, retry, descriptions, variants, messages };
}

/** Validates the parsed content of `data/cos-xml-error-codes.json`, and the categories' `xmlExamples`. */
export function validateXmlCatalogFile(json: unknown, where: string, categoryFile: CategoryFile): XmlCatalogEntry[] {
  const check = new Checker(where);
  const categories = new Map(categoryFile.categories.map((c) => [c.id, c]));
  const root = check.object(json, "(root)");
  check.onlyKeys(root, ["entries"], "(root)");
  const spellings = new Map<string, string>();
  const entries = check.array(root.entries, "entries").map((raw, i) => {
    const entry = xmlEntry(check, raw, `entries[${i}]`, categories);
    const at = `entries[${i}] (code "${entry.code}")`;
    for (const [j, spelling] of [entry.code, ...entry.variants].entries()) {
      const field = j === 0 ? `${at}.code` : `${at}.variants[${j - 1}]`;
      const taken = spellings.get(spelling);
      if (taken !== undefined) {
        check.fail(
          field,
          taken === spelling ? `duplicate code "${spelling}"` : `"${spelling}" is already a variant of "${taken}"`,
        );
      }
      spellings.set(spelling, entry.code);
    }
    return entry;
  });
  for (const entry of entries) {
    for (const [j, variant] of entry.variants.entries()) {
      if (entries.some((e) => e.code === variant)) {
        const i = entries.indexOf(entry);
        check.fail(`entries[${i}] (code "${entry.code}").variants[${j}]`, `"${variant}" is a code of its own`);
      }
    }
  }
  for (const category of categoryFile.categories) {
    const examples = category.xmlExamples ?? [];
    examples.forEach((code, j) => {
      if (entries.find((e) => e.code === code)?.category !== category.id) {
        check.fail(`categories "${category.id}" xmlExamples[${j}]`, `"${code}" is not an XML code of this category`);
      }
    });
    if (examples.length === 0 && entries.some((e) => e.category === category.id)) {
      check.fail(`categories "${category.id}" xmlExamples`, "a category with XML codes needs an XML example");
    }
  }
  return entries;
}

function clientEntry(
  check: Checker,
  raw: unknown,
  path: string,
  group: "sdk" | "node",
  categories: ReadonlyMap<string, CategoryInfo>,
): ClientCodeEntry {
  const item = check.object(raw, path);
  check.onlyKeys(
    item,
    group === "sdk" ? ["code", "category", "retry", "en", "sdks"] : ["code", "category", "retry", "en"],
    path,
  );
  const code = check.text(item.code, `${path}.code`);
  if (group === "node" && !NODE_CODE.test(code))
    check.fail(`${path}.code`, `"${code}" is not a Node error code (E…, ERR_…)`);
  const at = `${path} (code "${code}")`;
  const sdks =
    group === "sdk" ? check.array(item.sdks, `${at}.sdks`).map((s, j) => check.oneOf(s, SDKS, `${at}.sdks[${j}]`)) : [];
  if (group === "sdk" && sdks.length === 0) check.fail(`${at}.sdks`, "expected at least one SDK");
  return { code, group, ...classOf(check, item, at, categories), en: check.text(item.en, `${at}.en`), sdks };
}

/** Rejects a client code that is taken: by another client code, or by an XML code or variant. */
function checkClientCode(check: Checker, entry: ClientCodeEntry, path: string, taken: Map<string, string>): void {
  const owner = taken.get(entry.code);
  if (owner !== undefined) check.fail(`${path}.code`, `"${entry.code}" is already ${owner}`);
  taken.set(entry.code, `a code of ${entry.group === "sdk" ? "the sdk group" : "Node"}`);
}

/** The XML spellings (codes and variants), as taken names for client codes. */
function xmlSpellings(xml: readonly XmlCatalogEntry[]): Map<string, string> {
  const taken = new Map<string, string>();
  for (const e of xml) {
    taken.set(e.code, "an XML-API code");
    for (const v of e.variants) taken.set(v, `a variant of the XML-API code "${e.code}"`);
  }
  return taken;
}

/** Validates the parsed content of `data/cos-sdk-client-codes.json`. */
export function validateSdkCodesFile(
  json: unknown,
  where: string,
  categoryFile: CategoryFile,
  xml: readonly XmlCatalogEntry[],
): ClientCodeEntry[] {
  const check = new Checker(where);
  const categories = new Map(categoryFile.categories.map((c) => [c.id, c]));
  const taken = xmlSpellings(xml);
  return check.array(json, "(root)").map((raw, i) => {
    const entry = clientEntry(check, raw, `[${i}]`, "sdk", categories);
    checkClientCode(check, entry, `[${i}]`, taken);
    return entry;
  });
}

/** Validates the parsed content of `data/node-system-codes.json`. */
export function validateNodeCodesFile(
  json: unknown,
  where: string,
  categoryFile: CategoryFile,
): { codes: ClientCodeEntry[]; prefixes: ClientCodePrefix[] } {
  const check = new Checker(where);
  const categories = new Map(categoryFile.categories.map((c) => [c.id, c]));
  const root = check.object(json, "(root)");
  check.onlyKeys(root, ["codes", "prefixes"], "(root)");
  const taken = new Map<string, string>();
  const codes = check.array(root.codes, "codes").map((raw, i) => {
    const entry = clientEntry(check, raw, `codes[${i}]`, "node", categories);
    checkClientCode(check, entry, `codes[${i}]`, taken);
    return entry;
  });
  const prefixes = check.array(root.prefixes, "prefixes").map((raw, i): ClientCodePrefix => {
    const path = `prefixes[${i}]`;
    const item = check.object(raw, path);
    check.onlyKeys(item, ["prefix", "category", "retry", "en"], path);
    const prefix = check.text(item.prefix, `${path}.prefix`);
    if (!/^[A-Z][A-Z0-9]*_$/u.test(prefix)) check.fail(`${path}.prefix`, `"${prefix}" is not a prefix such as "ERR_"`);
    const at = `${path} (prefix "${prefix}")`;
    return { prefix, ...classOf(check, item, at, categories), en: check.text(item.en, `${at}.en`) };
  });
  return { codes, prefixes };
}

/** Validates the parsed content of `data/http-statuses.json`: single statuses, and ranges that do not overlap. */
export function validateHttpStatusFile(json: unknown, where: string, categoryFile: CategoryFile): HttpStatusRule[] {
  const check = new Checker(where);
  const categories = new Map(categoryFile.categories.map((c) => [c.id, c]));
  const rules = check.array(json, "(root)").map((raw, i): HttpStatusRule => {
    const path = `[${i}]`;
    const item = check.object(raw, path);
    check.onlyKeys(item, ["status", "from", "to", "category", "retry", "en"], path);
    let from: number;
    let to: number;
    if (item.status !== undefined) {
      if (item.from !== undefined || item.to !== undefined) check.fail(path, 'give either "status" or "from" and "to"');
      from = to = status(check, item.status, `${path}.status`);
    } else {
      from = status(check, item.from, `${path}.from`);
      to = status(check, item.to, `${path}.to`);
      if (to <= from) check.fail(`${path}.to`, `expected a status after ${from}`);
    }
    const at = from === to ? `${path} (status ${from})` : `${path} (statuses ${from}-${to})`;
    return { from, to, ...classOf(check, item, at, categories), en: check.text(item.en, `${at}.en`) };
  });
  rules.forEach((rule, i) => {
    const single = rule.from === rule.to;
    rules.slice(0, i).forEach((other) => {
      if (single !== (other.from === other.to)) return;
      if (rule.from <= other.to && other.from <= rule.to) {
        check.fail(`[${i}]`, single ? `duplicate status ${rule.from}` : `overlaps ${other.from}-${other.to}`);
      }
    });
  });
  return rules;
}
