import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CosErrorCode,
  cosErrorCatalog,
  cosErrorCategories,
  cosErrorCategory,
  cosXmlErrorCatalog,
  getCosError,
  isRetryableCosError,
  CosXmlErrorCode,
  getCosHttpStatus,
  type CosErrorCodeName,
  type CosErrorCodeValue,
  type CosXmlErrorCodeName,
  type CosXmlErrorCodeValue,
} from "../src/codes.js";

describe("CosErrorCode", () => {
  it("maps every catalogue name to its code", () => {
    expect(Object.keys(CosErrorCode)).toHaveLength(cosErrorCatalog.length);
    for (const entry of cosErrorCatalog) expect(CosErrorCode[entry.name]).toBe(entry.code);
  });

  it("has literal types", () => {
    expectTypeOf(CosErrorCode.SIGNATURE_EXPIRED).toEqualTypeOf<-96>();
    expectTypeOf<"SIGNATURE_EXPIRED">().toExtend<CosErrorCodeName>();
    expectTypeOf<-4018>().toExtend<CosErrorCodeValue>();
    expectTypeOf<-4017>().not.toExtend<CosErrorCodeValue>();
  });
});

describe("getCosError", () => {
  it("finds a code given as a number or a numeric string", () => {
    const expected = {
      code: -96,
      name: "SIGNATURE_EXPIRED",
      category: "signature-expired",
      retry: "after-fix",
      zh: ["签名过期"],
      en: ["Signature expired"],
      source: "server",
    };
    expect(getCosError(-96)).toEqual(expected);
    expect(getCosError("-96")).toEqual(expected);
    expect(getCosError(" -96 ")).toEqual(expected);
    expect(getCosError(100)?.name).toBe("INTERNAL_ERROR_POSITIVE_100");
  });

  it("answers undefined for unknown codes and non-integers", () => {
    expect(getCosError(-4017)).toBeUndefined();
    expect(getCosError(0)).toBeUndefined();
    expect(getCosError("-96.0x")).toBeUndefined();
    expect(getCosError(-96.5)).toBeUndefined();
    expect(getCosError("")).toBeUndefined();
    expect(getCosError(Number.NaN)).toBeUndefined();
  });

  it("returns the frozen catalogue entry", () => {
    const entry = getCosError(-5965);
    expect(entry?.zh).toHaveLength(2);
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry?.zh)).toBe(true);
    expect(Object.isFrozen(cosErrorCatalog)).toBe(true);
  });
});

describe("isRetryableCosError", () => {
  it("is true for the backoff class only", () => {
    expect(isRetryableCosError(-71)).toBe(true); // throttling
    expect(isRetryableCosError(-5963)).toBe(true); // transient
    expect(isRetryableCosError(-5997)).toBe(true); // internal
    expect(isRetryableCosError(-96)).toBe(false); // after-fix
    expect(isRetryableCosError(-4019)).toBe(false); // after-fix
    expect(isRetryableCosError(-97)).toBe(false); // never
  });

  it("accepts numeric strings and error objects", () => {
    expect(isRetryableCosError("-71")).toBe(true);
    expect(isRetryableCosError({ code: -71 })).toBe(true);
    expect(isRetryableCosError(Object.assign(new Error("too many requests"), { code: "-71" }))).toBe(true);
    expect(isRetryableCosError({ code: -97 })).toBe(false);
  });

  it("is false for unknown codes and for values without a code", () => {
    expect(isRetryableCosError(-4017)).toBe(false);
    expect(isRetryableCosError({})).toBe(false);
    expect(isRetryableCosError({ code: null })).toBe(false);
    expect(isRetryableCosError(null)).toBe(false);
    expect(isRetryableCosError(undefined)).toBe(false);
  });
});

describe("cosErrorCategory", () => {
  it("gives the category of known codes and undefined otherwise", () => {
    expect(cosErrorCategory(-133)).toBe("not-found");
    expect(cosErrorCategory("-46620")).toBe("banned");
    expect(cosErrorCategory(-4017)).toBeUndefined();
  });

  it("covers every category with at least one code, JSON or XML", () => {
    for (const category of cosErrorCategories) {
      const codes = [...cosErrorCatalog, ...cosXmlErrorCatalog];
      expect(codes.some((e) => e.category === category.id)).toBe(true);
    }
  });
});

