/**
 * RuleTester cases for the shapes the engine learned in v2, and for the defects of the engine before it,
 * each pinned as fixed: the `codeNames` order, renamed destructuring written with a comment or an escape,
 * 2,000-part chains and 3,000-branch `else if` chains, TypeScript enums, template-literal keys, `String()`
 * and `Number()` around a code. The unknown code `-99999` has no known code one edit away, so its report
 * is exactly `unknownCode` with no suggestions.
 */
import { describe, expect, it } from "vitest";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import plugin from "../../src/index.js";
import noRetryNonRetryable from "../../src/rules/no-retry-non-retryable.js";
import noUnknownCode from "../../src/rules/no-unknown-code.js";
import handleNonRetryable from "../../src/rules/handle-non-retryable.js";
import preferNamedCode from "../../src/rules/prefer-named-code.js";
import { dedent, ruleTester } from "../helpers/index.js";

const unknown99999 = (line: number, column: number, text = "-99999") =>
  ({
    messageId: "unknownCode",
    data: { code: -99999 },
    line,
    column,
    endLine: line,
    endColumn: column + text.length,
    suggestions: [],
  }) as const;

ruleTester.run("no-unknown-code: code expressions and operands (Engine v2 shapes)", noUnknownCode, {
  valid: [
    // `String` / `Number` that are not the globals do not convert.
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const String = (x) => x.label;
        export const f = (err) => String(err.code) === "-99999";
      `,
    },
    // A template literal with an expression is no static key.
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err, k) => err[`${k}code`] === -99999;',
    },
    // An enum member whose initialiser is not a code.
    {
      filename: "file.ts",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        enum Size { Big = 99999 }
        export const f = (e: { code: number }) => e.code === Size.Big;
      `,
    },
  ],
  invalid: [
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err[`code`] === -99999;',
      errors: [unknown99999(2, 43)],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => String(err.code) === "-99999";
      `,
      errors: [unknown99999(2, 48, '"-99999"')],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => Number(err?.code) === -99999 || +err.code === -99999;
      `,
      errors: [unknown99999(2, 49), unknown99999(2, 73)],
    },
    {
      filename: "file.ts",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        enum UploadError { Typo = -99999 }
        export const f = (e: { code: number }) => e.code === UploadError.Typo;
      `,
      errors: [unknown99999(2, 27)],
    },
    {
      filename: "file.ts",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const enum UploadError { "Typo" = -99999 }
        export function f(e: { code: number }) {
          switch (e.code) {
            case UploadError.Typo:
              return 1;
          }
        }
      `,
      errors: [unknown99999(2, 35)],
    },
    // Renaming destructuring with a comment or an escape in the key (the old pre-check missed both).
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(err) {
          const { code /* x */ : c } = err;
          return c === -99999;
        }
      `,
      errors: [unknown99999(4, 16)],
    },
    {
      filename: "file.js",
      code: [
        'import COS from "cos-nodejs-sdk-v5";',
        "export function f(err) {",
        "  const { c\\u006fde: c } = err;",
        "  return c === -99999;",
        "}",
      ].join("\n"),
      errors: [unknown99999(4, 16)],
    },
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = ({ [`errorCode`]: c = 0 }) => c === -99999;',
      errors: [unknown99999(2, 54)],
    },
  ],
});

ruleTester.run("prefer-named-code: an enum member names its code already", preferNamedCode, {
  valid: [
    {
      filename: "file.ts",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        enum UploadError { Expired = -96 }
        export const f = (e: { code: number }) => e.code === UploadError.Expired;
      `,
    },
  ],
  invalid: [],
});

/** Every category a plain retry cannot fix but `conflict`, as handle-non-retryable lists them: three, then a count. */
const ALL_BUT_CONFLICT = "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more";

// `isRetryableCosError(err)` reads the code of `err`, whatever the order of `codeNames`: the helper test and
// the comparison form one dispatch, so the report is the same for both orders.
const HELPER_THEN_CODE = dedent`
  import COS from "cos-nodejs-sdk-v5";
  import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";
  export async function put(err, retry) {
    if (isRetryableCosError(err)) return retry();
    if (err.code === -4018) return null;
    return retry();
  }
`;

