/**
 * The catalogue the rules read: the generated runtime module's entries (which mirror `data/`), indexed
 * by code and by name, optionally extended with the user's `extraCodes`. Lookups are `Map` reads, the
 * maps built once per catalogue.
 *
 * Two vocabularies: JSON-API numbers (`byCode`, `byName`, `entries`, `categories`) and XML-API strings
 * (`byXmlCode`, `xmlEntries`, `xmlCodeNames`), plus the codes the SDKs and Node make up
 * (`sdkClientCode`, `nodeSystemCode`) and HTTP statuses (`httpStatus`). `category(id)` knows every category.
 */
import {
  cosErrorCatalog,
  cosErrorCategories,
  cosHttpStatuses,
  cosSdkClientCodes,
  cosXmlErrorCatalog,
  nodeSystemCodePrefixes,
  nodeSystemCodes,
} from "../codes.js";
import { validateExtraCodes, type CatalogEntry, type CategoryInfo, type RetryClass } from "./validate.js";
import type { ClientCodePrefix, HttpStatusRule, XmlCatalogEntry } from "./validate-xml.js";

export type { CatalogEntry, CategoryInfo, RetryClass } from "./validate.js";
export type { ClientCodePrefix, HttpStatusRule, XmlCatalogEntry, XmlDescription } from "./validate-xml.js";
export { CatalogError } from "./validate.js";

/** What `byXmlCode` finds: the entry, and whether the code was a known misspelling of `entry.code`. */
export interface XmlCodeMatch {
  readonly entry: XmlCatalogEntry;
  /** `true` for a known variant (`"BadRquest"`): the code means `entry.code` but is not spelled like it. */
  readonly variant: boolean;
}

/** A code the SDKs or Node make up, with its class; `viaPrefix` when only a prefix rule (`ERR_*`) knew it. */
export interface ClientCodeInfo {
  readonly code: string;
  readonly group: "sdk" | "node";
  readonly category: string;
  readonly retry: RetryClass;
  readonly en: string;
  readonly viaPrefix: boolean;
}

/** How retry logic treats an HTTP status, and the rule (single status or range) that says so. */
export interface HttpStatusInfo {
  readonly status: number;
  readonly category: string;
  readonly retry: RetryClass;
  readonly en: string;
  readonly rule: HttpStatusRule;
}

/** The three vocabularies a compared code can belong to: JSON-API numbers, XML-API strings, HTTP statuses. */
export type Vocabulary = "json" | "xml" | "status";

/** A compared code, whatever its vocabulary: what the rules need to judge it. */
export interface CodeInfo {
  readonly vocabulary: Vocabulary;
  /** The code as compared: `-96`, `"NoSuchKey"`, `404`. */
  readonly code: number | string;
  /**
   * The constant that names it (`SIGNATURE_EXPIRED`, `NoSuchKey`); for an XML variant, the correct
   * spelling's; absent for the codes the SDKs and Node make up, and for HTTP statuses.
   */
  readonly constantName?: string;
  /** A short label for messages: the constant name, the code itself, or `HTTP 404`. */
  readonly label: string;
  readonly category: string;
  readonly retry: RetryClass;
  /** The English description (the first one of an XML code). */
  readonly en: string;
  /** Where the code comes from: the service (`json`, `xml`), a known misspelling, an SDK, Node, or HTTP. */
  readonly origin: "json" | "xml" | "xml-variant" | "sdk" | "node" | "status";
  /** For a JSON-API code, its catalogue entry (`source` tells built-in, sdk and user codes apart). */
  readonly entry?: CatalogEntry;
}

/** The XML side of a catalogue: the same for every `extend`ed copy, so built once. */
export interface XmlTables {
  readonly xmlEntries: readonly XmlCatalogEntry[];
  readonly byXml: ReadonlyMap<string, XmlCodeMatch>;
  readonly xmlCodeNames: readonly string[];
  readonly client: ReadonlyMap<string, ClientCodeInfo>;
  readonly prefixes: readonly ClientCodePrefix[];
  readonly statuses: ReadonlyMap<number, HttpStatusInfo>;
}

