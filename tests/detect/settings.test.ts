import { describe, expect, it } from "vitest";
import { builtinCatalog, CatalogError } from "../../src/catalog/index.js";
import { DEFAULT_CONTEXT_PATTERN, getSharedSettings, parseSettings, SettingsError } from "../../src/detect/settings.js";

/** The defaults, spelled out here rather than imported, so that a change to them fails a test. */
const DEFAULT_SDK_MODULES = [
  "cos-nodejs-sdk-v5",
  "cos-js-sdk-v5",
  "cos-wx-sdk-v5",
  "cos-nodejs-sdk-v4",
  "cos-js-sdk-v4",
  "qcloud_cos",
  "qcloud-cos-sdk",
  "cos-error-codes",
  "eslint-plugin-cos-errors/codes",
];
const DEFAULT_CODE_NAMES = [
  "code",
  "errorCode",
  "error_code",
  "errorcode",
  "errCode",
  "errcode",
  "ErrorCode",
  "retCode",
  "retcode",
  "Code",
];

const parse = (settings: Record<string, unknown>) => parseSettings({ "cos-errors": settings });

/** The error `parseSettings` throws for `settings['cos-errors']`; fails the test when nothing is thrown. */
function thrown(value: unknown): Error {
  try {
    parseSettings({ "cos-errors": value });
  } catch (error) {
    return error as Error;
  }
  throw new Error(`settings ${JSON.stringify(value)} were accepted`);
}

describe("parseSettings defaults", () => {
  it.each([
    ["no settings at all", undefined],
    ["settings without cos-errors", { other: { x: 1 } }],
    ["an empty cos-errors object", { "cos-errors": {} }],
  ])("reads %s as the defaults", (_, all) => {
    const settings = parseSettings(all);
    expect(settings.assumeCos).toBe(false);
    expect(settings.typeAware).toBe(false);
    expect([...settings.sdkModules].sort()).toEqual([...DEFAULT_SDK_MODULES].sort());
    expect(settings.sdkModules.size).toBe(9);
    expect([...settings.codeNames].sort()).toEqual([...DEFAULT_CODE_NAMES].sort());
    expect(settings.codeNames.size).toBe(10);
    expect([...settings.statusNames]).toEqual(["statusCode"]);
    expect(settings.xmlConstantsName).toBe("CosXmlErrorCode");
    expect(settings.contextPattern.source).toBe(DEFAULT_CONTEXT_PATTERN);
    expect(settings.contextPattern.flags).toBe("u");
    expect(settings.constantsModule).toBe("cos-error-codes");
    expect([...settings.constantsSources]).toEqual(["cos-error-codes", "eslint-plugin-cos-errors/codes"]);
    expect(settings.constantsName).toBe("CosErrorCode");
    expect(settings.catalog).toBe(builtinCatalog);
    expect(settings.textPrefilter).toBe(true);
  });
});