ruleTester.run("handle-non-retryable: a helper test on the error object joins the dispatch", handleNonRetryable, {
  valid: [],
  invalid: [
    ["code", "errorCode"],
    ["errorCode", "code"],
  ].map((codeNames) => ({
    filename: "file.js",
    code: HELPER_THEN_CODE,
    settings: { "cos-errors": { codeNames } },
    errors: [
      {
        messageId: "fallbackRetries" as const,
        data: { categories: ALL_BUT_CONFLICT },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 5,
        suggestions: [],
      },
    ],
  })),
});

/** `if (e.code === -71 || … || e.code === -96) return retry();` with `parts` comparisons in all. */
function longOrChain(parts: number): string {
  const tests = Array.from({ length: parts - 1 }, () => "e.code === -71");
  return `import COS from "cos-nodejs-sdk-v5";\nexport function f(e, retry) {\n  if (${tests.join(" || ")} || e.code === -96) return retry();\n}\n`;
}

/** An `if` / `else if` chain of `branches` branches, the last one `-96`, each retrying, and a retrying `else`. */
function longElseIfChain(branches: number): string {
  const lines = [
    'import COS from "cos-nodejs-sdk-v5";',
    "export function f(e, retry) {",
    "  if (e.code === -71) return retry();",
  ];
  for (let i = 1; i < branches - 1; i++) lines.push("  else if (e.code === -71) return retry();");
  lines.push("  else if (e.code === -96) return retry();", "  else return retry();", "}", "");
  return lines.join("\n");
}

describe("chains without recursion proportional to their length", () => {
  const linter = new Linter();
  const config = (rule: string): Linter.Config[] => [
    { plugins: { "cos-errors": plugin }, rules: { [`cos-errors/${rule}`]: "error" } },
  ];

  it("a 2,000-part || chain: the -96 at its end is reported as retried without its fix", () => {
    const code = longOrChain(2000);
    const column = code.split("\n")[2]!.indexOf("-96") + 1;
    const messages = linter.verify(code, config("no-retry-non-retryable"), "file.js");
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([
      ["cos-errors/no-retry-non-retryable", "retryBeforeFix", 3, column],
    ]);
  });

  it("a 2,000-part && chain is one code test", () => {
    const tests = Array.from({ length: 1999 }, (_, i) => `e.tries < ${i}`);
    const code = `import COS from "cos-nodejs-sdk-v5";\nexport function f(e, retry) {\n  if (${tests.join(" && ")} && e.code === -96) return retry();\n}\n`;
    const messages = linter.verify(code, config("no-retry-non-retryable"), "file.js");
    expect(messages.map((m) => [m.messageId, m.line])).toEqual([["retryBeforeFix", 3]]);
  });

  it("a 3,000-branch else-if chain is one dispatch: the -96 branch and the retrying else are reported once", () => {
    const code = longElseIfChain(3000);
    const retried = linter.verify(code, config("no-retry-non-retryable"), "file.js");
    expect(retried.map((m) => [m.messageId, m.line, m.column])).toEqual([["retryBeforeFix", 3002, 23]]);
    const unhandled = linter.verify(code, config("handle-non-retryable"), "file.js");
    expect(unhandled.map((m) => [m.messageId, m.line, m.column])).toEqual([["fallbackRetries", 3, 3]]);
  });
});

describe("rules share one retry analysis per dispatch", () => {
  it("handle-non-retryable and no-retry-non-retryable with the same retryPattern build it once", async () => {
    const retry = await import("../../src/detect/analysis/retry.js");
    expect(typeof retry.analyseRetries).toBe("function");
    const code = dedent`
      import COS from "cos-nodejs-sdk-v5";
      export function f(e, retry) {
        if (e.code === -96) return retry();
        return retry();
      }
    `;
    const messages = new Linter().verify(
      code,
      [
        {
          plugins: { "cos-errors": plugin },
          rules: { "cos-errors/handle-non-retryable": "error", "cos-errors/no-retry-non-retryable": "error" },
        },
      ],
      "file.js",
    );
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([
      ["cos-errors/handle-non-retryable", "fallbackRetries", 3, 3],
      ["cos-errors/no-retry-non-retryable", "retryBeforeFix", 3, 18],
    ]);
  });
});

