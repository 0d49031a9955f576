/**
 * What the test files share: the source-text tag, the configured rule tester, the thrown-error helper, the
 * property tests' lint config.
 */
import { RuleTester } from "@typescript-eslint/rule-tester";

export { thrownMessage } from "./thrown.js";
export { assumeCosConfig } from "./assume-cos-config.js";

/**
 * Template tag for test sources: drops the first line break and the common indentation, so that line 1
 * is the first line of code and columns count from the left margin.
 */
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings.raw }, ...values);
  const lines = text
    .replace(/^\n/u, "")
    .replace(/\n[ \t]*$/u, "")
    .split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim() !== "").map((line) => /^ */u.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join("\n");
}

/** The rule tester with the default parser (typescript-eslint's, for `.ts` and `.js` alike). */
export const ruleTester = new RuleTester();