describe("parseSettings values", () => {
  it("adds sdkModules to the defaults", () => {
    const settings = parse({ sdkModules: ["storage-wrapper", "@acme/cos", "cos-js-sdk-v5"] });
    expect([...settings.sdkModules].sort()).toEqual([...DEFAULT_SDK_MODULES, "storage-wrapper", "@acme/cos"].sort());
    expect(settings.textPrefilter).toBe(true);
  });

  it("adds a custom constantsModule to the SDK modules, keeping the runtime module", () => {
    const settings = parse({ constantsModule: "@acme/cos-codes", constantsName: "Codes" });
    expect(settings.constantsModule).toBe("@acme/cos-codes");
    expect(settings.constantsName).toBe("Codes");
    expect([...settings.sdkModules].sort()).toEqual([...DEFAULT_SDK_MODULES, "@acme/cos-codes"].sort());
    // Both built-in runtime modules stay sources of the constants and helpers.
    expect([...settings.constantsSources]).toEqual([
      "@acme/cos-codes",
      "cos-error-codes",
      "eslint-plugin-cos-errors/codes",
    ]);
  });

  it("replaces the default codeNames", () => {
    expect([...parse({ codeNames: ["status", "code"] }).codeNames]).toEqual(["status", "code"]);
    expect([...parse({ codeNames: ["status"] }).codeNames]).toEqual(["status"]);
  });

  it("compiles a custom contextPattern with the u flag and turns the text prefilter off", () => {
    const settings = parse({ contextPattern: "^bucketClient$" });
    expect(settings.contextPattern.source).toBe("^bucketClient$");
    expect(settings.contextPattern.flags).toBe("u");
    expect(settings.textPrefilter).toBe(false);
  });

  it("keeps the text prefilter when contextPattern is the default spelled out", () => {
    expect(parse({ contextPattern: DEFAULT_CONTEXT_PATTERN }).textPrefilter).toBe(true);
  });

  it.each([
    ["assumeCos: true", { assumeCos: true }, { assumeCos: true, typeAware: false, textPrefilter: true }],
    ["typeAware: true", { typeAware: true }, { assumeCos: false, typeAware: true, textPrefilter: true }],
    [
      "assumeCos: false, typeAware: false",
      { assumeCos: false, typeAware: false },
      { assumeCos: false, typeAware: false, textPrefilter: true },
    ],
  ])("reads %s", (_, raw, expected) => {
    const settings = parse(raw);
    expect({
      assumeCos: settings.assumeCos,
      typeAware: settings.typeAware,
      textPrefilter: settings.textPrefilter,
    }).toEqual(expected);
  });

  it("extends the catalogue with extraCodes, retry defaulting to the category's class", () => {
    const settings = parse({
      extraCodes: {
        "-99999": { name: "GATEWAY_DOWN", category: "transient", description: "Gateway down" },
        "-99998": { name: "GATEWAY_DENIED", category: "auth", description: "Gateway denied the request" },
        "-99997": {
          name: "GATEWAY_TOKEN_EXPIRED",
          category: "signature-expired",
          description: "Gateway token expired",
        },
        "99996": { name: "GATEWAY_POSITIVE", category: "internal", description: "A positive code", retry: "backoff" },
      },
    });
    const catalog = settings.catalog;
    expect(catalog).not.toBe(builtinCatalog);
    expect(catalog.entries.length).toBe(builtinCatalog.entries.length + 4);
    expect(catalog.byCode(-99999)).toEqual({
      code: -99999,
      name: "GATEWAY_DOWN",
      category: "transient",
      retry: "backoff",
      zh: [],
      en: ["Gateway down"],
      source: "user",
    });
    expect(catalog.byName("GATEWAY_DENIED")).toEqual({
      code: -99998,
      name: "GATEWAY_DENIED",
      category: "auth",
      retry: "never",
      zh: [],
      en: ["Gateway denied the request"],
      source: "user",
    });
    expect(catalog.byCode(-99997)?.retry).toBe("after-fix");
    expect(catalog.byName("GATEWAY_TOKEN_EXPIRED")?.code).toBe(-99997);
    expect(catalog.byCode(99996)?.name).toBe("GATEWAY_POSITIVE");
    // the built-in entries are still there, and the built-in catalogue is untouched
    expect(catalog.byCode(-96)?.name).toBe("SIGNATURE_EXPIRED");
    expect(catalog.byName("SIGNATURE_EXPIRED")?.code).toBe(-96);
    expect(builtinCatalog.byCode(-99999)).toBeUndefined();
    expect(builtinCatalog.byName("GATEWAY_DOWN")).toBeUndefined();
  });

  it("keeps the built-in catalogue for empty extraCodes", () => {
    expect(parse({ extraCodes: {} }).catalog).toBe(builtinCatalog);
  });
});

