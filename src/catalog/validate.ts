/**
 * Validation of the catalogue files (`data/categories.json`, `data/cos-error-codes.json`; the XML-API
 * files are checked by `validate-xml.ts` with the same `Checker`) and of
 * user-supplied additions (`settings['cos-errors'].extraCodes`). Every error names the file (or
 * setting) and the field, so a malformed catalogue fails at load with a message a person can act on.
 */

import type { CosErrorCategoryInfo, CosErrorEntry, CosRetryClass, CosRetryClassInfo } from "../codes.js";

/*
 * The catalogue's types are the runtime module's (`src/codes.ts`, which imports nothing and so cannot use
 * these), with what the runtime module narrows to generated names (category ids, constant names) widened
 * to `string`: the catalogue is read and checked before anything is generated from it, and a user's
 * `extraCodes` may add names the generated types do not have.
 */
export type RetryClass = CosRetryClass;
export type CodeSource = "server" | "sdk" | "user";
export type RetryClassInfo = CosRetryClassInfo;

export interface CategoryInfo extends Omit<CosErrorCategoryInfo, "id" | "xmlExamples"> {
  readonly id: string;
  /** XML-API example codes (`data/categories.json` field `xmlExamples`). */
  readonly xmlExamples?: readonly string[];
}

export interface CategoryFile {
  readonly retryClasses: readonly RetryClassInfo[];
  readonly categories: readonly CategoryInfo[];
}

export interface CatalogEntry extends Omit<CosErrorEntry, "name" | "category" | "source"> {
  readonly name: string;
  readonly category: string;
  /** As in the runtime module, and `"user"` for a code of `settings['cos-errors'].extraCodes`. */
  readonly source: CodeSource;
}

export const RETRY_CLASSES: readonly RetryClass[] = ["backoff", "after-fix", "never"];
const NAME_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u;

export class CatalogError extends Error {
  override name = "CatalogError";
}

type Json = Record<string, unknown>;

/** Reports problems as `<where>: <what>: <problem>`. */
export class Checker {
  constructor(private readonly where: string) {}

  fail(path: string, problem: string): never {
    throw new CatalogError(`${this.where}: ${path}: ${problem}`);
  }

