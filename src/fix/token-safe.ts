/**
 * Edits that never glue their text onto a neighbouring token. Minified code has no spaces where the
 * grammar needs none: `case-96:`, `return-96===e.code`, `a- -96`. Replacing `-96` there with a name, or
 * a number with another, would make `caseCosErrorCode`, `return100` or `a--96`. Every edit a rule of this
 * plugin makes goes through `glueSafe`, which adds one space on a side only where the characters on both
 * sides of that edge would join into one token (or start a comment).
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Range = readonly [number, number];

/** Characters that continue an identifier, a keyword or a number (and `\` of a Unicode escape). */
const WORD = /[\p{ID_Continue}$\\]|\u200C|\u200D/u;

/** Whether `left` directly followed by `right` reads as one token, or opens a comment. */
function joins(left: string | undefined, right: string | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  if (WORD.test(left) && WORD.test(right)) return true;
  if ((left === "+" || left === "-") && right === left) return true; // `+ +96` would become `++96`
  if (left === "/" && (right === "/" || right === "*")) return true; // a comment
  if (left === "<" && right === "!") return true; // `<!--`, an HTML-like comment in scripts
  return false;
}

/** `text` with a space added on each side where it would join the source's neighbouring character. */
export function glueSafe(sourceCode: SourceCode, range: Range, text: string): string {
  if (text === "") return text;
  const source = sourceCode.text;
  const before = joins(source[range[0] - 1], text[0]) ? " " : "";
  // A number followed by `.` reads as a decimal point: `-97.toFixed()` needs `-97 .toFixed()`.
  const numberThenDot = /(?:^|[^\p{ID_Continue}$.])\d+$/u.test(text) && source[range[1]] === ".";
  const after = joins(text.at(-1), source[range[1]]) || numberThenDot ? " " : "";
  return `${before}${text}${after}`;
}

/** Replaces `nodeOrToken` with `text`, spaced from its neighbours where they would otherwise join. */
export function replaceTokenSafe(
  fixer: TSESLint.RuleFixer,
  nodeOrToken: TSESTree.Node | TSESTree.Token,
  text: string,
  sourceCode: SourceCode,
): TSESLint.RuleFix {
  return fixer.replaceTextRange(nodeOrToken.range, glueSafe(sourceCode, nodeOrToken.range, text));
}

/** Inserts `text` at `offset`, spaced from its neighbours where they would otherwise join. */
export function insertTokenSafe(
  fixer: TSESLint.RuleFixer,
  offset: number,
  text: string,
  sourceCode: SourceCode,
): TSESLint.RuleFix {
  return fixer.insertTextAfterRange([offset, offset], glueSafe(sourceCode, [offset, offset], text));
}

/** The file's line break (that of its first line), `\n` when it has none: inserted lines use it. */
export function lineBreakOf(sourceCode: SourceCode): string {
  return /\r\n|\r|\n/u.exec(sourceCode.text)?.[0] ?? "\n";
}
