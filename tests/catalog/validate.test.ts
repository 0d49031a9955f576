import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Linter } from "eslint";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import plugin, { type CosErrorsSettings } from "../../src/index.js";
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

// An extraCodes key the rules would never judge would be a configuration error. The engine compares a
// negative number always, and a positive one when it, or its negation, is in the catalogue, extra codes
// included: so a positive extra code is judged too, and no accepted key is dead (0 is rejected above).
describe("extraCodes keys are all judged", () => {
  const EXTRA: CosErrorsSettings["extraCodes"] = {
    "12345": { name: "GATEWAY_DENIED", category: "auth", description: "Denied by the upload gateway" },
    "96": { name: "GATEWAY_SIGNATURE_OLD", category: "auth", description: "Gateway signature too old" },
  };
  const lint = (source: string, rules: Linter.RulesRecord, extraCodes?: CosErrorsSettings["extraCodes"]): string[] =>
    new Linter()
      .verify(source, [
        {
          plugins: { "cos-errors": plugin },
          settings: { "cos-errors": extraCodes === undefined ? {} : { extraCodes } },
          rules,
        },
      ])
      .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  const dispatch = (branches: string): string =>
    [
      'import COS from "cos-nodejs-sdk-v5";',
      "export async function up(cos, params) {",
      "  try {",
      "    return await cos.putObject(params);",
      "  } catch (err) {",
      `    ${branches}`,
      "  }",
      "}",
    ].join("\n");

  it("a positive extra code is compared, as a number and as a numeric string", () => {
    const source = dispatch(
      "if (err.code === 12345) return retryUpload(params);\n    if (err.code === '96') return retryUpload(params);\n    throw err;",
    );
    const rules: Linter.RulesRecord = {
      "cos-errors/no-retry-non-retryable": "error",
      "cos-errors/no-unknown-code": "error",
    };
    expect(lint(source, rules)).toEqual([
      "7:22 cos-errors/no-unknown-code `96` is not a COS error code. Did you mean `-96` (SIGNATURE_EXPIRED)?",
    ]);
    expect(lint(source, rules, EXTRA)).toEqual([
      "6:22 cos-errors/no-retry-non-retryable `12345` (GATEWAY_DENIED, auth) is not retryable; retrying repeats the failure.",
      "7:22 cos-errors/no-retry-non-retryable `96` (GATEWAY_SIGNATURE_OLD, auth) is not retryable; retrying repeats the failure.",
    ]);
  });

  it("a positive extra code handles its category in handle-non-retryable", () => {
    const source = dispatch("switch (err.code) { case -71: return retryUpload(params); case 12345: return null; }");
    const rules: Linter.RulesRecord = { "cos-errors/handle-non-retryable": ["error", { categories: ["auth"] }] };
    expect(lint(source, rules)).toEqual([
      "6:5 cos-errors/handle-non-retryable This COS error dispatch has no fallback, so errors a plain retry cannot " +
        "fix go unhandled: auth (-55). Handle them, or add a fallback.",
    ]);
    expect(lint(source, rules, EXTRA)).toEqual([]);
  });

  it("rejects the keys that are not codes at load, with the reason", () => {
    const extend = (key: string) => () =>
      builtinCatalog.extend({ [key]: { name: "GATEWAY_DENIED", category: "auth", description: "d" } }, "extraCodes");
    expect(extend("0")).toThrow(new CatalogError('extraCodes: ["0"].code: 0 means success and is not an error code'));
    expect(extend("-0")).toThrow(new CatalogError('extraCodes: ["-0"].code: 0 means success and is not an error code'));
    expect(extend("12345")().byCode(12345)?.name).toBe("GATEWAY_DENIED");
  });
});