function buildXmlTables(
  xmlEntries: readonly XmlCatalogEntry[],
  clientCodes: readonly {
    code: string;
    kind?: "sdk" | "node";
    group?: "sdk" | "node";
    category: string;
    retry: RetryClass;
    en: string;
  }[],
  prefixes: readonly ClientCodePrefix[],
  statusRules: readonly HttpStatusRule[],
): XmlTables {
  const byXml = new Map<string, XmlCodeMatch>();
  for (const entry of xmlEntries) {
    byXml.set(entry.code, { entry, variant: false });
    for (const v of entry.variants) byXml.set(v, { entry, variant: true });
  }
  const client = new Map<string, ClientCodeInfo>(
    clientCodes.map(({ code, kind, group, category, retry, en }) => [
      code,
      { code, group: (group ?? kind)!, category, retry, en, viaPrefix: false },
    ]),
  );
  const statuses = new Map<number, HttpStatusInfo>();
  for (let status = 100; status <= 599; status++) {
    const rule =
      statusRules.find((r) => r.from === status && r.to === status) ??
      statusRules.find((r) => r.from <= status && status <= r.to);
    if (rule) statuses.set(status, { status, category: rule.category, retry: rule.retry, en: rule.en, rule });
  }
  return { xmlEntries, byXml, xmlCodeNames: xmlEntries.map((e) => e.code), client, prefixes, statuses };
}

const builtinXml = buildXmlTables(
  cosXmlErrorCatalog,
  [...cosSdkClientCodes, ...nodeSystemCodes],
  nodeSystemCodePrefixes,
  cosHttpStatuses,
);

export class Catalog {
  readonly #byCode: ReadonlyMap<number, CatalogEntry>;
  readonly #byName: ReadonlyMap<string, CatalogEntry>;
  readonly #categories: ReadonlyMap<string, CategoryInfo>;
  readonly #allCategories: ReadonlyMap<string, CategoryInfo>;
  readonly #xml: XmlTables;
  #clientCodes: readonly ClientCodeInfo[] | undefined;
  readonly #byVocabulary: ReadonlyMap<Vocabulary, readonly CategoryInfo[]>;
  /** The example status of each category: its lowest error status (400 up), else its lowest (`redirect`: 300). */
  readonly #statusExample: ReadonlyMap<string, number>;
  /** The categories of JSON-API codes (those with JSON examples), in data/categories.json order. */
  readonly categories: readonly CategoryInfo[];

