/**
 * Files ESLint lints through another language (`@eslint/json`, `@eslint/markdown`, `@eslint/css`) never
 * reach the engine: the configs apply to JavaScript and TypeScript files only, and a hand-written config
 * that enables the rules everywhere gets no listeners for a source that is not an ESTree program.
 * (Linting package.json, which names cos-nodejs-sdk-v5, used to crash in the COS signal search.)
 */
import css from "@eslint/css";
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";

const LANGUAGES: Linter.Config[] = [
  { files: ["**/*.json"], plugins: { json }, language: "json/json" },
  { files: ["**/*.md"], plugins: { markdown }, language: "markdown/commonmark" },
  { files: ["**/*.css"], plugins: { css }, language: "css/css" },
];

const FILES: Record<string, string> = {
  "package.json": '{ "name": "app", "dependencies": { "cos-nodejs-sdk-v5": "^2.15.4" }, "code": -4017 }\n',
  "README.md": "# Uploads with cos\n\n```js\nif (err.code === -4017) retry();\n```\n",
  "style.css": ".cos-upload { color: red; } /* cos-nodejs-sdk-v5 */\n",
};

const everyRule = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`cos-errors/${name}`, "error" as const]));

const CONFIGS: Record<string, Linter.Config[]> = {
  recommended: [plugin.configs.recommended],
  strict: [plugin.configs.strict],
  all: [plugin.configs.all],
  "every rule enabled on every file": [{ plugins: { "cos-errors": plugin }, rules: everyRule }],
  "every rule enabled on every file, with assumeCos": [
    { plugins: { "cos-errors": plugin }, rules: everyRule, settings: { "cos-errors": { assumeCos: true } } },
  ],
};

describe("JSON, Markdown and CSS files", () => {
  const linter = new Linter();
  for (const [configName, config] of Object.entries(CONFIGS)) {
    it.each(Object.keys(FILES))(`${configName}: %s is linted without a crash and without findings`, (file) => {
      const messages = linter.verify(FILES[file]!, [...LANGUAGES, ...config], file);
      expect(messages).toEqual([]);
    });
  }

  it("the same rules still judge the JavaScript file beside them", () => {
    const code = 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -99999;\n';
    const messages = linter.verify(code, [...LANGUAGES, plugin.configs.recommended], "src/upload.js");
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ["cos-errors/no-unknown-code", 2, 40, "`-99999` is not a COS error code."],
    ]);
  });
});
