import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CosErrorCode,
  cosErrorCatalog,
  cosErrorCategories,
  cosErrorCategory,
  getCosError,
  isRetryableCosError,
  type CosErrorCodeName,
  type CosErrorCodeValue,
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

  it("covers every category with at least one code", () => {
    for (const category of cosErrorCategories) {
      expect(cosErrorCatalog.some((e) => e.category === category.id)).toBe(true);
    }
  });
});
