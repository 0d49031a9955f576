import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataFiles } from "../../scripts/data.js";
import { parseSeedTable, splitCells } from "./seed-table.js";

const seed = parseSeedTable(
  readFileSync(new URL("../../data/source/cos-json-api-error-codes.md", import.meta.url), "utf8"),
);
const { categoryFile, entries, xml } = loadDataFiles();

describe("the seed table parser", () => {
  it("keeps a quoted cell that contains | whole, without its quotes", () => {
    expect(splitCells('|-71|"操作太频繁|请稍后再试"|')).toEqual(["-71", "操作太频繁|请稍后再试"]);
  });

  it("trims the padding of plain cells", () => {
    expect(splitCells("| 错误码        | 描述 |")).toEqual(["错误码", "描述"]);
    expect(splitCells("|-29033|下载请求没有有效的range |")).toEqual(["-29033", "下载请求没有有效的range"]);
  });

  it("finds all 288 rows of the verbatim table", () => {
    expect(seed).toHaveLength(288);
    expect(seed.filter((r) => r.code === -5965).map((r) => r.zh)).toEqual([
      "分片上传init时未指定slice_size参数",
      "分片上传init时uploadparts参数不合法",
    ]);
    expect(seed.find((r) => r.code === -121)?.zh).toBe(
      "匹配跨域规则失败|可能 Origin| request method / Access-Control-Request-Method 或 Access-Control-Requet-Headers不在跨域规则配置里面",
    );
    expect(seed.find((r) => r.code === -29066)?.zh).toBe("跟art再确认");
  });
});

describe("data/cos-error-codes.json", () => {
  const server = entries.filter((e) => e.source === "server");

  it("has every seed row, with the same code and the same Chinese text, in the seed's order", () => {
    const fromJson = server.flatMap((e) => e.zh.map((zh) => ({ code: e.code, zh })));
    expect(fromJson).toEqual(seed.map(({ code, zh }) => ({ code, zh })));
  });

  it("has one entry per distinct code and nothing the table lacks", () => {
    expect(server).toHaveLength(new Set(seed.map((r) => r.code)).size);
    expect(server).toHaveLength(287);
  });

  it("gives -5965 its two meanings, in Chinese and English", () => {
    const entry = entries.find((e) => e.code === -5965);
    expect(entry?.zh).toHaveLength(2);
    expect(entry?.en).toEqual([
      "Multipart (slice) upload init did not give slice_size",
      "Multipart (slice) upload init has an invalid uploadparts parameter",
    ]);
  });

  it("has unique names that are valid UPPER_SNAKE identifiers", () => {
    const names = entries.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u);
  });

  it("uses only known categories and retry classes, each entry agreeing with its category", () => {
    const categories = new Map(categoryFile.categories.map((c) => [c.id, c.retry]));
    const classes = new Set(categoryFile.retryClasses.map((r) => r.id));
    for (const entry of entries) {
      expect(classes.has(entry.retry)).toBe(true);
      expect(categories.get(entry.category)).toBe(entry.retry);
    }
  });

  it("names the codes the docs and issues talk about as they mean", () => {
    const name = (code: number): string | undefined => entries.find((e) => e.code === code)?.name;
    expect(name(-96)).toBe("SIGNATURE_EXPIRED");
    expect(name(-4018)).toBe("FILE_ALREADY_UPLOADED");
    expect(name(-4019)).toBe("UPLOAD_RESUMABLE");
    expect(name(-133)).toBe("BUCKET_NOT_FOUND");
    expect(name(-5997)).toBe("INTERNAL_ERROR_5997");
    expect(name(-29066)).toBe("UNDOCUMENTED_ERROR_29066");
  });
});

describe("data/categories.json", () => {
  it("defines the 14 categories and the 3 retry classes", () => {
    expect(categoryFile.categories.map((c) => `${c.id}:${c.retry}`)).toEqual([
      "throttling:backoff",
      "transient:backoff",
      "internal:backoff",
      "signature-expired:after-fix",
      "resumable:after-fix",
      "integrity:after-fix",
      "request:never",
      "auth:never",
      "signature:never",
      "not-found:never",
      "conflict:never",
      "banned:never",
      "redirect:after-fix",
      "precondition:never",
    ]);
    expect(categoryFile.retryClasses.map((r) => r.id)).toEqual(["backoff", "after-fix", "never"]);
  });

  it("has at least one code, JSON or XML, in every category", () => {
    for (const category of categoryFile.categories) {
      expect(
        entries.some((e) => e.category === category.id) || xml.some((e) => e.category === category.id),
        category.id,
      ).toBe(true);
    }
  });
});
