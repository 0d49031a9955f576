// Every message the rules give on examples/ fits on a terminal line: at most 200 characters, so that no
// report pads ESLint's stylish output to the width of one long list (the full lists are in the docs and in
// the suggestion texts, which may be longer but stay under 300 characters).
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { examples } from "../compat/findings.js";

const MAX_MESSAGE = 200;
const MAX_SUGGESTION = 300;
const RULES = Object.keys(plugin.rules).map((name) => `cos-errors/${name}`);

/** Every message on examples/src with the recommended config (the plugin from src/), plus `extra`. */
async function lintExamples(extra: Linter.Config[]): Promise<(Linter.LintMessage & { file: string })[]> {
  const eslint = new ESLint({
    cwd: examples,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
      plugin.configs.recommended,
      ...extra,
    ],
  });
  const results = await eslint.lintFiles(["src"]);
  return results.flatMap((r) => r.messages.map((m) => ({ ...m, file: path.relative(examples, r.filePath) })));
}

const SETUPS: [string, Linter.Config[]][] = [
  ["the recommended config", []],
  ["the recommended config with assumeCos", [{ settings: { "cos-errors": { assumeCos: true } } }]],
];

describe.each(SETUPS)("messages on examples/ with %s", (_, extra) => {
  it(`are at most ${MAX_MESSAGE} characters, and every rule gives one`, async () => {
    const messages = await lintExamples(extra);
    expect(messages.filter((m) => m.ruleId === null)).toEqual([]);
    expect([...new Set(messages.map((m) => m.ruleId))].sort()).toEqual([...RULES].sort());
    const tooLong = messages.filter((m) => m.message.length > MAX_MESSAGE);
    expect(
      tooLong.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} (${m.message.length})`),
      tooLong.map((m) => m.message).join("\n"),
    ).toEqual([]);
  });

  it(`offer suggestions of at most ${MAX_SUGGESTION} characters`, async () => {
    const messages = await lintExamples(extra);
    const suggestions = messages.flatMap((m) => (m.suggestions ?? []).map((s) => ({ ...m, desc: s.desc })));
    expect(suggestions.length).toBeGreaterThan(0);
    const tooLong = suggestions.filter((s) => s.desc.length > MAX_SUGGESTION);
    expect(
      tooLong.map((s) => `${s.file}:${s.line}:${s.column} ${s.ruleId} (${s.desc.length})`),
      tooLong.map((s) => s.desc).join("\n"),
    ).toEqual([]);
  });
});