ruleTester.run("no-retry-non-retryable: an enum member operand", noRetryNonRetryable, {
  valid: [],
  invalid: [
    {
      filename: "file.ts",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        enum UploadError { Denied = -55 }
        export function f(e: { code: number }, retry: () => void) {
          if (e.code === UploadError.Denied) return retry();
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -55, description: "ACCESS_DENIED, auth" },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
  ],
});

// The fixes import from the runtime package `cos-error-codes` by default; the plugin's own copy
// `eslint-plugin-cos-errors/codes` stays a source of the constants, and an import of it is reused.
ruleTester.run("prefer-named-code: both runtime modules are sources of the constants", preferNamedCode, {
  valid: [],
  invalid: [
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -96;
      `,
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [{ messageId: "preferNamedCode" }],
    },
    {
      filename: "file.js",
      code: dedent`
        import { CosErrorCode } from "eslint-plugin-cos-errors/codes";
        export const f = (err) => err.code === -96 || err.code === CosErrorCode.ACCESS_DENIED;
      `,
      output: dedent`
        import { CosErrorCode } from "eslint-plugin-cos-errors/codes";
        export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED || err.code === CosErrorCode.ACCESS_DENIED;
      `,
      errors: [{ messageId: "preferNamedCode" }],
    },
  ],
});

ruleTester.run(
  "no-retry-non-retryable: a constant of the plugin's runtime module is still a code",
  noRetryNonRetryable,
  {
    valid: [],
    invalid: [
      {
        filename: "file.js",
        code: dedent`
        const { CosErrorCode } = require("eslint-plugin-cos-errors/codes");
        exports.f = (err, retry) => (err.code === CosErrorCode.ACCESS_DENIED ? retry() : null);
      `,
        errors: [
          {
            messageId: "neverRetryable",
            data: { code: -55, description: "ACCESS_DENIED, auth" },
            line: 2,
            column: 43,
            endLine: 2,
            endColumn: 69,
          },
        ],
      },
    ],
  },
);

// The bindings of the runtime module are found from the text's `require` and module names, and from their
// escaped spellings too (an identifier with `\u`, a string with any `\`).
ruleTester.run("no-retry-non-retryable: a require of the runtime module, however it is spelled", noRetryNonRetryable, {
  valid: [
    {
      filename: "file.js",
      code: dedent`
        const { CosErrorCode } = load("eslint-plugin-cos-errors/codes");
        exports.f = (err, retry) => (err.code === CosErrorCode.ACCESS_DENIED ? retry() : null);
      `,
    },
  ],
  invalid: [
    {
      filename: "file.js",
      code: dedent`
        const { CosErrorCode } = r\u0065quire("eslint-plugin-cos-errors/codes");
        exports.f = (err, retry) => (err.code === CosErrorCode.ACCESS_DENIED ? retry() : null);
      `,
      errors: [{ messageId: "neverRetryable", data: { code: -55, description: "ACCESS_DENIED, auth" }, line: 2 }],
    },
    {
      filename: "file.js",
      code: dedent`
        const { CosErrorCode } = require("eslint-plugin-cos-errors\u002fcodes");
        exports.f = (err, retry) => (err.code === CosErrorCode.ACCESS_DENIED ? retry() : null);
      `,
      errors: [{ messageId: "neverRetryable", data: { code: -55, description: "ACCESS_DENIED, auth" }, line: 2 }],
    },
  ],
});

describe("TypeScript enums: no deprecated property is read", () => {
  it("resolves a member without TSEnumMember.computed, which typescript-eslint 8 reads with a warning", () => {
    const read: string[] = [];
    // typescript-eslint's parser, with each enum member's `computed` replaced by a getter that records a read.
    const parser = {
      parseForESLint(code: string, options: tsParser.ParserOptions) {
        const result = tsParser.parseForESLint(code, options);
        for (const statement of result.ast.body) {
          if (statement.type !== AST_NODE_TYPES.TSEnumDeclaration) continue;
          for (const member of statement.body.members) {
            Object.defineProperty(member, "computed", {
              get: () => {
                read.push(member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : String(member.id.value));
                return false;
              },
            });
          }
        }
        return result;
      },
    };
    const code = dedent`
      import COS from "cos-nodejs-sdk-v5";
      enum UploadError { Typo = -99999 }
      export const f = (err: { code: number }) => err.code === UploadError.Typo;
    `;
    const messages = new Linter().verify(
      code,
      [
        {
          files: ["**/*.ts"],
          languageOptions: { parser },
          plugins: { "cos-errors": plugin },
          rules: { "cos-errors/no-unknown-code": "error" },
        },
      ],
      "file.ts",
    );
    expect(messages.map((m) => [m.messageId, m.line, m.column])).toEqual([["unknownCode", 2, 27]]);
    expect(read).toEqual([]);
  });
});