// The error objects the SDKs build, transcribed from their own error code (node sdk/base.js, js src/base.js,
// wx src/base.js): a GET 404 with an XML body, a HEAD 404 without body, a network error, a parameter check.
const nodeGet404 = Object.assign(new Error("The specified key does not exist."), {
  code: "NoSuchKey",
  name: "NoSuchKey",
  statusCode: 404,
  error: {
    Code: "NoSuchKey",
    Message: "The specified key does not exist.",
    Resource: "b-125.cos.ap-x.myqcloud.com/a",
    RequestId: "NjQ0",
    TraceId: "OGVm",
  },
  headers: {},
});
const nodeHead404 = { code: "404", name: "404", message: "Not Found", statusCode: 404, headers: {} };
const nodeNetwork = { code: "ECONNRESET", name: "ECONNRESET", message: "socket hang up" };
const nodeParamCheck = { code: "Error", name: "Error", message: 'Bucket should format as "test-1250000000".' };
const jsHead404 = Object.assign(new Error(), {
  code: "Error",
  name: "Error",
  message: null,
  statusCode: 404,
  error: {},
  headers: {},
});
const jsNetwork = Object.assign(new Error("socket hang up"), {
  code: "ECONNRESET",
  name: "ECONNRESET",
  error: { message: "socket hang up", code: "ECONNRESET" },
});
const jsParamCheck = Object.assign(new Error('Bucket should format as "test-1250000000".'), {
  code: "Error",
  name: "Error",
  error: { message: 'Bucket should format as "test-1250000000".', code: "Error" },
});
const wxGet404 = {
  statusCode: 404,
  error: { Code: "NoSuchKey", Message: "The specified key does not exist.", RequestId: "NjQ0" },
};

describe("CosXmlErrorCode", () => {
  it("maps every XML code to itself, with literal types", () => {
    expect(Object.keys(CosXmlErrorCode)).toHaveLength(cosXmlErrorCatalog.length);
    for (const entry of cosXmlErrorCatalog) expect(CosXmlErrorCode[entry.code]).toBe(entry.code);
    expect(CosXmlErrorCode.NoSuchKey).toBe("NoSuchKey");
    expectTypeOf(CosXmlErrorCode.NoSuchKey).toEqualTypeOf<"NoSuchKey">();
    expectTypeOf<"BadRequest">().toExtend<CosXmlErrorCodeValue>();
    expectTypeOf<"NoSuchKey">().toExtend<CosXmlErrorCodeName>();
  });

  it("has no constant for a variant", () => {
    expect(Object.keys(CosXmlErrorCode)).not.toContain("BadRquest");
    expectTypeOf<"BadRquest">().not.toExtend<CosXmlErrorCodeValue>();
  });
});

