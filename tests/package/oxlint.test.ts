// Oxlint's JS plugins run this ESLint plugin: on examples/, oxlint reports exactly what ESLint 10 reports
// (rule id, line, column, severity, message), and `oxlint --fix` reaches ESLint's `--fix` result in two runs
// (see the README's "Oxlint" section for why).
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPECTED_FINDINGS, examples } from "../compat/findings.js";
import { makeProject, root, type Project } from "./project.js";
import plugin from "../../src/index.js";

const oxlintBin = path.join(root, "node_modules", ".bin", "oxlint");

/** `.oxlintrc.json`: the plugin as a JS plugin, its rules at their `recommended` severity, no built-in rules. */
const oxlintrc = {
  jsPlugins: ["eslint-plugin-cos-errors"],
  plugins: [],
  categories: {},
  rules: plugin.configs.recommended.rules,
};

interface OxlintDiagnostic {
  readonly message: string;
  readonly code: string;
  readonly severity: string;
  readonly filename: string;
  readonly labels: readonly { readonly span: { readonly line: number; readonly column: number } }[];
}

function oxlint(cwd: string, config: string, args: string[]): OxlintDiagnostic[] {
  const run = spawnSync(oxlintBin, ["-c", config, "--format", "json", ...args, "src"], { cwd, encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect([0, 1]).toContain(run.status);
  return (JSON.parse(run.stdout) as { diagnostics: OxlintDiagnostic[] }).diagnostics;
}

const sorted = (lines: string[]): string[] => lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
/** `file:line:column ruleId severity message`, oxlint's `cos-errors(rule)` spelt as ESLint's `cos-errors/rule`. */
const fromOxlint = (diagnostics: readonly OxlintDiagnostic[]): string[] =>
  sorted(
    diagnostics.map((d) => {
      const { line, column } = d.labels[0]!.span;
      const rule = d.code.replace(/^cos-errors\((.*)\)$/u, "cos-errors/$1");
      return `${d.filename}:${line}:${column} ${rule} ${d.severity} ${d.message}`;
    }),
  );
const fromEslint = (results: readonly ESLint.LintResult[], base: string): string[] =>
  sorted(
    results.flatMap((r) =>
      r.messages.map(
        (m) =>
          `${path.relative(base, r.filePath)}:${m.line}:${m.column} ${m.ruleId} ` +
          `${m.severity === 2 ? "error" : "warning"} ${m.message}`,
      ),
    ),
  );
/** Every file under `dir` (src/ has a subdirectory, xml-api/), by its path relative to `dir`, `/` between segments. */
const sources = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file).split(path.sep).join("/"), readFileSync(file, "utf8")];
      }),
  );

describe("oxlint with the plugin as a JS plugin", () => {
  it("is configured in the README as tested here", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/gu)]
      .map((m) => m[1]!)
      .filter((b) => b.includes("jsPlugins"));
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]!)).toEqual({ jsPlugins: oxlintrc.jsPlugins, rules: oxlintrc.rules });
  });

  let project: Project;
  let config: string;
  let eslintResults: ESLint.LintResult[];

  beforeAll(async () => {
    project = makeProject("oxlint");
    project.write(".oxlintrc.json", `${JSON.stringify(oxlintrc, null, 2)}\n`);
    config = path.join(project.dir, ".oxlintrc.json");
    eslintResults = await new ESLint({ cwd: examples, fix: true }).lintFiles(["src"]);
  });
  afterAll(() => project.remove());

  it("reports on examples/ exactly what ESLint reports: rule, line, column, severity, message", async () => {
    const found = fromOxlint(oxlint(examples, config, []));
    const position = (line: string): string => line.split(" ").slice(0, 2).join(" ");
    expect(found.map(position)).toEqual(sorted(EXPECTED_FINDINGS.map(position)));
    expect(found).toEqual(fromEslint(await new ESLint({ cwd: examples }).lintFiles(["src"]), examples));
  });

  it("--fix: one run applies one fix per file (the import's), a second run reaches ESLint's --fix output", () => {
    const eslintFixed = Object.fromEntries(
      eslintResults.map((r) => [
        path.relative(path.join(examples, "src"), r.filePath).split(path.sep).join("/"),
        r.output ?? readFileSync(r.filePath, "utf8"),
      ]),
    );
    cpSync(path.join(examples, "src"), path.join(project.dir, "src"), { recursive: true });
    const original = sources(path.join(examples, "src"));

    oxlint(project.dir, config, ["--fix"]);
    const once = sources(path.join(project.dir, "src"));
    const changed = Object.keys(once).filter((f) => once[f] !== original[f]);
    expect(changed.sort()).toEqual([
      "download.ts",
      "legacy-v4.cjs",
      "miniprogram/avatar-upload.js",
      "upload.js",
      "xml-api/cos-storage.js",
      "xml-api/uploads.js",
    ]);
    expect(once["download.ts"]).toBe(eslintFixed["download.ts"]); // a single fix: done in one run
    expect(once["upload.js"]).not.toBe(eslintFixed["upload.js"]);

    const left = oxlint(project.dir, config, ["--fix"]);
    expect(sources(path.join(project.dir, "src"))).toEqual(eslintFixed);
    // The same findings left as after ESLint's --fix.
    expect(fromOxlint(left)).toEqual(fromEslint(eslintResults, examples));
  });
});
