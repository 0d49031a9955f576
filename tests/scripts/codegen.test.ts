import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  expectedGeneratedFiles,
  literal,
  REGION_BEGIN,
  REGION_END,
  renderCodesModule,
  renderCodesRegion,
  staleFiles,
  staleMessage,
  withCategoryTables,
  withGeneratedRegion,
} from "../../scripts/codegen.js";
import { loadDataFiles, ROOT, type DataFiles } from "../../scripts/data.js";
import type { CatalogEntry } from "../../src/catalog/validate.js";
import type { ClientCodeEntry, XmlCatalogEntry } from "../../src/catalog/validate-xml.js";

const data = loadDataFiles();
const codesFile = readFileSync(path.join(ROOT, "src/codes.ts"), "utf8");

/** Runs a rendered region (TypeScript, types stripped) and returns its constants and data arrays. */
function evaluateRegion(region: string): Record<string, unknown> {
  const locals =
    "catalogData, categoryData, retryClassData, xmlCatalogData, sdkCodeData, nodeCodeData, nodePrefixData, httpStatusData";
  const constants = "CosErrorCode: exports.CosErrorCode, CosXmlErrorCode: exports.CosXmlErrorCode";
  const js = ts.transpileModule(`${region}\nexports.__data = { ${constants}, ${locals} };`, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: { __data?: Record<string, unknown> } = {};
  runInNewContext(js, { exports });
  return exports.__data!;
}

/** The generated region of a file's text, without its markers. */
const regionOf = (text: string): string =>
  text.slice(text.indexOf(`${REGION_BEGIN}\n`) + REGION_BEGIN.length + 1, text.indexOf(`${REGION_END}\n`));

const tricky: CatalogEntry = {
  code: -123456,
  name: "TRICKY_DESCRIPTION",
  category: "request",
  retry: "never",
  zh: ["含有 */ 与 \"引号\" 以及 '单引号' 和 \\ 反斜杠 `反引号` ${x}"],
  en: [`Ends a comment */ early, "quotes", 'single', \\ backslash, \`tick\` and \${x}; ${"long ".repeat(30)}🙂🙂`],
  source: "server",
};
const trickyXml: XmlCatalogEntry = {
  code: "TrickyCode",
  statuses: [400, 409],
  category: "conflict",
  retry: "never",
  descriptions: [
    { status: 409, en: 'Ends */ a "comment"', zh: "结束 */ 注释", source: "intl-2023" },
    { status: 400, en: `${"long ".repeat(40)}'end'`, source: "intl-2019-12", spelling: "TrikyCode" },
    { status: null, zh: "反斜杠 \\ 与 ${x}", source: "intl-2019-04" },
  ],
  variants: ["TrikyCode"],
  messages: [{ message: "It */ expired", status: 403, category: "auth", retry: "never", en: "e", source: "intl-2023" }],
};
const withTricky: DataFiles = { ...data, entries: [...data.entries, tricky], xml: [...data.xml, trickyXml] };

describe("the generated region of src/codes.ts", () => {
  it("round-trips every data entry with its exact fields, in order", async () => {
    const region = regionOf(await renderCodesModule(codesFile, withTricky));
    const { CosErrorCode, catalogData, categoryData, retryClassData } = evaluateRegion(region);
    expect(catalogData).toEqual(withTricky.entries.map((e) => ({ ...e })));
    expect(categoryData).toEqual(withTricky.categoryFile.categories.map((c) => ({ ...c })));
    expect(retryClassData).toEqual(withTricky.categoryFile.retryClasses.map((r) => ({ ...r })));
    expect(CosErrorCode).toEqual(Object.fromEntries(withTricky.entries.map((e) => [e.name, e.code])));
  });

  it("round-trips every XML entry, client code and status rule with its exact fields", async () => {
    const region = regionOf(await renderCodesModule(codesFile, withTricky));
    const { CosXmlErrorCode, xmlCatalogData, sdkCodeData, nodeCodeData, nodePrefixData, httpStatusData } =
      evaluateRegion(region);
    expect(xmlCatalogData).toEqual(withTricky.xml.map((e) => ({ kind: "xml", name: e.code, ...e })));
    expect(CosXmlErrorCode).toEqual(Object.fromEntries(withTricky.xml.map((e) => [e.code, e.code])));
    const client = ({ group, ...e }: ClientCodeEntry): object => ({ kind: group, name: e.code, ...e });
    expect(sdkCodeData).toEqual(data.sdkCodes.map(client));
    expect(nodeCodeData).toEqual(data.nodeCodes.map(client));
    expect(nodePrefixData).toEqual(data.nodePrefixes);
    expect(httpStatusData).toEqual(data.httpStatuses);
    expect(region).toContain('   * `TrickyCode`, HTTP 409, intl-2023: Ends *\\/ a "comment"\n   * (结束 *\\/ 注释)\n');
    expect(region).toContain("   * `TrickyCode` (spelled `TrikyCode`), HTTP 400, intl-2019-12: long long");
    expect(region).toContain('   * With the message "It *\\/ expired": category `auth`, retry class `never`.');
  });

  it("escapes */ in the TSDoc and keeps quotes, backslashes and template syntax literal", async () => {
    const region = regionOf(await renderCodesModule(codesFile, withTricky));
    expect(region).toContain("   * `-123456` Ends a comment *\\/ early,");
    expect(region).toContain("   * (含有 *\\/ 与");
    expect(region).not.toMatch(/\* `-123456`[^\n]*[^\\]\*\//u);
  });

  it("keeps every line under 121 characters by splitting long strings, surrogate pairs whole", () => {
    const text = "word ".repeat(40) + "🙂".repeat(100);
    const pieces = literal(text).split(" + ");
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((p) => JSON.parse(p) as string).join("")).toBe(text);
    for (const piece of pieces) expect(Array.from(JSON.parse(piece) as string).length).toBeLessThanOrEqual(80);
    expect(literal("short")).toBe('"short"');
    const lines = codesFile.split("\n");
    expect(lines.filter((line) => line.length > 120)).toEqual([]);
  });

  it("preserves the text outside the region byte for byte", async () => {
    const begin = codesFile.indexOf(`${REGION_BEGIN}\n`);
    const end = codesFile.indexOf(`${REGION_END}\n`);
    const before = `${codesFile.slice(0, begin)}// a hand-written note \t with odd   spacing\r\n\n`;
    const after = `${codesFile.slice(end)}\n/* trailing */  \n`;
    const edited = `${before}${codesFile.slice(begin, end)}${after}`;
    const rendered = await renderCodesModule(edited, data);
    expect(rendered.startsWith(`${before}${REGION_BEGIN}\n`)).toBe(true);
    expect(rendered.endsWith(after)).toBe(true);
    expect(rendered).toBe(edited);
  });

  it("is replaced whole: a stale or hand-edited region is rewritten", async () => {
    const handEdited = codesFile.replace("  SIGNATURE_EXPIRED: -96,", "  SIGNATURE_EXPIRED: -95,");
    expect(handEdited).not.toBe(codesFile);
    expect(await renderCodesModule(handEdited, data)).toBe(codesFile);
    const emptied = withGeneratedRegion(codesFile, "", "src/codes.ts");
    expect(regionOf(emptied)).toBe("");
    expect(await renderCodesModule(emptied, data)).toBe(codesFile);
  });

  it("names the file when the markers are missing, doubled or out of order", () => {
    const noEnd = codesFile.replace(`${REGION_END}\n`, "");
    expect(() => withGeneratedRegion(noEnd, "", "src/codes.ts")).toThrow(
      /^src\/codes\.ts: the markers .* must each stand on a line of their own$/u,
    );
    expect(() => withGeneratedRegion(`${codesFile}${REGION_BEGIN}\n`, "", "src/codes.ts")).toThrow(
      "src/codes.ts: the generated-region markers appear more than once",
    );
    expect(() => withGeneratedRegion(`${REGION_END}\n${REGION_BEGIN}\n`, "", "x.ts")).toThrow(
      `x.ts: "${REGION_END}" comes before "${REGION_BEGIN}"`,
    );
  });

  it("changes when a data row is removed or changed", () => {
    const current = renderCodesRegion(data);
    const removed = { ...data, entries: data.entries.filter((e) => e.code !== -96) };
    const changed = { ...data, entries: data.entries.map((e) => (e.code === -96 ? { ...e, zh: ["签名过期了"] } : e)) };
    expect(renderCodesRegion(removed)).not.toBe(current);
    expect(renderCodesRegion(changed)).not.toBe(current);
  });
});

describe("check mode", () => {
  it("finds every generated file in sync", async () => {
    const expected = await expectedGeneratedFiles(data);
    expect(Object.keys(expected)).toContain("src/codes.ts");
    expect(staleFiles(expected, (file) => readFileSync(path.join(ROOT, file), "utf8"))).toEqual([]);
  });

  it("detects a hand-edited region, a stale file and a missing file, and names them", async () => {
    const expected = await expectedGeneratedFiles(data);
    const current: Record<string, string | undefined> = Object.fromEntries(
      Object.keys(expected).map((file) => [file, readFileSync(path.join(ROOT, file), "utf8")]),
    );
    current["src/codes.ts"] = codesFile.replace('name: "SIGNATURE_EXPIRED"', 'name: "SIGNATURE_EXPIRED "');
    current["docs/codes.md"] = `${current["docs/codes.md"]}\n`;
    current["src/package-meta.ts"] = undefined;
    const stale = staleFiles(expected, (file) => current[file]);
    expect(stale).toEqual(["src/codes.ts", "docs/codes.md", "src/package-meta.ts"]);
    expect(staleMessage(stale)).toBe(
      "Out of sync with data/: src/codes.ts, docs/codes.md, src/package-meta.ts. " +
        "Run `npm run generate` and commit the result.",
    );
  });
});

describe("withCategoryTables", () => {
  it("fills the tables in between the markers, and leaves the rest of the page alone", () => {
    const page =
      "# Rule\n\n## Categories\n\n<!-- begin generated: categories -->\nold\n<!-- end generated: categories -->\n\nAfter.\n";
    const filled = withCategoryTables(page, data)!;
    expect(
      filled.startsWith("# Rule\n\n## Categories\n\n<!-- begin generated: categories -->\n\n<!-- Generated by"),
    ).toBe(true);
    expect(filled).toContain("### Categories\n");
    expect(filled).toContain(
      "| `signature-expired` | `after-fix` | 4 | Signature expired or one-time signature reused. |",
    );
    expect(filled).not.toContain("old");
    expect(filled.endsWith("<!-- end generated: categories -->\n\nAfter.\n")).toBe(true);
    expect(withCategoryTables(filled, data)).toBe(filled);
  });

  it("leaves a page without markers alone", () => {
    expect(withCategoryTables("# Rule\n", data)).toBeUndefined();
  });
});

describe("src/codes.ts", () => {
  it("has no imports, so applications can load it at run time", () => {
    expect(codesFile).not.toMatch(/^\s*import\s/mu);
    expect(codesFile).not.toMatch(/\brequire\(/u);
    expect(codesFile).not.toMatch(/^\s*export\s[^\n]*\sfrom\s/mu);
  });

  it("documents every constant with its English and Chinese meaning", () => {
    expect(codesFile).toContain(
      [
        "  /**",
        "   * `-96` Signature expired",
        "   * (签名过期)",
        "   *",
        "   * Category `signature-expired`, retry class `after-fix`.",
        "   */",
        "  SIGNATURE_EXPIRED: -96,",
      ].join("\n"),
    );
  });
});