  /**
   * @param entries the JSON-API codes
   * @param allCategories every category; `categories` keeps those with JSON-API codes
   */
  constructor(
    readonly entries: readonly CatalogEntry[],
    readonly allCategories: readonly CategoryInfo[],
    xml: XmlTables = builtinXml,
  ) {
    this.categories = allCategories.filter((c) => c.examples.length > 0);
    this.#byCode = new Map(entries.map((e) => [e.code, e]));
    this.#byName = new Map(entries.map((e) => [e.name, e]));
    this.#categories = new Map(this.categories.map((c) => [c.id, c]));
    this.#allCategories = new Map(allCategories.map((c) => [c.id, c]));
    this.#xml = xml;
    const statusCategories = new Map<string, number>();
    // 412, not 304, stands for `precondition`: a dispatch on error statuses is told of an error status.
    const order = (status: number): number => (status < 400 ? status + 1000 : status);
    for (const status of [...xml.statuses.keys()].sort((a, b) => order(a) - order(b))) {
      const id = xml.statuses.get(status)!.category;
      if (!statusCategories.has(id)) statusCategories.set(id, status);
    }
    this.#statusExample = statusCategories;
    this.#byVocabulary = new Map([
      ["json", this.categories],
      ["xml", allCategories.filter((c) => (c.xmlExamples?.length ?? 0) > 0)],
      ["status", allCategories.filter((c) => statusCategories.has(c.id))],
    ]);
  }

  byCode(code: number): CatalogEntry | undefined {
    return this.#byCode.get(code);
  }

  byName(name: string): CatalogEntry | undefined {
    return this.#byName.get(name);
  }

  /** Any category, of either vocabulary (`"not-found"`, `"redirect"`, `"precondition"`). */
  category(id: string): CategoryInfo | undefined {
    return this.#allCategories.get(id);
  }

  /** The XML-API codes, in the source table's order. */
  get xmlEntries(): readonly XmlCatalogEntry[] {
    return this.#xml.xmlEntries;
  }

  /** Every correctly spelled XML-API code (no variants), for near-miss suggestions. */
  get xmlCodeNames(): readonly string[] {
    return this.#xml.xmlCodeNames;
  }

  /** The entry of an XML-API code, correctly spelled or a known variant (case-sensitive, as the server sends it). */
  byXmlCode(code: string): XmlCodeMatch | undefined {
    return this.#xml.byXml.get(code);
  }

  /** The codes the SDKs and Node make up that have entries of their own (not those known by a prefix rule). */
  get clientCodes(): readonly ClientCodeInfo[] {
    return (this.#clientCodes ??= [...this.#xml.client.values()]);
  }

  /** A code one of the SDKs makes up (`"CannotDownload"`, `"404"`, `"Error"`, `"timeout"`, …). */
  sdkClientCode(code: string): ClientCodeInfo | undefined {
    const info = this.#xml.client.get(code);
    return info?.group === "sdk" ? info : undefined;
  }

  /** One of Node's own codes (`"ECONNRESET"`), or one matched by a prefix rule (`"ERR_INVALID_URL"`). */
  nodeSystemCode(code: string): ClientCodeInfo | undefined {
    const info = this.#xml.client.get(code);
    if (info !== undefined) return info.group === "node" ? info : undefined;
    if (!/^[A-Z0-9_]+$/u.test(code)) return undefined;
    const rule = this.#xml.prefixes.find((p) => code.startsWith(p.prefix) && code.length > p.prefix.length);
    return rule && { code, group: "node", category: rule.category, retry: rule.retry, en: rule.en, viaPrefix: true };
  }

  /** How retry logic treats an HTTP status; `undefined` for statuses no rule covers (1xx, 2xx). */
  httpStatus(status: number): HttpStatusInfo | undefined {
    return this.#xml.statuses.get(status);
  }

  /**
   * What a compared code is in its vocabulary; `undefined` when the catalogue does not know it. An XML
   * string is looked up among the XML-API codes (and their known misspellings), then the SDKs' and Node's
   * own codes.
   */
  classify(code: number | string, vocabulary: Vocabulary): CodeInfo | undefined {
    if (vocabulary === "json") {
      const entry = typeof code === "number" ? this.byCode(code) : undefined;
      if (!entry) return undefined;
      const retry = this.category(entry.category)?.retry ?? entry.retry;
      const en = entry.en.join("; ");
      return {
        vocabulary,
        code,
        constantName: entry.name,
        label: entry.name,
        category: entry.category,
        retry,
        en,
        origin: "json",
        entry,
      };
    }
    if (vocabulary === "status") {
      const info = typeof code === "number" ? this.httpStatus(code) : undefined;
      return (
        info && {
          vocabulary,
          code,
          label: `HTTP ${code}`,
          category: info.category,
          retry: info.retry,
          en: info.en,
          origin: "status",
        }
      );
    }
    if (typeof code !== "string") return undefined;
    const match = this.byXmlCode(code);
    if (match) {
      const { entry, variant } = match;
      const en = entry.descriptions.find((d) => d.en !== undefined)?.en ?? entry.code;
      return {
        vocabulary,
        code,
        constantName: entry.code,
        label: entry.code,
        category: entry.category,
        retry: entry.retry,
        en,
        origin: variant ? "xml-variant" : "xml",
      };
    }
    const client = this.sdkClientCode(code) ?? this.nodeSystemCode(code);
    return (
      client && {
        vocabulary,
        code,
        label: code,
        category: client.category,
        retry: client.retry,
        en: client.en,
        origin: client.group,
      }
    );
  }

  /**
   * The categories that have codes in `vocabulary`, in data/categories.json order: what a dispatch on codes
   * of that vocabulary can be asked to handle.
   */
  categoriesOf(vocabulary: Vocabulary): readonly CategoryInfo[] {
    return this.#byVocabulary.get(vocabulary)!;
  }

  /** An example code of `category` in `vocabulary`, for messages (`-97`, `SignatureDoesNotMatch`, `403`). */
  exampleOf(category: CategoryInfo, vocabulary: Vocabulary): string | undefined {
    if (vocabulary === "json") return category.examples[0]?.toString();
    if (vocabulary === "xml") return category.xmlExamples?.[0];
    return this.#statusExample.get(category.id)?.toString();
  }

  /** A new catalogue with the user's `extraCodes` added; throws a `CatalogError` naming `where`. */
  extend(extraCodes: unknown, where: string): Catalog {
    const extra = validateExtraCodes(extraCodes, where, this.#categories, {
      codes: new Set(this.#byCode.keys()),
      names: new Set(this.#byName.keys()),
    });
    return extra.length === 0 ? this : new Catalog([...this.entries, ...extra], this.allCategories, this.#xml);
  }
}

/** The built-in catalogue, built once. */
export const builtinCatalog = new Catalog(cosErrorCatalog, cosErrorCategories);
