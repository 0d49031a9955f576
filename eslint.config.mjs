// The plugin's own lint: typescript-eslint (type-checked) and eslint-plugin-eslint-plugin.
import js from "@eslint/js";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig([
  {
    ignores: [
      "dist/",
      "packages/*/dist/",
      "coverage/",
      "examples/",
      "bench/corpus/",
      "bench/tmp/",
      "node_modules/",
      ".demo-*/",
      ".lsp-*/",
    ],
  },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ["src/rules/**/*.ts"],
    extends: [eslintPlugin.configs.recommended],
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
]);
