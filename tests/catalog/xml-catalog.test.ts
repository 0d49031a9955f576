import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/index.js";
import { CatalogError, validateCategoryFile } from "../../src/catalog/validate.js";
import {
  validateHttpStatusFile,
  validateNodeCodesFile,
  validateSdkCodesFile,
  validateXmlCatalogFile,
} from "../../src/catalog/validate-xml.js";
import { loadDataFiles } from "../../scripts/data.js";

const { categoryFile, xml } = loadDataFiles();

describe("Catalog: XML-API lookups", () => {
  it("finds a correctly spelled code, and a variant as such", () => {
    const match = builtinCatalog.byXmlCode("NoSuchKey");
    expect(match?.variant).toBe(false);
    expect(match?.entry).toMatchObject({ code: "NoSuchKey", statuses: [404], category: "not-found", retry: "never" });
    const variant = builtinCatalog.byXmlCode("QuotaOperationConfilct");
    expect(variant?.variant).toBe(true);
    expect(variant?.entry.code).toBe("QuotaOperationConflict");
    expect(builtinCatalog.byXmlCode("noSuchKey")).toBeUndefined();
    expect(builtinCatalog.byXmlCode("Request has expired")).toBeUndefined();
  });

  it("lists every entry and every correctly spelled name", () => {
    expect(builtinCatalog.xmlEntries).toHaveLength(151);
    expect(builtinCatalog.xmlCodeNames).toHaveLength(151);
    expect(builtinCatalog.xmlCodeNames).toContain("BadRequest");
    expect(builtinCatalog.xmlCodeNames).not.toContain("BadRquest");
  });

  it("knows the sdk group and Node's codes, ERR_* by prefix", () => {
    expect(builtinCatalog.sdkClientCode("CannotDownload")).toEqual({
      code: "CannotDownload",
      group: "sdk",
      category: "precondition",
      retry: "never",
      en: expect.any(String) as string,
      viaPrefix: false,
    });
    expect(builtinCatalog.sdkClientCode("404")?.category).toBe("not-found");
    expect(builtinCatalog.sdkClientCode("ECONNRESET")).toBeUndefined();
    expect(builtinCatalog.nodeSystemCode("ECONNRESET")).toMatchObject({ group: "node", retry: "backoff" });
    expect(builtinCatalog.nodeSystemCode("ERR_INVALID_ARG_TYPE")).toMatchObject({
      category: "request",
      retry: "never",
      viaPrefix: true,
    });
    expect(builtinCatalog.nodeSystemCode("ERR_STREAM_PREMATURE_CLOSE")?.viaPrefix).toBe(false);
    expect(builtinCatalog.nodeSystemCode("ERR_")).toBeUndefined();
    expect(builtinCatalog.nodeSystemCode("timeout")).toBeUndefined();
  });

  it("treats HTTP statuses as the table says", () => {
    const of = (s: number): string | undefined => {
      const info = builtinCatalog.httpStatus(s);
      return info && `${info.category}/${info.retry}`;
    };
    expect([500, 502, 503, 504, 599].map(of)).toEqual(Array(5).fill("internal/backoff"));
    expect(of(429)).toBe("throttling/backoff");
    expect(of(408)).toBe("transient/backoff");
    expect(of(501)).toBe("request/never");
    expect([400, 401, 418].map(of)).toEqual(Array(3).fill("request/never"));
    expect(of(404)).toBe("not-found/never");
    expect([301, 302, 307].map(of)).toEqual(Array(3).fill("redirect/after-fix"));
    expect(of(200)).toBeUndefined();
    expect(of(600)).toBeUndefined();
  });

  it("knows every category by id; categories keeps the JSON-API ones", () => {
    expect(builtinCatalog.category("redirect")?.retry).toBe("after-fix");
    expect(builtinCatalog.category("precondition")?.xmlExamples).toEqual(["PreconditionFailed", "InvalidObjectState"]);
    expect(builtinCatalog.categories.map((c) => c.id)).not.toContain("redirect");
    expect(builtinCatalog.categories).toHaveLength(12);
    expect(builtinCatalog.allCategories).toHaveLength(14);
    const extended = builtinCatalog.extend(
      { "-99999": { name: "MY_CODE", category: "request", description: "x" } },
      "s",
    );
    expect(extended.byXmlCode("NoSuchKey")?.entry).toBe(builtinCatalog.byXmlCode("NoSuchKey")?.entry);
  });
});

const xmlEntry = {
  code: "NoSuchKey",
  statuses: [404],
  category: "not-found",
  retry: "never",
  descriptions: [{ status: 404, en: "The key does not exist", zh: "对象不存在", source: "intl-2023" }],
};
const xmlFile = (...changes: Record<string, unknown>[]): unknown => ({
  entries: changes.map((c) => ({ ...xmlEntry, ...c })),
});
const W = "data/cos-xml-error-codes.json";

