// `CosErrorsSettings` (src/configs/settings.ts, written by hand: the settings have no JSON schema) names
// exactly the settings `parseSettings` knows, and a value of each of its types is accepted.
import { describe, expect, it } from "vitest";
import type { CosErrorsSettings } from "../../src/configs/settings.js";
import { parseSettings } from "../../src/detect/settings.js";

const every: Required<CosErrorsSettings> = {
  assumeCos: true,
  sdkModules: ["@acme/storage"],
  contextPattern: "^storage$",
  codeNames: ["code"],
  statusNames: ["status"],
  extraCodes: {
    "-99999": { name: "GATEWAY_TIMEOUT", category: "transient", description: "Timed out", retry: "backoff" },
  },
  typeAware: false,
  constantsModule: "@acme/codes",
  constantsName: "Codes",
  xmlConstantsName: "XmlCodes",
};

describe("CosErrorsSettings", () => {
  it("has exactly the keys parseSettings knows", () => {
    let message = "";
    try {
      parseSettings({ "cos-errors": { notASetting: true } });
    } catch (error) {
      message = (error as Error).message;
    }
    const known = /\(known: ([^)]*)\)/u.exec(message)?.[1]?.split(", ");
    expect(known?.sort()).toEqual(Object.keys(every).sort());
  });

  it("types values parseSettings accepts", () => {
    expect(() => parseSettings({ "cos-errors": every })).not.toThrow();
  });
});