describe("the helpers with XML codes, client codes and SDK error objects", () => {
  const classify = (input: Parameters<typeof getCosError>[0]): string => {
    const info = getCosError(input);
    return `${info?.name}|${cosErrorCategory(input)}|${isRetryableCosError(input)}`;
  };

  it("finds an XML code and a variant as the entry of the correct spelling", () => {
    // the spelling the Node SDK compares for a bucket without a replication configuration
    expect(getCosError("ReplicationConfigurationnotFoundError")).toBe(
      getCosError("ReplicationConfigurationNotFoundError"),
    );
    expect(cosErrorCategory({ error: { Code: "ReplicationConfigurationnotFoundError" } })).toBe("not-found");
    expect(getCosError("NoSuchKey")).toEqual({
      kind: "xml",
      code: "NoSuchKey",
      name: "NoSuchKey",
      statuses: [404],
      category: "not-found",
      retry: "never",
      descriptions: [
        {
          status: 404,
          en: "The specified object key is not found. You can call HEAD Object to check whether the object exists",
          zh: "指定的对象键不存在。检查对象是否存在请使用 HEAD Object 接口",
          source: "intl-2023",
        },
      ],
      variants: [],
      messages: [],
    });
    expect(Object.isFrozen(getCosError("NoSuchKey").descriptions[0])).toBe(true);
    expect(getCosError("BadRquest")).toBe(getCosError("BadRequest"));
    expect(getCosError("InternalErrror")?.name).toBe("InternalError");
    expect(classify("SlowDown")).toBe("SlowDown|throttling|true");
    expect(classify("RequestTimeOut")).toBe("RequestTimeout|transient|true");
    expect(getCosError("nosuchkey")).toBeUndefined();
    expect(getCosError("Request has expired")).toBeUndefined();
  });

  it("judges the Node SDK's objects", () => {
    expect(getCosError(nodeGet404)).toBe(getCosError("NoSuchKey"));
    expect(classify(nodeGet404)).toBe("NoSuchKey|not-found|false");
    expect(getCosError(nodeHead404)).toMatchObject({ kind: "sdk", code: "404", category: "not-found", retry: "never" });
    expect(classify(nodeNetwork)).toBe("ECONNRESET|transient|true");
    expect(getCosError(nodeNetwork)).toMatchObject({ kind: "node", retry: "backoff" });
    expect(classify(nodeParamCheck)).toBe("Error|request|false");
  });

  it("judges the browser SDK's objects: a HEAD 404 by its status", () => {
    expect(getCosError(jsHead404)).toEqual({
      kind: "http",
      status: 404,
      name: "HTTP 404",
      category: "not-found",
      retry: "never",
      en: "Not Found: the bucket, object or configuration does not exist",
    });
    expect(classify(jsNetwork)).toBe("ECONNRESET|transient|true");
    expect(classify(jsParamCheck)).toBe("Error|request|false");
    expect(classify({ code: "timeout" })).toBe("timeout|transient|true");
    expect(classify({ code: "CORS blocked or network error" })).toBe("CORS blocked or network error|transient|true");
  });

  it("judges the mini-program SDK's objects by err.error.Code", () => {
    expect(getCosError(wxGet404)).toBe(getCosError("NoSuchKey"));
    expect(classify({ error: { Code: "SlowDown" }, statusCode: 503 })).toBe("SlowDown|throttling|true");
  });

  it("falls back to the status for an unknown code, and applies message rules", () => {
    expect(classify({ code: "SomethingNew", statusCode: 503 })).toBe("HTTP 503|internal|true");
    expect(classify({ code: "SomethingNew", statusCode: 429 })).toBe("HTTP 429|throttling|true");
    expect(classify({ code: "SomethingNew" })).toBe("undefined|undefined|false");
    const expired = { code: "AccessDenied", message: "Request has expired", statusCode: 403 };
    expect(classify(expired)).toBe("AccessDenied|signature-expired|false");
    expect(cosErrorCategory({ error: { Code: "AccessDenied", Message: "Request has expired" } })).toBe(
      "signature-expired",
    );
    expect(cosErrorCategory({ code: "AccessDenied", message: "Access Denied." })).toBe("auth");
  });

  it("knows Node's codes, ERR_* by prefix", () => {
    expect(classify("EAI_AGAIN")).toBe("EAI_AGAIN|transient|true");
    expect(classify({ code: "ERR_INVALID_URL" })).toBe("ERR_INVALID_URL|request|false");
    expect(classify("ERR_SOCKET_CONNECTION_TIMEOUT")).toBe("ERR_SOCKET_CONNECTION_TIMEOUT|transient|true");
    expect(getCosError("ERR_")).toBeUndefined();
  });

  it("keeps bare numbers JSON codes; HTTP statuses come from statusCode or getCosHttpStatus", () => {
    expect(getCosError(404)).toBeUndefined();
    expect(isRetryableCosError(503)).toBe(false);
    expect(getCosError(100)?.name).toBe("INTERNAL_ERROR_POSITIVE_100");
    expect(getCosHttpStatus(503)).toMatchObject({ category: "internal", retry: "backoff" });
    expect(getCosHttpStatus(501)).toMatchObject({ category: "request", retry: "never" });
    expect(getCosHttpStatus(429)?.retry).toBe("backoff");
    expect(getCosHttpStatus(400)?.retry).toBe("never");
    expect(getCosHttpStatus(307)).toMatchObject({ category: "redirect", retry: "after-fix" });
    // Not Modified is a rule of its own, not part of the 3xx redirect range (data/README.md)
    expect(getCosHttpStatus(304)).toMatchObject({ category: "precondition", retry: "never" });
    expect(cosErrorCategory({ code: "304", statusCode: 304 })).toBe("precondition");
    expect(getCosHttpStatus(200)).toBeUndefined();
    expect(getCosHttpStatus(404.5)).toBeUndefined();
  });
});