describe("validateXmlCatalogFile", () => {
  const cases: [string, unknown, string][] = [
    ["a root without entries", { entries: {} }, `${W}: entries: expected an array, got an object`],
    [
      "an unknown field",
      xmlFile({ http: 404 }),
      `${W}: entries[0].http: unknown field (allowed: code, statuses, category, retry, descriptions, variants, messages)`,
    ],
    [
      "a code with a space",
      xmlFile({ code: "No Such Key" }),
      `${W}: entries[0].code: "No Such Key" is not an XML-API code (letters and digits)`,
    ],
    [
      "an unknown category",
      xmlFile({ category: "missing" }),
      `${W}: entries[0] (code "NoSuchKey").category: expected one of "throttling", "transient", "internal", "signature-expired", "resumable", "integrity", "request", "auth", "signature", "not-found", "conflict", "banned", "redirect", "precondition", got "missing"`,
    ],
    [
      "a retry class that contradicts the category",
      xmlFile({ retry: "backoff" }),
      `${W}: entries[0] (code "NoSuchKey").retry: "backoff" contradicts category "not-found", whose retry class is "never"`,
    ],
    [
      "a status out of range",
      xmlFile({ statuses: [40] }),
      `${W}: entries[0] (code "NoSuchKey").statuses[0]: 40 is not an HTTP status (100-599)`,
    ],
    [
      "statuses that are not the descriptions'",
      xmlFile({ statuses: [400] }),
      `${W}: entries[0] (code "NoSuchKey").statuses: expected [404], the statuses of its descriptions`,
    ],
    [
      "statuses out of order",
      xmlFile({ statuses: [404, 400] }),
      `${W}: entries[0] (code "NoSuchKey").statuses: expected distinct statuses in ascending order`,
    ],
    [
      "an unknown source",
      xmlFile({ descriptions: [{ ...xmlEntry.descriptions[0], source: "blog" }] }),
      `${W}: entries[0] (code "NoSuchKey").descriptions[0].source: expected one of "intl-2023", "intl-2026-ind", "cn-2021-flare", "intl-2019-12", "intl-2019-04", got "blog"`,
    ],
    [
      "no Chinese description",
      xmlFile({ descriptions: [{ status: 404, en: "x", source: "intl-2023" }] }),
      `${W}: entries[0] (code "NoSuchKey").descriptions: no Chinese description`,
    ],
    [
      "a spelling that is not a variant",
      xmlFile({ descriptions: [{ ...xmlEntry.descriptions[0], spelling: "NoSuchKee" }] }),
      `${W}: entries[0] (code "NoSuchKey").descriptions[0].spelling: "NoSuchKee" is not one of the entry's variants`,
    ],
    ["a duplicate code", xmlFile({}, {}), `${W}: entries[1] (code "NoSuchKey").code: duplicate code "NoSuchKey"`],
    [
      "a variant equal to the code",
      xmlFile({ variants: ["NoSuchKey"] }),
      `${W}: entries[0] (code "NoSuchKey").variants[0]: "NoSuchKey" is the code itself`,
    ],
    [
      "a variant equal to another code",
      xmlFile({ variants: ["NoSuchBucket"] }, { code: "NoSuchBucket" }),
      `${W}: entries[1] (code "NoSuchBucket").code: "NoSuchBucket" is already a variant of "NoSuchKey"`,
    ],
    [
      "a variant of two codes",
      xmlFile({ variants: ["NoSuchThing"] }, { code: "NoSuchBucket", variants: ["NoSuchThing"] }),
      `${W}: entries[1] (code "NoSuchBucket").variants[0]: "NoSuchThing" is already a variant of "NoSuchKey"`,
    ],
    [
      "a message rule that contradicts its category",
      xmlFile({
        messages: [{ message: "m", status: 403, category: "auth", retry: "backoff", en: "e", source: "intl-2023" }],
      }),
      `${W}: entries[0] (code "NoSuchKey").messages[0].retry: "backoff" contradicts category "auth", whose retry class is "never"`,
    ],
  ];
  it.each(cases)("rejects %s, naming the file and the field", (_, json, message) => {
    expect(() => validateXmlCatalogFile(json, W, categoryFile)).toThrow(new CatalogError(message));
  });

  it("rejects an XML example that is not a code of its category", () => {
    const categories = categoryFile.categories.map((c) =>
      c.id === "not-found" ? { ...c, xmlExamples: ["NoSuchKey", "SlowDown"] } : c,
    );
    const data = { entries: xml };
    expect(() => validateXmlCatalogFile(data, W, { ...categoryFile, categories })).toThrow(
      new CatalogError(`${W}: categories "not-found" xmlExamples[1]: "SlowDown" is not an XML code of this category`),
    );
    const none = categoryFile.categories.map((c) => (c.id === "banned" ? { ...c, xmlExamples: [] } : c));
    expect(() => validateXmlCatalogFile(data, W, { ...categoryFile, categories: none })).toThrow(
      new CatalogError(`${W}: categories "banned" xmlExamples: a category with XML codes needs an XML example`),
    );
  });

  it("counts JSON and XML examples together for a category a retry cannot fix", () => {
    const json = {
      retryClasses: categoryFile.retryClasses,
      categories: [{ id: "redirect", retry: "never", covers: "c", examples: [], xmlExamples: ["PermanentRedirect"] }],
    };
    expect(() => validateCategoryFile(json, "categories.json")).toThrow(
      "categories.json: categories[0].examples: a category a retry cannot fix needs at least two example codes (JSON and XML)",
    );
  });
});