describe("parseSettings rejects invalid values, naming the setting", () => {
  const prefix = "eslint-plugin-cos-errors: settings['cos-errors']";
  const invalidSource = "(";
  const invalidRegExp = ((): string => {
    try {
      new RegExp(invalidSource, "u");
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("'(' compiled");
  })();

  const settingsCases: [string, unknown, string][] = [
    ["a number", 1, `${prefix}: expected an object, got 1`],
    ["a string", "on", `${prefix}: expected an object, got "on"`],
    ["an array", [], `${prefix}: expected an object, got []`],
    ["true", true, `${prefix}: expected an object, got true`],
    [
      "an unknown key",
      { assumeCOS: true },
      `${prefix}.assumeCOS: unknown setting (known: assumeCos, sdkModules, contextPattern, codeNames, statusNames, extraCodes, typeAware, constantsModule, constantsName, xmlConstantsName)`,
    ],
    ["assumeCos that is a string", { assumeCos: "yes" }, `${prefix}.assumeCos: expected true or false, got "yes"`],
    ["assumeCos that is a number", { assumeCos: 1 }, `${prefix}.assumeCos: expected true or false, got 1`],
    ["typeAware that is a string", { typeAware: "true" }, `${prefix}.typeAware: expected true or false, got "true"`],
    [
      "sdkModules that is a string",
      { sdkModules: "cos-sdk" },
      `${prefix}.sdkModules: expected an array of non-empty strings, got "cos-sdk"`,
    ],
    [
      "sdkModules with a number",
      { sdkModules: ["a", 1] },
      `${prefix}.sdkModules: expected an array of non-empty strings, got ["a",1]`,
    ],
    [
      "sdkModules with an empty string",
      { sdkModules: [""] },
      `${prefix}.sdkModules: expected an array of non-empty strings, got [""]`,
    ],
    ["empty codeNames", { codeNames: [] }, `${prefix}.codeNames: expected at least one name`],
    [
      "codeNames that is a string",
      { codeNames: "code" },
      `${prefix}.codeNames: expected an array of non-empty strings, got "code"`,
    ],
    [
      "statusNames that is not a list",
      { statusNames: "statusCode" },
      `${prefix}.statusNames: expected an array of non-empty strings, got "statusCode"`,
    ],
    [
      "statusNames that are also codeNames",
      { statusNames: ["code"] },
      `${prefix}.statusNames: "code" is also one of codeNames`,
    ],
    [
      "xmlConstantsName that is not an identifier",
      { xmlConstantsName: "Xml-Codes" },
      `${prefix}.xmlConstantsName: expected a JavaScript identifier, got "Xml-Codes"`,
    ],
    [
      "contextPattern that is not a valid regex",
      { contextPattern: invalidSource },
      `${prefix}.contextPattern: not a valid regular expression: ${invalidRegExp}`,
    ],
    [
      "an empty contextPattern",
      { contextPattern: "" },
      `${prefix}.contextPattern: expected a non-empty string, got ""`,
    ],
    [
      "contextPattern that is a RegExp",
      { contextPattern: /cos/u },
      `${prefix}.contextPattern: expected a non-empty string, got the regular expression /cos/u`,
    ],
    [
      "an empty constantsModule",
      { constantsModule: "" },
      `${prefix}.constantsModule: expected a non-empty string, got ""`,
    ],
    [
      "constantsName that is a number",
      { constantsName: 3 },
      `${prefix}.constantsName: expected a non-empty string, got 3`,
    ],
  ];
  it.each(settingsCases)("throws a SettingsError for %s", (_, value, message) => {
    const error = thrown(value);
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.name).toBe("SettingsError");
    expect(error.message).toBe(message);
  });

  const where = "eslint-plugin-cos-errors: settings['cos-errors'].extraCodes";
  const categories =
    '"throttling", "transient", "internal", "signature-expired", "resumable", "integrity", "request", "auth", "signature", "not-found", "conflict", "banned"';
  const extra = (code: string, fields: Record<string, unknown>) => ({
    extraCodes: { [code]: { name: "GATEWAY_DOWN", category: "transient", description: "Gateway down", ...fields } },
  });
  const catalogCases: [string, unknown, string][] = [
    ["extraCodes that is an array", { extraCodes: [] }, `${where}: (root): expected an object, got an array`],
    [
      "a key that is not an integer",
      extra("abc", {}),
      `${where}: ["abc"]: the key must be an integer code such as "-99999"`,
    ],
    [
      "an unknown category",
      extra("-99999", { category: "gateway" }),
      `${where}: ["-99999"].category: expected one of ${categories}, got "gateway"`,
    ],
    ["a duplicate of a built-in code", extra("-96", {}), `${where}: ["-96"].code: duplicate code -96`],
    [
      "a duplicate of a built-in name",
      extra("-99999", { name: "SIGNATURE_EXPIRED" }),
      `${where}: ["-99999"].name: duplicate name "SIGNATURE_EXPIRED"`,
    ],
    [
      "an unknown field",
      extra("-99999", { retryable: true }),
      `${where}: ["-99999"].retryable: unknown field (allowed: name, category, retry, description)`,
    ],
    [
      "a missing description",
      extra("-99999", { description: undefined }),
      `${where}: ["-99999"].description: expected a non-empty string, got nothing`,
    ],
    [
      "a name that is not UPPER_SNAKE_CASE",
      extra("-99999", { name: "gatewayDown" }),
      `${where}: ["-99999"] (code -99999).name: "gatewayDown" is not an UPPER_SNAKE_CASE identifier`,
    ],
    [
      "a retry class that contradicts the category",
      extra("-99999", { retry: "never" }),
      `${where}: ["-99999"] (code -99999).retry: "never" contradicts category "transient", whose retry class is "backoff"`,
    ],
    ["code 0", extra("0", {}), `${where}: ["0"].code: 0 means success and is not an error code`],
    [
      "two extra codes with one name",
      {
        extraCodes: {
          "-99999": { name: "GATEWAY_DOWN", category: "transient", description: "a" },
          "-99998": { name: "GATEWAY_DOWN", category: "auth", description: "b" },
        },
      },
      `${where}: ["-99998"].name: duplicate name "GATEWAY_DOWN"`,
    ],
  ];
  it.each(catalogCases)("throws a CatalogError for %s", (_, value, message) => {
    const error = thrown(value);
    expect(error).toBeInstanceOf(CatalogError);
    expect(error.name).toBe("CatalogError");
    expect(error.message).toBe(message);
  });
});

