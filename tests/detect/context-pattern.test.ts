import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT_PATTERN } from "../../src/detect/settings.js";

// The pattern as parseSettings compiles it.
const pattern = new RegExp(DEFAULT_CONTEXT_PATTERN, "u");

describe("DEFAULT_CONTEXT_PATTERN", () => {
  it.each([
    "cos",
    "COS",
    "Cos",
    "cosClient",
    "cos_err",
    "qcloudCos",
    "CosCloud",
    "COSClient",
    "myCos",
    "QCloud",
    "qcloud",
    "Qcloud",
    "QCLOUD_KEY",
    "isCosError",
    "CosErrorCode",
    "CosErrorCodeValue",
    "upload_cos",
    "UPLOAD_COS",
    "cos2",
    "myQcloudBucket",
  ])("matches %s (cos or qcloud as a whole word)", (name) => {
    expect(pattern.test(name)).toBe(true);
  });

  it.each([
    "cost",
    "cosine",
    "acos",
    "COST",
    "Cost",
    "costs",
    "Acos",
    "cosmos",
    "Cosmos",
    "Tacos",
    // mac + OS: the c belongs to "mac", so there is no word "cos"
    "macOS",
    "MACOS",
    "ACOSClient",
    "tencentcos",
    "qclouds",
    "cosh",
  ])("does not match %s", (name) => {
    expect(pattern.test(name)).toBe(false);
  });
});
