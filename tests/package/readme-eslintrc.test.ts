// The README's `.eslintrc.json` for ESLint 8.57, exactly as written there, in a project outside the
// repository (see project.ts), on a small ES module: the `recommended-legacy` preset must carry the
// parserOptions an ES module needs (ESLint 8 parses ES5 scripts by default).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, root, UPLOAD_JS, type Project } from "./project.js";

interface Message {
  readonly ruleId: string | null;
  readonly line: number;
  readonly column: number;
  readonly severity: number;
  readonly messageId?: string;
}
interface LegacyESLintModule {
  ESLint: new (options: { cwd: string }) => { lintFiles(patterns: string[]): Promise<{ messages: Message[] }[]> };
}
const { ESLint: ESLint8 } = createRequire(import.meta.url)("eslint-v8") as LegacyESLintModule;

/** The README's ```json block that extends the legacy preset. */
function readmeEslintrc(): string {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/gu)].map((m) => m[1]!);
  const found = blocks.filter((block) => block.includes("plugin:cos-errors/"));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("the README's .eslintrc.json on ESLint 8.57", () => {
  let project: Project;
  let snippet: string;

  beforeAll(() => {
    snippet = readmeEslintrc();
    project = makeProject("eslintrc");
    project.write(".eslintrc.json", snippet);
    project.write("upload.js", UPLOAD_JS);
  });
  afterAll(() => project.remove());

  it("is the documented one-liner", () => {
    expect(JSON.parse(snippet)).toEqual({ extends: ["plugin:cos-errors/recommended-legacy"] });
  });

  it("reports exactly the expected findings", async () => {
    const results = await new ESLint8({ cwd: project.dir }).lintFiles(["upload.js"]);
    const messages = results.flatMap((r) => r.messages);
    expect(messages.map((m) => [m.line, m.column, m.severity, m.ruleId, m.messageId])).toEqual([
      [6, 23, 1, "cos-errors/prefer-named-code", "preferNamedCode"],
    ]);
  });
});