describe("getSharedSettings", () => {
  it("parses a settings object once", () => {
    const all = { "cos-errors": { assumeCos: true } };
    const first = getSharedSettings(all);
    expect(getSharedSettings(all)).toBe(first);
    expect(first.assumeCos).toBe(true);
  });

  it("shares one result between settings objects of equal content (ESLint passes each file a fresh copy)", () => {
    const first = getSharedSettings({ "cos-errors": { codeNames: ["status"] } });
    const second = getSharedSettings({ other: 1, "cos-errors": { codeNames: ["status"] } });
    expect(second).toBe(first);
    expect([...second.codeNames]).toEqual(["status"]);
    const third = getSharedSettings({ "cos-errors": { codeNames: ["status", "code"] } });
    expect(third).not.toBe(first);
    expect([...third.codeNames]).toEqual(["status", "code"]);
  });

  it("shares one result for absent settings", () => {
    const first = getSharedSettings(undefined);
    expect(getSharedSettings(undefined)).toBe(first);
    expect(first.textPrefilter).toBe(true);
    expect(first.catalog).toBe(builtinCatalog);
  });

  it("throws for invalid settings on every call, caching nothing", () => {
    const all = { "cos-errors": { assumeCos: "yes" } };
    const message = `eslint-plugin-cos-errors: settings['cos-errors'].assumeCos: expected true or false, got "yes"`;
    expect(() => getSharedSettings(all)).toThrow(message);
    expect(() => getSharedSettings(all)).toThrow(message);
  });
});

