/** The flat config the property tests lint generated files with. */
import type { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import plugin from "../../src/index.js";

/** One `cos-errors` rule with `assumeCos`, on JavaScript (espree) or on TypeScript (typescript-eslint's parser). */
export function assumeCosConfig(rule: string, typeScript: boolean): Linter.Config[] {
  return [
    {
      files: ["**/*.js", "**/*.ts"],
      ...(typeScript ? { languageOptions: { parser: tsParser } } : {}),
      plugins: { "cos-errors": plugin },
      rules: { [`cos-errors/${rule}`]: "error" },
      settings: { "cos-errors": { assumeCos: true } },
    },
  ];
}
