import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/index.js";
import { CatalogError, validateCatalogFile, validateCategoryFile } from "../../src/catalog/validate.js";
import { DATA_DIR, loadDataFiles } from "../../scripts/data.js";

const categoryJson = JSON.parse(readFileSync(path.join(DATA_DIR, "categories.json"), "utf8")) as {
  categories: Record<string, unknown>[];
};
const categoryFile = validateCategoryFile(categoryJson, "categories.json");
const entry = {
  code: -96,
  name: "SIGNATURE_EXPIRED",
  category: "signature-expired",
  retry: "after-fix",
  zh: ["签名过期"],
  en: ["Signature expired"],
  source: "server",
};
const codes = (...changes: Record<string, unknown>[]): unknown[] => changes.map((c) => ({ ...entry, ...c }));
const examplesOnly = { ...categoryFile, categories: categoryFile.categories.map((c) => ({ ...c, examples: [] })) };

describe("validateCatalogFile", () => {
  const cases: [string, unknown, string][] = [
    ["a root that is not an array", {}, "codes.json: (root): expected an array, got an object"],
    [
      "an unknown category",
      codes({ category: "auth-ish" }),
      'codes.json: [0] (code -96).category: expected one of "throttling", "transient", "internal", "signature-expired", "resumable", "integrity", "request", "auth", "signature", "not-found", "conflict", "banned", "redirect", "precondition", got "auth-ish"',
    ],
    [
      "an unknown retry class",
      codes({ retry: "sometimes" }),
      'codes.json: [0] (code -96).retry: expected one of "backoff", "after-fix", "never", got "sometimes"',
    ],
    [
      "a retry class that contradicts the category",
      codes({ retry: "backoff" }),
      'codes.json: [0] (code -96).retry: "backoff" contradicts category "signature-expired", whose retry class is "after-fix"',
    ],
    ["a code that is a string", codes({ code: "-96" }), 'codes.json: [0].code: expected an integer, got "-96"'],
    ["code 0", codes({ code: 0 }), "codes.json: [0].code: 0 means success and is not an error code"],
    [
      "a lower-case name",
      codes({ name: "signatureExpired" }),
      'codes.json: [0] (code -96).name: "signatureExpired" is not an UPPER_SNAKE_CASE identifier',
    ],
    ["a duplicate code", codes({}, { name: "OTHER" }), "codes.json: [1].code: duplicate code -96"],
    ["a duplicate name", codes({}, { code: -59 }), 'codes.json: [1].name: duplicate name "SIGNATURE_EXPIRED"'],
    [
      "English not parallel to Chinese",
      codes({ en: ["a", "b"] }),
      "codes.json: [0] (code -96).en: expected 1 descriptions, parallel to zh, got 2",
    ],
    ["no Chinese text", codes({ zh: [] }), "codes.json: [0] (code -96).zh: expected the table's Chinese description"],
    [
      "an empty description",
      codes({ zh: [""] }),
      'codes.json: [0] (code -96).zh[0]: expected a non-empty string, got ""',
    ],
    [
      "an unknown source",
      codes({ source: "user" }),
      'codes.json: [0] (code -96).source: expected one of "server", "sdk", got "user"',
    ],
    [
      "an unknown field",
      codes({ retryable: true }),
      "codes.json: [0].retryable: unknown field (allowed: code, name, category, retry, zh, en, source)",
    ],
  ];
  it.each(cases)("rejects %s, naming the file and the field", (_, json, message) => {
    expect(() => validateCatalogFile(json, "codes.json", examplesOnly)).toThrow(new CatalogError(message));
  });

  it("rejects a category example that is not a code of that category", () => {
    expect(() => validateCatalogFile(codes({}), "codes.json", categoryFile)).toThrow(
      new CatalogError('codes.json: categories "throttling" examples[0]: -71 is not a code of this category'),
    );
  });
});

describe("validateCategoryFile", () => {
  const withCategory = (change: Record<string, unknown>): unknown => ({
    ...categoryJson,
    categories: [{ ...categoryJson.categories[3], ...change }],
  });
  const cases: [string, unknown, string][] = [
    [
      "a missing retry class",
      { ...categoryJson, retryClasses: [] },
      'categories.json: retryClasses: retry class "backoff" is not defined',
    ],
    [
      "an unknown retry class",
      withCategory({ retry: "later" }),
      'categories.json: categories[0].retry: expected one of "backoff", "after-fix", "never", got "later"',
    ],
    [
      "an after-fix category without a fix action",
      withCategory({ fixAction: undefined }),
      "categories.json: categories[0].fixAction: expected a non-empty string, got nothing",
    ],
    [
      "a fix action on a never category",
      withCategory({ retry: "never" }),
      'categories.json: categories[0].fixAction: only "after-fix" categories have a fix action',
    ],
    [
      "a category id that is not kebab-case",
      withCategory({ id: "Signature Expired" }),
      'categories.json: categories[0].id: "Signature Expired" is not a kebab-case id',
    ],
    [
      "too few examples",
      withCategory({ examples: [-96], xmlExamples: [] }),
      "categories.json: categories[0].examples: a category a retry cannot fix needs at least two example codes (JSON and XML)",
    ],
  ];
  it.each(cases)("rejects %s, naming the file and the field", (_, json, message) => {
    expect(() => validateCategoryFile(json, "categories.json")).toThrow(new CatalogError(message));
  });
});

describe("loadDataFiles", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "cos-data-"));
    cpSync(DATA_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the project's data", () => {
    expect(loadDataFiles().entries).toHaveLength(builtinCatalog.entries.length);
  });

  it("names the file that is not valid JSON", () => {
    writeFileSync(path.join(dir, "cos-error-codes.json"), "[{");
    expect(() => loadDataFiles(dir)).toThrow(`${path.join(dir, "cos-error-codes.json")}: is not valid JSON:`);
  });

  it("names the file and the field of a malformed entry", () => {
    const file = path.join(dir, "cos-error-codes.json");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace('"name": "SIGNATURE_EXPIRED"', '"name": "SIGNATURE EXPIRED"'),
    );
    expect(() => loadDataFiles(dir)).toThrow(
      new CatalogError(`${file}: [65] (code -96).name: "SIGNATURE EXPIRED" is not an UPPER_SNAKE_CASE identifier`),
    );
  });
});
