import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles, renderCodesModule } from "../../scripts/codegen.js";
import { loadDataFiles, readPackageJson, ROOT } from "../../scripts/data.js";

const data = loadDataFiles();

describe("generated files", () => {
  it.each(Object.entries(generatedFiles(data, readPackageJson())))("%s is in sync with its source", (file, content) => {
    expect(readFileSync(path.join(ROOT, file), "utf8"), `${file} is stale: run npm run generate`).toBe(content);
  });

  it("would change src/codes.ts when a seed row is removed or changed", () => {
    const current = renderCodesModule(data);
    const removed = { ...data, entries: data.entries.filter((e) => e.code !== -96) };
    const changed = { ...data, entries: data.entries.map((e) => (e.code === -96 ? { ...e, zh: ["签名过期了"] } : e)) };
    expect(renderCodesModule(removed)).not.toBe(current);
    expect(renderCodesModule(changed)).not.toBe(current);
  });
});

describe("src/codes.ts", () => {
  const text = readFileSync(path.join(ROOT, "src/codes.ts"), "utf8");

  it("has no imports, so applications can load it at run time", () => {
    expect(text).not.toMatch(/^\s*import\s/mu);
    expect(text).not.toMatch(/\brequire\(/u);
  });

  it("documents every constant with its English and Chinese meaning", () => {
    expect(text).toContain(
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
