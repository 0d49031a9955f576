// The glue-safe edit every rule's fixes and suggestions go through, and the rules that use it on minified
// code and CRLF files.
import type { TSESLint } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import handleNonRetryable from "../../src/rules/handle-non-retryable.js";
import noUnknownCode from "../../src/rules/no-unknown-code.js";
import { glueSafe, lineBreakOf } from "../../src/fix/token-safe.js";
import { ruleTester } from "../helpers/index.js";

const source = (text: string): TSESLint.SourceCode => ({ text }) as unknown as TSESLint.SourceCode;

/** `text` in place of `needle` (its first occurrence) in `code`, through `glueSafe`. */
function replaced(code: string, needle: string, text: string): string {
  const start = code.indexOf(needle);
  const end = start + needle.length;
  return code.slice(0, start) + glueSafe(source(code), [start, end], text) + code.slice(end);
}

describe("glueSafe", () => {
  it.each([
    // a keyword or an identifier before
    ["switch(e.code){case-96:break}", "-96", "C.X", "switch(e.code){case C.X:break}"],
    ["return-96===e.code", "-96", "C.X", "return C.X===e.code"],
    ["return-96===e.code", "-96", "100", "return 100===e.code"],
    ["typeof-96", "-96", "C.X", "typeof C.X"],
    // signs that would become `--` / `++`
    ["a- -96", "-96", "-97", "a- -97"],
    ["a-(96)", "(96)", "-97", "a- -97"],
    ["x+(96)", "(96)", "+97", "x+ +97"],
    ["x+(96)", "(96)", "-97", "x+-97"],
    // a comment that would open
    ["a/(b)", "(b)", "/re/", "a/ /re/"],
    ["a/(b)", "(b)", "*c", "a/ *c"],
    ["a<(b)", "(b)", "!--c", "a< !--c"],
    // after: an identifier, a keyword, a number's decimal point
    ["(-96)in o", "(-96)", "C.X", "C.X in o"],
    ["(-99).toFixed()", "(-99)", "-97", "-97 .toFixed()"],
    ["(-99).toFixed()", "(-99)", "C.X", "C.X.toFixed()"],
    ["(-99).toFixed()", "(-99)", "1.5", "1.5.toFixed()"],
    // nothing to separate
    ["e.code===-96", "-96", "C.X", "e.code===C.X"],
    ["[-96,-97]", "-96", "C.X", "[C.X,-97]"],
    ["case -96 :", "-96", "C.X", "case C.X :"],
    ["a=-96;", "-96", "-97", "a=-97;"],
    // Unicode identifiers and escapes join too
    ["é(1)", "(1)", "x", "é x"],
    ["\\u0061(1)", "(1)", "x", "\\u0061 x"],
  ])("%s: %s → %s gives %s", (code, needle, text, expected) => {
    expect(replaced(code, needle, text)).toBe(expected);
  });

  it("inserts at an offset with the same rule", () => {
    expect(glueSafe(source("ab"), [1, 1], "x")).toBe(" x ");
    expect(glueSafe(source("a;"), [1, 1], "\nx")).toBe("\nx");
    expect(glueSafe(source(""), [0, 0], "x")).toBe("x");
  });
});

describe("lineBreakOf", () => {
  it.each([
    ["a\r\nb\nc", "\r\n"],
    ["a\nb\r\nc", "\n"],
    ["a\rb", "\r"],
    ["a", "\n"],
  ])("%j: %j", (text, eol) => {
    expect(lineBreakOf(source(text))).toBe(eol);
  });
});

const ASSUME_COS = { "cos-errors": { assumeCos: true } };

ruleTester.run("no-unknown-code: suggestions on minified code", noUnknownCode, {
  valid: [],
  invalid: [
    {
      filename: "min.js",
      settings: ASSUME_COS,
      code: "switch(e.code){case-9999:break}",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          line: 1,
          column: 20,
          suggestions: [{ messageId: "replaceWithKnownCode", output: "switch(e.code){case-5999:break}" }],
        },
      ],
    },
    {
      filename: "min.js",
      settings: ASSUME_COS,
      code: "function f(e){return 96===e.code}",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          line: 1,
          column: 22,
          suggestions: [{ messageId: "replaceWithKnownCode", output: "function f(e){return -96===e.code}" }],
        },
      ],
    },
  ],
});

ruleTester.run("handle-non-retryable: the added default, minified and CRLF", handleNonRetryable, {
  valid: [],
  invalid: [
    {
      filename: "min.js",
      settings: ASSUME_COS,
      code: "try{up()}catch(e){for(;;){switch(e.code){case-71:retry();continue}}}",
      errors: [
        {
          messageId: "noFallback",
          line: 1,
          column: 27,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              output: "try{up()}catch(e){for(;;){switch(e.code){case-71:retry();continue\ndefault:\n  throw e;}}}",
            },
          ],
        },
      ],
    },
    {
      filename: "crlf.js",
      settings: ASSUME_COS,
      code: "try {\r\n  up();\r\n} catch (e) {\r\n  switch (e.code) {\r\n    case -71:\r\n      retry();\r\n      break;\r\n  }\r\n}\r\n",
      errors: [
        {
          messageId: "noFallback",
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              output:
                "try {\r\n  up();\r\n} catch (e) {\r\n  switch (e.code) {\r\n    case -71:\r\n      retry();\r\n      break;\r\n    default:\r\n      throw e;\r\n  }\r\n}\r\n",
            },
          ],
        },
      ],
    },
  ],
});