  object(value: unknown, path: string): Json {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.fail(path, `expected an object, got ${describe(value)}`);
    }
    return value as Json;
  }

  array(value: unknown, path: string): readonly unknown[] {
    if (!Array.isArray(value)) this.fail(path, `expected an array, got ${describe(value)}`);
    return value;
  }

  text(value: unknown, path: string): string {
    if (typeof value !== "string" || value.trim() === "") {
      this.fail(path, `expected a non-empty string, got ${describe(value)}`);
    }
    return value;
  }

  integer(value: unknown, path: string): number {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      this.fail(path, `expected an integer, got ${describe(value)}`);
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
    if (typeof value !== "string" || !allowed.includes(value as T)) {
      this.fail(path, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${describe(value)}`);
    }
    return value as T;
  }

  onlyKeys(object: Json, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) this.fail(`${path}.${key}`, `unknown field (allowed: ${allowed.join(", ")})`);
    }
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : JSON.stringify(value);
}

/** Validates the parsed content of `data/categories.json`. */
export function validateCategoryFile(json: unknown, where: string): CategoryFile {
  const check = new Checker(where);
  const root = check.object(json, "(root)");
  check.onlyKeys(root, ["retryClasses", "categories"], "(root)");

  const retryClasses = check.array(root.retryClasses, "retryClasses").map((raw, i): RetryClassInfo => {
    const path = `retryClasses[${i}]`;
    const item = check.object(raw, path);
    check.onlyKeys(item, ["id", "meaning", "action"], path);
    return {
      id: check.oneOf(item.id, RETRY_CLASSES, `${path}.id`),
      meaning: check.text(item.meaning, `${path}.meaning`),
      action: check.text(item.action, `${path}.action`),
    };
  });
  for (const id of RETRY_CLASSES) {
    if (!retryClasses.some((r) => r.id === id)) check.fail("retryClasses", `retry class "${id}" is not defined`);
  }

  const seen = new Set<string>();
  const categories = check.array(root.categories, "categories").map((raw, i): CategoryInfo => {
    const path = `categories[${i}]`;
    const item = check.object(raw, path);
    check.onlyKeys(item, ["id", "retry", "covers", "fixAction", "examples", "xmlExamples"], path);
    const id = check.text(item.id, `${path}.id`);
    if (!/^[a-z]+(?:-[a-z]+)*$/u.test(id)) check.fail(`${path}.id`, `"${id}" is not a kebab-case id`);
    if (seen.has(id)) check.fail(`${path}.id`, `duplicate category "${id}"`);
    seen.add(id);
    const retry = check.oneOf(item.retry, RETRY_CLASSES, `${path}.retry`);
    const examples = check
      .array(item.examples, `${path}.examples`)
      .map((e, j) => check.integer(e, `${path}.examples[${j}]`));
    const xmlExamples =
      item.xmlExamples === undefined
        ? []
        : check
            .array(item.xmlExamples, `${path}.xmlExamples`)
            .map((e, j) => check.text(e, `${path}.xmlExamples[${j}]`));
    if (examples.length + xmlExamples.length < 2 && retry !== "backoff") {
      check.fail(`${path}.examples`, "a category a retry cannot fix needs at least two example codes (JSON and XML)");
    }
    const info: CategoryInfo = {
      id,
      retry,
      covers: check.text(item.covers, `${path}.covers`),
      examples,
      ...(item.xmlExamples === undefined ? {} : { xmlExamples }),
    };
    if (retry === "after-fix") return { ...info, fixAction: check.text(item.fixAction, `${path}.fixAction`) };
    if (item.fixAction !== undefined) check.fail(`${path}.fixAction`, `only "after-fix" categories have a fix action`);
    return info;
  });
  if (categories.length === 0) check.fail("categories", "no category is defined");
  return { retryClasses, categories };
}

/** Validates one catalogue entry; `path` names it inside `where`. */
function validateEntry(
  check: Checker,
  raw: unknown,
  path: string,
  categories: ReadonlyMap<string, CategoryInfo>,
  sources: readonly CodeSource[],
): CatalogEntry {
  const item = check.object(raw, path);
  check.onlyKeys(item, ["code", "name", "category", "retry", "zh", "en", "source"], path);
  const code = check.integer(item.code, `${path}.code`);
  if (code === 0) check.fail(`${path}.code`, "0 means success and is not an error code");
  const at = `${path} (code ${code})`;
  const name = check.text(item.name, `${at}.name`);
  if (!NAME_PATTERN.test(name)) check.fail(`${at}.name`, `"${name}" is not an UPPER_SNAKE_CASE identifier`);
  const categoryId = check.oneOf(item.category, [...categories.keys()], `${at}.category`);
  const retry = check.oneOf(item.retry, RETRY_CLASSES, `${at}.retry`);
  const category = categories.get(categoryId);
  if (category && category.retry !== retry) {
    check.fail(
      `${at}.retry`,
      `"${retry}" contradicts category "${categoryId}", whose retry class is "${category.retry}"`,
    );
  }
  const zh = check.array(item.zh, `${at}.zh`).map((t, j) => check.text(t, `${at}.zh[${j}]`));
  const en = check.array(item.en, `${at}.en`).map((t, j) => check.text(t, `${at}.en[${j}]`));
  if (en.length === 0) check.fail(`${at}.en`, "expected at least one description");
  if (zh.length !== 0 && zh.length !== en.length) {
    check.fail(`${at}.en`, `expected ${zh.length} descriptions, parallel to zh, got ${en.length}`);
  }
  const source = check.oneOf(item.source, sources, `${at}.source`);
  return { code, name, category: categoryId, retry, zh, en, source };
}

/** Rejects a code or a name that is already taken. */
function checkUnique(check: Checker, entry: CatalogEntry, path: string, codes: Set<number>, names: Set<string>): void {
  if (codes.has(entry.code)) check.fail(`${path}.code`, `duplicate code ${entry.code}`);
  if (names.has(entry.name)) check.fail(`${path}.name`, `duplicate name "${entry.name}"`);
  codes.add(entry.code);
  names.add(entry.name);
}

/** Validates the parsed content of `data/cos-error-codes.json`. */
export function validateCatalogFile(json: unknown, where: string, categoryFile: CategoryFile): CatalogEntry[] {
  const check = new Checker(where);
  const categories = new Map(categoryFile.categories.map((c) => [c.id, c]));
  const codes = new Set<number>();
  const names = new Set<string>();
  const entries = check.array(json, "(root)").map((raw, i) => {
    const entry = validateEntry(check, raw, `[${i}]`, categories, ["server", "sdk"]);
    if (entry.source === "server" && entry.zh.length === 0) {
      check.fail(`[${i}] (code ${entry.code}).zh`, "expected the table's Chinese description");
    }
    checkUnique(check, entry, `[${i}]`, codes, names);
    return entry;
  });
  for (const category of categoryFile.categories) {
    category.examples.forEach((code, j) => {
      const entry = entries.find((e) => e.code === code);
      if (entry?.category !== category.id) {
        check.fail(`categories "${category.id}" examples[${j}]`, `${code} is not a code of this category`);
      }
    });
    if (category.examples.length === 0 && entries.some((e) => e.category === category.id)) {
      check.fail(`categories "${category.id}" examples`, "a category with JSON codes needs a JSON example");
    }
  }
  return entries;
}

/**
 * Validates `settings['cos-errors'].extraCodes`: an object from code (as written in JSON, e.g. `"-99999"`)
 * to `{ name, category, description, retry? }`. `retry` defaults to the category's class.
 */
export function validateExtraCodes(
  json: unknown,
  where: string,
  categories: ReadonlyMap<string, CategoryInfo>,
  taken: { readonly codes: ReadonlySet<number>; readonly names: ReadonlySet<string> },
): CatalogEntry[] {
  const check = new Checker(where);
  const root = check.object(json, "(root)");
  const codes = new Set(taken.codes);
  const names = new Set(taken.names);
  return Object.entries(root).map(([key, raw]) => {
    const path = `["${key}"]`;
    if (!/^-?\d+$/u.test(key)) check.fail(path, 'the key must be an integer code such as "-99999"');
    const item = check.object(raw, path);
    check.onlyKeys(item, ["name", "category", "retry", "description"], path);
    const categoryId = check.oneOf(item.category, [...categories.keys()], `${path}.category`);
    const entry = validateEntry(
      check,
      {
        code: Number(key),
        name: item.name,
        category: categoryId,
        retry: item.retry ?? categories.get(categoryId)?.retry,
        zh: [],
        en: [check.text(item.description, `${path}.description`)],
        source: "user",
      },
      path,
      categories,
      ["user"],
    );
    checkUnique(check, entry, path, codes, names);
    return entry;
  });
}
