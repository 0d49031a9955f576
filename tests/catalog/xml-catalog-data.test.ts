import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataFiles } from "../../scripts/data.js";

/** data/source/cos-xml-api-error-codes.tsv, parsed: the verbatim columns of each row. */
const tsv = readFileSync(new URL("../../data/source/cos-xml-api-error-codes.tsv", import.meta.url), "utf8");
const [header, ...lines] = tsv.trimEnd().split("\n");
const rows = lines.map((line) => {
  const [code, status, en, zh, source] = line.split("\t") as [string, string, string, string, string];
  return { code, status: status === "N/A" ? null : Number(status), en, zh, source: source.split(" ")[0]! };
});
const { xml, categoryFile, sdkCodes, nodeCodes } = loadDataFiles();

describe("data/source/cos-xml-api-error-codes.tsv", () => {
  it("is the 168-row table with its 8 columns", () => {
    expect(header).toBe("code\thttp_status\ten\tzh\tsource\tretry\tcategory\twhy");
    expect(rows).toHaveLength(168);
    for (const line of lines) expect(line.split("\t")).toHaveLength(8);
  });
});

describe("data/cos-xml-error-codes.json", () => {
  it("has every row of the table, as a code or a variant, with its status, texts and source", () => {
    const found = rows.map((row) => {
      if (row.code === "Request has expired") {
        const rule = xml.find((e) => e.code === "AccessDenied")?.messages.find((m) => m.message === row.code);
        return rule && { code: row.code, status: rule.status, en: rule.en, zh: rule.zh ?? "", source: rule.source };
      }
      const entry = xml.find((e) => e.code === row.code || e.variants.includes(row.code));
      const spelling = entry?.code === row.code ? undefined : row.code;
      const d = entry?.descriptions.find(
        (d) => d.status === row.status && d.source === row.source && d.spelling === spelling,
      );
      return d && { code: row.code, status: d.status, en: d.en ?? "", zh: d.zh ?? "", source: d.source };
    });
    expect(found).toEqual(rows);
  });

  it("has nothing the table lacks: every description is a row", () => {
    const count = xml.reduce((n, e) => n + e.descriptions.length + e.messages.length, 0);
    expect(count).toBe(rows.length);
  });

  it("has one entry per correctly spelled code, several statuses in one entry", () => {
    expect(xml).toHaveLength(151);
    const statuses = (code: string): readonly number[] | undefined => xml.find((e) => e.code === code)?.statuses;
    expect(statuses("InvalidObjectState")).toEqual([403, 409]);
    expect(statuses("AppendPositionErr")).toEqual([400, 409]);
    expect(statuses("ExpiredToken")).toEqual([400, 403]);
    expect(statuses("NoSuchUpload")).toEqual([400, 404]);
    expect(statuses("TemporaryRedirect")).toEqual([302, 307]);
    expect(statuses("InvalidAddressingHeader")).toEqual([]);
  });

  it("keeps Request has expired out of the codes", () => {
    expect(xml.some((e) => e.code === "Request has expired" || e.variants.includes("Request has expired"))).toBe(false);
    expect(xml.find((e) => e.code === "AccessDenied")?.messages).toEqual([
      expect.objectContaining({ message: "Request has expired", category: "signature-expired", retry: "after-fix" }),
    ]);
  });

  it("knows the misspellings as variants of the correct spelling", () => {
    const variants = Object.fromEntries(xml.flatMap((e) => e.variants.map((v) => [v, e.code])));
    expect(variants).toEqual({
      BadRquest: "BadRequest",
      QuotaOperationConfilct: "QuotaOperationConflict",
      InternalErrror: "InternalError",
      RequestTimeOut: "RequestTimeout",
      ImcompleteBody: "IncompleteBody",
      InvaildAccessKeyId: "InvalidAccessKeyId",
      MatadataTooLarge: "MetadataTooLarge",
      InvalidPolicyDocunment: "InvalidPolicyDocument",
      TooManyBucket: "TooManyBuckets",
      InvaildAddressingHeader: "InvalidAddressingHeader",
      MethodMotAllowed: "MethodNotAllowed",
      ReplicationConfigurationnotFoundError: "ReplicationConfigurationNotFoundError",
    });
  });

  it("classifies the decided rows as data/README.md says", () => {
    const of = (code: string): string | undefined => {
      const e = xml.find((x) => x.code === code);
      return e && `${e.category}/${e.retry}`;
    };
    expect(of("SignatureDoesNotMatch")).toBe("signature/never");
    expect(of("RequestTimeTooSkewed")).toBe("signature-expired/after-fix");
    expect(of("ExpiredToken")).toBe("signature-expired/after-fix");
    expect(of("NoSuchUpload")).toBe("not-found/never");
    expect(of("AppendPositionErr")).toBe("resumable/after-fix");
    expect(of("BadDigest")).toBe("integrity/after-fix");
    expect(of("SlowDown")).toBe("throttling/backoff");
    expect(of("InternalError")).toBe("internal/backoff");
    expect(of("NotImplemented")).toBe("request/never");
    expect(of("PermanentRedirect")).toBe("redirect/after-fix");
    expect(of("PreconditionFailed")).toBe("precondition/never");
    expect(of("PathConflict")).toBe("transient/backoff");
  });

  it("gives every category with XML codes XML examples of that category", () => {
    for (const category of categoryFile.categories) {
      const codes = xml.filter((e) => e.category === category.id).map((e) => e.code);
      if (codes.length > 0) expect(category.xmlExamples?.length, category.id).toBeGreaterThan(0);
      for (const example of category.xmlExamples ?? []) expect(codes).toContain(example);
    }
  });
});

describe("the sdk group and Node's codes", () => {
  it("has the codes the SDKs make up", () => {
    expect(sdkCodes.map((c) => `${c.code}:${c.category}/${c.retry}`)).toEqual([
      "CannotDownload:precondition/never",
      "ObjectHasChanged:conflict/never",
      "exist_same_dir:conflict/never",
      "404:not-found/never",
      "Error:request/never",
      "timeout:transient/backoff",
      "CORS blocked or network error:transient/backoff",
    ]);
  });

  it("makes every network code retryable with backoff", () => {
    for (const code of ["ECONNRESET", "ETIMEDOUT", "EAI_AGAIN", "ECONNREFUSED", "EPIPE", "ENOTFOUND"]) {
      expect(nodeCodes.find((c) => c.code === code)?.retry, code).toBe("backoff");
    }
    for (const code of ["ESOCKETTIMEDOUT", "ECONNABORTED", "EHOSTUNREACH", "ENETUNREACH"]) {
      expect(nodeCodes.find((c) => c.code === code)?.category, code).toBe("transient");
    }
  });
});