describe("the client-code and status files", () => {
  const sdk = {
    code: "CannotDownload",
    category: "precondition",
    retry: "never",
    en: "e",
    sdks: ["cos-nodejs-sdk-v5"],
  };
  it("rejects a malformed sdk code, naming the file and the field", () => {
    const at = "data/cos-sdk-client-codes.json";
    expect(() => validateSdkCodesFile([{ ...sdk, sdks: ["aws-sdk"] }], at, categoryFile, xml)).toThrow(
      `${at}: [0] (code "CannotDownload").sdks[0]: expected one of "cos-nodejs-sdk-v5", "cos-js-sdk-v5", "cos-wx-sdk-v5", got "aws-sdk"`,
    );
    expect(() => validateSdkCodesFile([{ ...sdk, code: "BadRquest" }], at, categoryFile, xml)).toThrow(
      `${at}: [0].code: "BadRquest" is already a variant of the XML-API code "BadRequest"`,
    );
    expect(() => validateSdkCodesFile([sdk, sdk], at, categoryFile, xml)).toThrow(
      `${at}: [1].code: "CannotDownload" is already a code of the sdk group`,
    );
    expect(() => validateSdkCodesFile([{ ...sdk, retry: "backoff" }], at, categoryFile, xml)).toThrow(
      `${at}: [0] (code "CannotDownload").retry: "backoff" contradicts category "precondition", whose retry class is "never"`,
    );
  });

  it("rejects a malformed Node code or prefix", () => {
    const at = "data/node-system-codes.json";
    const code = { code: "ECONNRESET", category: "transient", retry: "backoff", en: "e" };
    expect(() =>
      validateNodeCodesFile({ codes: [{ ...code, code: "econnreset" }], prefixes: [] }, at, categoryFile),
    ).toThrow(`${at}: codes[0].code: "econnreset" is not a Node error code (E…, ERR_…)`);
    expect(() => validateNodeCodesFile({ codes: [code, code], prefixes: [] }, at, categoryFile)).toThrow(
      `${at}: codes[1].code: "ECONNRESET" is already a code of Node`,
    );
    expect(() =>
      validateNodeCodesFile(
        { codes: [], prefixes: [{ prefix: "ERR", category: "request", retry: "never", en: "e" }] },
        at,
        categoryFile,
      ),
    ).toThrow(`${at}: prefixes[0].prefix: "ERR" is not a prefix such as "ERR_"`);
  });

  it("rejects overlapping or duplicate status rules", () => {
    const at = "data/http-statuses.json";
    const rule = { category: "internal", retry: "backoff", en: "e" };
    expect(() =>
      validateHttpStatusFile(
        [
          { ...rule, from: 500, to: 599 },
          { ...rule, from: 550, to: 560 },
        ],
        at,
        categoryFile,
      ),
    ).toThrow(`${at}: [1]: overlaps 500-599`);
    expect(() =>
      validateHttpStatusFile(
        [
          { ...rule, status: 503 },
          { ...rule, status: 503 },
        ],
        at,
        categoryFile,
      ),
    ).toThrow(`${at}: [1]: duplicate status 503`);
    expect(() => validateHttpStatusFile([{ ...rule, status: 503, from: 500 }], at, categoryFile)).toThrow(
      `${at}: [0]: give either "status" or "from" and "to"`,
    );
    expect(() => validateHttpStatusFile([{ ...rule, from: 599, to: 500 }], at, categoryFile)).toThrow(
      `${at}: [0].to: expected a status after 599`,
    );
    expect(() => validateHttpStatusFile([{ ...rule, status: 404, retry: "never" }], at, categoryFile)).toThrow(
      `${at}: [0] (status 404).retry: "never" contradicts category "internal", whose retry class is "backoff"`,
    );
  });
});
