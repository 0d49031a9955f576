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
    const tooLong = messages
      .filter((m) => m.message.length > MAX_MESSAGE)
      .map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} (${m.message.length}): ${m.message}`);
    expect(tooLong).toEqual([]);
  });

  it(`offer suggestions of at most ${MAX_SUGGESTION} characters`, async () => {
    const suggestions = (await lintExamples(extra)).flatMap((m) => m.suggestions ?? []);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.map((s) => s.desc).filter((desc) => desc.length > MAX_SUGGESTION)).toEqual([]);
  });
});