describe("getSharedSettings: by content, not by identity (Engine v2)", () => {
  it("re-reads a settings object that was mutated after its first use", () => {
    const all = { "cos-errors": { codeNames: ["code"] } };
    expect([...getSharedSettings(all).codeNames]).toEqual(["code"]);
    all["cos-errors"].codeNames.push("status");
    expect([...getSharedSettings(all).codeNames]).toEqual(["code", "status"]);
    Object.assign(all["cos-errors"], { assumeCos: true });
    expect(getSharedSettings(all).assumeCos).toBe(true);
    delete (all["cos-errors"] as { assumeCos?: boolean }).assumeCos;
    expect(getSharedSettings(all).assumeCos).toBe(false);
  });

  it("a value JSON cannot spell is not mistaken for another: a function is rejected, not taken as absent", () => {
    expect(() => getSharedSettings({ "cos-errors": { assumeCos: () => true } })).toThrow(
      "eslint-plugin-cos-errors: settings['cos-errors'].assumeCos: expected true or false, got a function",
    );
    expect(getSharedSettings({ "cos-errors": { assumeCos: undefined } }).assumeCos).toBe(false);
  });

  it.each([
    ["null", null, "null"],
    ["an array", [], "[]"],
    ["a string", "yes", '"yes"'],
    ["a class instance", new Map(), "{}"],
  ])("settings['cos-errors'] that is %s is a configuration error naming it", (_, value, shown) => {
    expect(() => getSharedSettings({ "cos-errors": value })).toThrow(
      `eslint-plugin-cos-errors: settings['cos-errors']: expected an object, got ${shown}`,
    );
  });
});

describe("settings through ESLint (Engine v2)", () => {
  it("a settings object mutated between two ESLint runs is read again", async () => {
    const { Linter } = await import("eslint");
    const plugin = (await import("../../src/index.js")).default;
    const settings = { "cos-errors": { codeNames: ["code"] } };
    const config = [
      { plugins: { "cos-errors": plugin }, rules: { "cos-errors/no-unknown-code": "error" as const }, settings },
    ];
    const code = 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.status === -99999;\n';
    expect(new Linter().verify(code, config, "file.js")).toEqual([]);
    settings["cos-errors"].codeNames.push("status");
    const messages = new Linter().verify(code, config, "file.js");
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ["cos-errors/no-unknown-code", 2, 42, "`-99999` is not a COS error code."],
    ]);
  });

  it("settings['cos-errors']: null stops the lint run with an error naming it", async () => {
    const { Linter } = await import("eslint");
    const plugin = (await import("../../src/index.js")).default;
    const config = [
      {
        plugins: { "cos-errors": plugin },
        rules: { "cos-errors/no-unknown-code": "error" as const },
        settings: { "cos-errors": null },
      },
    ];
    expect(() => new Linter().verify("const cos = 1;", config as never, "file.js")).toThrow(
      "eslint-plugin-cos-errors: settings['cos-errors']: expected an object, got null",
    );
  });
});

describe("option patterns that can backtrack catastrophically are rejected at load", () => {
  it.each([
    ["retryPattern", "handle-non-retryable", "(a+)+$", "exponential", "a+"],
    ["afterFixPattern", "no-retry-non-retryable", "^(\\w+\\s?)+$", "exponential", "\\w+"],
    ["fallbackCommentPattern", "handle-non-retryable", "\\s*\\s*$", "polynomial", "\\s*"],
  ])("%s of %s: %s", async (option, rule, source, growth, at) => {
    const { Linter } = await import("eslint");
    const plugin = (await import("../../src/index.js")).default;
    const config = [
      { plugins: { "cos-errors": plugin }, rules: { [`cos-errors/${rule}`]: ["error", { [option]: source }] } },
    ];
    expect(() => new Linter().verify("const x = 1;", config as never, "file.js")).toThrow(
      `eslint-plugin-cos-errors: rule "cos-errors/${rule}" option ${option}: ${JSON.stringify(source)} can take ${growth} ` +
        `time on some inputs (backtracking at ${JSON.stringify(at)}); rewrite it without nested or overlapping quantifiers`,
    );
  });

  it("contextPattern: the setting names itself", () => {
    expect(() => parse({ contextPattern: "^(a+)+$" })).toThrow(
      `eslint-plugin-cos-errors: settings['cos-errors'].contextPattern: "^(a+)+$" can take exponential time on some ` +
        'inputs (backtracking at "a+"); rewrite it without nested or overlapping quantifiers',
    );
  });

  it("the default patterns and ordinary custom ones are accepted", () => {
    expect(parse({ contextPattern: "^(?:bucket|store)Client$" }).contextPattern.source).toBe(
      "^(?:bucket|store)Client$",
    );
  });
});
