import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/no-unknown-code.js";
import { dedent, ruleTester, thrownMessage } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];

ruleTester.run<MessageIds, Options>("no-unknown-code", rule, {
  valid: [
    // ----- no COS signal: the file is not judged
    { filename: "file.js", code: "export const exists = (err) => err.code === -4017;" },
    "export const exists = (err: { code: number }) => err.code === -4017;",
    {
      filename: "file.js",
      code: dedent`
        switch (err.code) { case -4017: break; }
        [-4017].includes(err.code);
        new Set([-4017]).has(code);
      `,
    },
    // names that contain `cos` without being the word `cos`
    {
      filename: "file.js",
      code: dedent`
        const cost = 3;
        export const exists = (err) => err.code === -4017 && cost > 1;
      `,
    },
    { filename: "file.js", code: "export const f = (cosine, err) => err.code === -4017 && cosine > 0;" },
    {
      filename: "file.js",
      code: dedent`
        const y = Math.cos(x);
        export const exists = (err) => err.code === -4017 && y > 0;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        const y = Math?.cos(x);
        export const exists = (err) => err.code === -4017 && y > 0;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        const y = Math.acos(x) + cosh(x) + macos;
        export const exists = (err) => err.code === -4017 && y > 0;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        const COST = 3;
        export const exists = (err) => err.code === -4017 && COST > 1;
      `,
    },
    { filename: "file.js", code: "export const recosting = (err) => err.code === -4017 || err.cosmetic;" },
    // `cos` in a comment or in an unrelated string is not a signal
    {
      filename: "file.js",
      code: dedent`
        // upload to cos
        export const exists = (err) => err.code === -4017;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        const shop = "cosmetics";
        export const exists = (err) => err.code === -4017 && shop;
      `,
    },
    // a module that is not one of the COS SDKs
    {
      filename: "file.js",
      code: dedent`
        import cost from "cost-calculator";
        export const exists = (err) => err.code === -4017 && cost;
      `,
    },

    // ----- COS context, but not a code site
    // not a code expression
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (res) => res.status === -4017;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err, code) => err[code] === -4017;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code.length === -4017;
      `,
    },
    // `Number` shadowed by a local binding: not the global conversion
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(err, Number) { return Number(err.code) === -4017; }
      `,
    },
    // both sides hold a code
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err, res) => err.code === res.errorCode;
      `,
    },
    // not an equality comparison
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code < -4017 || err.code >= -5998;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(err) { err.code = -4017; return err; }
      `,
    },
    // not a collection the engine reads
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => [-4017].indexOf(err.code) >= 0;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (list, err) => list.includes(err.code);
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => new Map([[-4017, 1]]).has(err.code);
      `,
    },

    // ----- operands that are not candidate codes
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const ok = (x) => x.code === 0;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const missing = (code) => code === 404;
      `,
    },
    // positive, and neither it nor its negation is a code
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (code) => code === 4017;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (code, a, b) => code === a - b;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (code) => code === -4017n;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (code) => code === -4017.5;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (code) => code === " -4017" || code === "-4017x";
      `,
    },
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\n' + "export const f = (code, n) => code === `-${n}`;",
    },
    // `let` or a `const` of another scope: the value is not known here
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        let X = -4017;
        export const f = (err) => err.code === X;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function a() { const X = -4017; return X; }
        export function b(err) { return err.code === X; }
      `,
    },

    // ----- known codes
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -4018;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -1 || err.code === -2 || err.code === -3 || err.code === -4;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === 100 || err.code === 101;
      `,
    },
    {
      filename: "file.js",
      code:
        'import COS from "cos-nodejs-sdk-v5";\n' +
        'export const f = (err) => [-4018, "-4019", `-4016`, -(96)].includes(err.code);',
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        switch (err.code) {
          case -71:
          case -5963:
            break;
          default:
        }
      `,
    },
    // named constants of the runtime module
    {
      filename: "file.js",
      code: dedent`
        import { CosErrorCode } from "eslint-plugin-cos-errors/codes";
        export const f = (err) => err.code === CosErrorCode.FILE_ALREADY_UPLOADED;
      `,
    },

    // ----- options and settings
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -4017;
      `,
      options: [{ allow: [-4017] }],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -4017;
      `,
      settings: {
        "cos-errors": { extraCodes: { "-4017": { name: "MY_CODE", category: "conflict", description: "x" } } },
      },
    },
    // codeNames replaces the default names: `err.code` is no longer a code expression
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -4017 || err.errorCode === -4017;
      `,
      settings: { "cos-errors": { codeNames: ["status"] } },
    },
    // a custom SDK module that the file does not use
    {
      filename: "file.js",
      code: dedent`
        import s from "storage";
        export const f = (err) => err.code === -4017;
      `,
      settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
    },
    // a module that only starts like a configured one
    {
      filename: "file.js",
      code: dedent`
        import s from "@acme/storage-extra";
        export const f = (err) => err.code === -4017;
      `,
      settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
    },
    {
      filename: "file.js",
      code: "export const f = (err) => err.code === -4017;",
      settings: { "cos-errors": { assumeCos: false } },
    },

    // ----- TypeScript and TSX
    dedent`
      import COS from "cos-nodejs-sdk-v5";
      export const f = (err: { code: number }) => err.code === -4018;
    `,
    {
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      code:
        'import COS from "cos-js-sdk-v5";\n' +
        "export const View = ({ err }: { err: { code: number } }) => (err.code === -4018 ? <p>done</p> : " +
        "<p>{err.code}</p>);",
    },
    {
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      code: "export const View = ({ err }: { err: { code: number } }) => (err.code === -4017 ? <p>done</p> : null);",
    },
  ],

  invalid: [
    // ----- the report: no autofix (`output: null`), one suggestion per did-you-mean code
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export function onError(err) {
          if (err.code === -4017) return "exists";
          return "other";
        }
      `,
      output: null,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function onError(err) {
                  if (err.code === -4018) return "exists";
                  return "other";
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function onError(err) {
                  if (err.code === -4016) return "exists";
                  return "other";
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function onError(err) {
                  if (err.code === -4019) return "exists";
                  return "other";
                }
              `,
            },
          ],
        },
      ],
    },

    // ----- comparison sites
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code == -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code == -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code == -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code == -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code !== -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code !== -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code !== -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code !== -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code != -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code != -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code != -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code != -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => -4017 === err.code;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => -4018 === err.code;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => -4016 === err.code;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => -4019 === err.code;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => -4017 != err.code;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => -4018 != err.code;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => -4016 != err.code;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => -4019 != err.code;
              `,
            },
          ],
        },
      ],
    },
    // in any expression position
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => !!err && (err.code === -4017 ? 1 : 2);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 55,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => !!err && (err.code === -4018 ? 1 : 2);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => !!err && (err.code === -4016 ? 1 : 2);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => !!err && (err.code === -4019 ? 1 : 2);
              `,
            },
          ],
        },
      ],
    },

    // ----- switch sites
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(err) {
          switch (err.code) {
            case -4018:
              return "uploaded";
            case -4017:
              return "exists";
            default:
              return "other";
          }
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 15,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  switch (err.code) {
                    case -4018:
                      return "uploaded";
                    case -4018:
                      return "exists";
                    default:
                      return "other";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  switch (err.code) {
                    case -4018:
                      return "uploaded";
                    case -4016:
                      return "exists";
                    default:
                      return "other";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  switch (err.code) {
                    case -4018:
                      return "uploaded";
                    case -4019:
                      return "exists";
                    default:
                      return "other";
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export function classify(err) {
          switch (err.code) {
            case -4017:
              return "exists";
            case -4018:
              return "uploaded";
            case -5998:
              return "bad";
            default:
              return "other";
          }
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 15,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function classify(err) {
                  switch (err.code) {
                    case -4018:
                      return "exists";
                    case -4018:
                      return "uploaded";
                    case -5998:
                      return "bad";
                    default:
                      return "other";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function classify(err) {
                  switch (err.code) {
                    case -4016:
                      return "exists";
                    case -4018:
                      return "uploaded";
                    case -5998:
                      return "bad";
                    default:
                      return "other";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function classify(err) {
                  switch (err.code) {
                    case -4019:
                      return "exists";
                    case -4018:
                      return "uploaded";
                    case -5998:
                      return "bad";
                    default:
                      return "other";
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -5998,
            guesses:
              "`-5999` (INVALID_PARAMETER), `-5997` (INTERNAL_ERROR_5997), `-5996` (INVALID_HTTP_METHOD), " +
              "`-5994` (INVALID_URL_PATH) or `-5993` (INVALID_FORMDATA_BODY)",
          },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 15,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5999` (INVALID_PARAMETER: Invalid request parameter)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function classify(err) {
                  switch (err.code) {
                    case -4017:
                      return "exists";
                    case -4018:
                      return "uploaded";
                    case -5999:
                      return "bad";
                    default:
                      return "other";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5997` (INTERNAL_ERROR_5997: Internal error; contact Tencent Cloud support)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function classify(err) {
                  switch (err.code) {
                    case -4017:
                      return "exists";
                    case -4018:
                      return "uploaded";
                    case -5997:
                      return "bad";
                    default:
                      return "other";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5996` (INVALID_HTTP_METHOD: Wrong or missing HTTP request method)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function classify(err) {
                  switch (err.code) {
                    case -4017:
                      return "exists";
                    case -4018:
                      return "uploaded";
                    case -5996:
                      return "bad";
                    default:
                      return "other";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5994` (INVALID_URL_PATH: URL path does not conform to the specification)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function classify(err) {
                  switch (err.code) {
                    case -4017:
                      return "exists";
                    case -4018:
                      return "uploaded";
                    case -5994:
                      return "bad";
                    default:
                      return "other";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5993` (INVALID_FORMDATA_BODY: Malformed multipart/form-data body)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function classify(err) {
                  switch (err.code) {
                    case -4017:
                      return "exists";
                    case -4018:
                      return "uploaded";
                    case -5993:
                      return "bad";
                    default:
                      return "other";
                  }
                }
              `,
            },
          ],
        },
      ],
    },

    // ----- collection sites
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => [-4017, -71].includes(err.code);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-4018, -71].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-4016, -71].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-4019, -71].includes(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (code) => new Set([-4017]).has(code);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (code) => new Set([-4018]).has(code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (code) => new Set([-4016]).has(code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (code) => new Set([-4019]).has(code);
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => [-71, ...more, -4017].includes(err.code);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-71, ...more, -4018].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-71, ...more, -4016].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-71, ...more, -4019].includes(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const ALREADY = [-71, -4017];
        export const f = (err) => ALREADY.includes(err.code);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const ALREADY = [-71, -4018];
                export const f = (err) => ALREADY.includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const ALREADY = [-71, -4016];
                export const f = (err) => ALREADY.includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const ALREADY = [-71, -4019];
                export const f = (err) => ALREADY.includes(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const ALREADY = new Set([-4017, -71]);
        export const f = (err) => ALREADY.has(err.code);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const ALREADY = new Set([-4018, -71]);
                export const f = (err) => ALREADY.has(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const ALREADY = new Set([-4016, -71]);
                export const f = (err) => ALREADY.has(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const ALREADY = new Set([-4019, -71]);
                export const f = (err) => ALREADY.has(err.code);
              `,
            },
          ],
        },
      ],
    },
    // a const array used by two sites: its element is reported once
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        const DONE = [-4017, -4018];

        export const isDone = (err) => DONE.includes(err.code);
        export const isDoneToo = (res) => DONE.includes(res.errorCode);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                const DONE = [-4018, -4018];

                export const isDone = (err) => DONE.includes(err.code);
                export const isDoneToo = (res) => DONE.includes(res.errorCode);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                const DONE = [-4016, -4018];

                export const isDone = (err) => DONE.includes(err.code);
                export const isDoneToo = (res) => DONE.includes(res.errorCode);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                const DONE = [-4019, -4018];

                export const isDone = (err) => DONE.includes(err.code);
                export const isDoneToo = (res) => DONE.includes(res.errorCode);
              `,
            },
          ],
        },
      ],
    },
    // TypeScript wrappers around the collection
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err: { code: number }) => ([-4017, -71] as const).includes(err.code as -71);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 52,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code: number }) => ([-4018, -71] as const).includes(err.code as -71);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code: number }) => ([-4016, -71] as const).includes(err.code as -71);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code: number }) => ([-4019, -71] as const).includes(err.code as -71);
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const SET = new Set<number>([-4017]) as ReadonlySet<number>;
        export const f = (err: { code: number }) => SET.has(err.code);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const SET = new Set<number>([-4018]) as ReadonlySet<number>;
                export const f = (err: { code: number }) => SET.has(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const SET = new Set<number>([-4016]) as ReadonlySet<number>;
                export const f = (err: { code: number }) => SET.has(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const SET = new Set<number>([-4019]) as ReadonlySet<number>;
                export const f = (err: { code: number }) => SET.has(err.code);
              `,
            },
          ],
        },
      ],
    },

    // ----- operand spellings
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === '-4017';
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === '-4018';
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === '-4016';
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === '-4019';
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === "-4017";
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === "-4018";
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === "-4016";
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === "-4019";
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\n' + "export const f = (err) => err.code === `-4017`;",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: 'import COS from "cos-nodejs-sdk-v5";\n' + "export const f = (err) => err.code === `-4018`;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: 'import COS from "cos-nodejs-sdk-v5";\n' + "export const f = (err) => err.code === `-4016`;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: 'import COS from "cos-nodejs-sdk-v5";\n' + "export const f = (err) => err.code === `-4019`;",
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -(4017);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => ["-4017", -71].includes(err.code);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => ["-4018", -71].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => ["-4016", -71].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => ["-4019", -71].includes(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(err) {
          switch (err.code) {
            case '-4017':
              return 1;
          }
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 17,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  switch (err.code) {
                    case '-4018':
                      return 1;
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  switch (err.code) {
                    case '-4016':
                      return 1;
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  switch (err.code) {
                    case '-4019':
                      return 1;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    // a `const` in scope: reported at its initialiser
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const EXISTS = -4017;
        export const f = (err) => err.code === EXISTS;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 21,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const EXISTS = -4018;
                export const f = (err) => err.code === EXISTS;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const EXISTS = -4016;
                export const f = (err) => err.code === EXISTS;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const EXISTS = -4019;
                export const f = (err) => err.code === EXISTS;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const EXISTS = "-4017";
        export const f = (err) => err.code === EXISTS;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const EXISTS = "-4018";
                export const f = (err) => err.code === EXISTS;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const EXISTS = "-4016";
                export const f = (err) => err.code === EXISTS;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const EXISTS = "-4019";
                export const f = (err) => err.code === EXISTS;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(err) {
          const EXISTS = -4017;
          return EXISTS === err.code;
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  const EXISTS = -4018;
                  return EXISTS === err.code;
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  const EXISTS = -4016;
                  return EXISTS === err.code;
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  const EXISTS = -4019;
                  return EXISTS === err.code;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const EXISTS = -4017 as const;
        export const f = (err: { code: number }) => err.code === EXISTS;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 21,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const EXISTS = -4018 as const;
                export const f = (err: { code: number }) => err.code === EXISTS;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const EXISTS = -4016 as const;
                export const f = (err: { code: number }) => err.code === EXISTS;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                const EXISTS = -4019 as const;
                export const f = (err: { code: number }) => err.code === EXISTS;
              `,
            },
          ],
        },
      ],
    },
    // used by three sites, reported once
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        const ALREADY_UPLOADED = -4017;

        export function onError(err, res) {
          if (err.code === ALREADY_UPLOADED) return "exists";
          if (res.errorCode !== ALREADY_UPLOADED) return "other";
          return [ALREADY_UPLOADED].includes(err.code);
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 31,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                const ALREADY_UPLOADED = -4018;

                export function onError(err, res) {
                  if (err.code === ALREADY_UPLOADED) return "exists";
                  if (res.errorCode !== ALREADY_UPLOADED) return "other";
                  return [ALREADY_UPLOADED].includes(err.code);
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                const ALREADY_UPLOADED = -4016;

                export function onError(err, res) {
                  if (err.code === ALREADY_UPLOADED) return "exists";
                  if (res.errorCode !== ALREADY_UPLOADED) return "other";
                  return [ALREADY_UPLOADED].includes(err.code);
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                const ALREADY_UPLOADED = -4019;

                export function onError(err, res) {
                  if (err.code === ALREADY_UPLOADED) return "exists";
                  if (res.errorCode !== ALREADY_UPLOADED) return "other";
                  return [ALREADY_UPLOADED].includes(err.code);
                }
              `,
            },
          ],
        },
      ],
    },
    // a TypeScript wrapper around the literal: the literal itself is reported and replaced
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err: { code: number }) => err.code === (-4017 as number);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 59,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code: number }) => err.code === (-4018 as number);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code: number }) => err.code === (-4016 as number);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code: number }) => err.code === (-4019 as number);
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err: { code: number }) => err.code === (<number>-4017);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 67,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code: number }) => err.code === (<number>-4018);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code: number }) => err.code === (<number>-4016);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code: number }) => err.code === (<number>-4019);
              `,
            },
          ],
        },
      ],
    },

    // ----- code expressions
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err?.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err?.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err?.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err?.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err["code"] === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 48,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err["code"] === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err["code"] === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err["code"] === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err?.["code"] === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err?.["code"] === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err?.["code"] === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err?.["code"] === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (res) => res.errorCode === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (res) => res.errorCode === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (res) => res.errorCode === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (res) => res.errorCode === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (ret) => ret.retcode === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 48,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (ret) => ret.retcode === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (ret) => ret.retcode === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (ret) => ret.retcode === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (body) => body.data.error_code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (body) => body.data.error_code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (body) => body.data.error_code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (body) => body.data.error_code === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (code) => code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (code) => code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (code) => code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (code) => code === -4019;
              `,
            },
          ],
        },
      ],
    },
    // A computed method name is the same call (Engine v2: the site shape is defined once, not by a narrower selector).
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => [-4017]["includes"](err.code);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-4018]["includes"](err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-4016]["includes"](err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-4019]["includes"](err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (errCode) => -4017 === errCode;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (errCode) => -4018 === errCode;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (errCode) => -4016 === errCode;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (errCode) => -4019 === errCode;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(err) {
          const { code: c } = err;
          return c === -4017;
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  const { code: c } = err;
                  return c === -4018;
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  const { code: c } = err;
                  return c === -4016;
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  const { code: c } = err;
                  return c === -4019;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(res) {
          const { errorCode: c = 0 } = res;
          return c === -4017;
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(res) {
                  const { errorCode: c = 0 } = res;
                  return c === -4018;
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(res) {
                  const { errorCode: c = 0 } = res;
                  return c === -4016;
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(res) {
                  const { errorCode: c = 0 } = res;
                  return c === -4019;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = ({ code: c }) => c === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code: c }) => c === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code: c }) => c === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code: c }) => c === -4019;
              `,
            },
          ],
        },
      ],
    },
    // a renamed binding through a quoted or computed key, or with space before the colon
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = ({ "code": c }) => c === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 48,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ "code": c }) => c === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ "code": c }) => c === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ "code": c }) => c === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = ({ ["errCode"]: c }) => c === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ ["errCode"]: c }) => c === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ ["errCode"]: c }) => c === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ ["errCode"]: c }) => c === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = ({ code : c }) => c === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code : c }) => c === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code : c }) => c === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code : c }) => c === -4019;
              `,
            },
          ],
        },
      ],
    },
    // a comment or an escaped name after the colon
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = ({ code: /* renamed */ c }) => c === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code: /* renamed */ c }) => c === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code: /* renamed */ c }) => c === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code: /* renamed */ c }) => c === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = ({ code: \u0063 }) => c === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code: \u0063 }) => c === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code: \u0063 }) => c === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = ({ code: \u0063 }) => c === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(run) {
          try {
            run();
          } catch ({ code: c }) {
            return c === -4017;
          }
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 23,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(run) {
                  try {
                    run();
                  } catch ({ code: c }) {
                    return c === -4018;
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(run) {
                  try {
                    run();
                  } catch ({ code: c }) {
                    return c === -4016;
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(run) {
                  try {
                    run();
                  } catch ({ code: c }) {
                    return c === -4019;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => Number(err.code) === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => Number(err.code) === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => Number(err.code) === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => Number(err.code) === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => +err.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => +err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => +err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => +err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => [-4017].includes(Number(err.code));
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-4018].includes(Number(err.code));
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-4016].includes(Number(err.code));
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-4019].includes(Number(err.code));
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function f(err) {
          switch (Number(err?.code)) {
            case -4017:
              return 1;
          }
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 15,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  switch (Number(err?.code)) {
                    case -4018:
                      return 1;
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  switch (Number(err?.code)) {
                    case -4016:
                      return 1;
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function f(err) {
                  switch (Number(err?.code)) {
                    case -4019:
                      return 1;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err: any) => (err.code as number) === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: any) => (err.code as number) === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: any) => (err.code as number) === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: any) => (err.code as number) === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err: { code?: number }) => err.code! === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code?: number }) => err.code! === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code?: number }) => err.code! === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: { code?: number }) => err.code! === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err: any) => (<number>err.code) === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: any) => (<number>err.code) === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: any) => (<number>err.code) === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: any) => (<number>err.code) === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err: any) => (err?.code satisfies unknown) === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 66,
          endLine: 2,
          endColumn: 71,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: any) => (err?.code satisfies unknown) === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: any) => (err?.code satisfies unknown) === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err: any) => (err?.code satisfies unknown) === -4019;
              `,
            },
          ],
        },
      ],
    },

    // ----- did you mean
    // sign missing: the negated code comes first (here the only one)
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === 4018;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: { code: 4018, guesses: "`-4018` (FILE_ALREADY_UPLOADED)" },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4018;
              `,
            },
          ],
        },
      ],
    },
    // sign missing first, before a positive known code one digit away
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === 120;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: { code: 120, guesses: "`-120` (UPLOAD_ID_NOT_FOUND) or `100` (INTERNAL_ERROR_POSITIVE_100)" },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-120` (UPLOAD_ID_NOT_FOUND: Upload ID does not exist)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -120;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`100` (INTERNAL_ERROR_POSITIVE_100: Internal error; contact Tencent Cloud support)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === 100;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === "4018";
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: { code: 4018, guesses: "`-4018` (FILE_ALREADY_UPLOADED)" },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === "-4018";
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === +4018;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: { code: 4018, guesses: "`-4018` (FILE_ALREADY_UPLOADED)" },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4018;
              `,
            },
          ],
        },
      ],
    },
    // no known code nearby: no guess, no suggestion
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -123456;
      `,
      errors: [
        {
          messageId: "unknownCode",
          data: { code: -123456, guesses: "" },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },
    // six known codes one edit away: the five nearest are offered, nearest first
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -5998;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -5998,
            guesses:
              "`-5999` (INVALID_PARAMETER), `-5997` (INTERNAL_ERROR_5997), `-5996` (INVALID_HTTP_METHOD), " +
              "`-5994` (INVALID_URL_PATH) or `-5993` (INVALID_FORMDATA_BODY)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5999` (INVALID_PARAMETER: Invalid request parameter)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -5999;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5997` (INTERNAL_ERROR_5997: Internal error; contact Tencent Cloud support)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -5997;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5996` (INVALID_HTTP_METHOD: Wrong or missing HTTP request method)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -5996;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5994` (INVALID_URL_PATH: URL path does not conform to the specification)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -5994;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5993` (INVALID_FORMDATA_BODY: Malformed multipart/form-data body)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -5993;
              `,
            },
          ],
        },
      ],
    },
    // a code with two descriptions is described with both; at most five guesses again
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === '-5960';
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -5960,
            guesses:
              "`-5961` (CONTENT_MD5_MISMATCH), `-5962` (INVALID_XML), `-5963` (READ_DATA_TIMEOUT), " +
              "`-5964` (UNKNOWN_OP) or `-5965` (SLICE_INIT_BAD_SLICE_PARAMS)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5961` (CONTENT_MD5_MISMATCH: Request body does not match its Content-MD5)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === '-5961';
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5962` (INVALID_XML: XML parsing failed: request XML is malformed)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === '-5962';
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-5963` (READ_DATA_TIMEOUT: Timed out reading request data; " +
                  "network too slow or upload concurrency too high)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === '-5963';
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5964` (UNKNOWN_OP: Unknown op value: no such operation)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === '-5964';
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-5965` (SLICE_INIT_BAD_SLICE_PARAMS: Multipart (slice) upload init did not give slice_size; " +
                  "Multipart (slice) upload init has an invalid uploadparts parameter)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === '-5965';
              `,
            },
          ],
        },
      ],
    },
    // several unknown codes at one site, in source order
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => [-5998, -71, -4017].includes(err.code);
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -5998,
            guesses:
              "`-5999` (INVALID_PARAMETER), `-5997` (INTERNAL_ERROR_5997), `-5996` (INVALID_HTTP_METHOD), " +
              "`-5994` (INVALID_URL_PATH) or `-5993` (INVALID_FORMDATA_BODY)",
          },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5999` (INVALID_PARAMETER: Invalid request parameter)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-5999, -71, -4017].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5997` (INTERNAL_ERROR_5997: Internal error; contact Tencent Cloud support)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-5997, -71, -4017].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5996` (INVALID_HTTP_METHOD: Wrong or missing HTTP request method)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-5996, -71, -4017].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5994` (INVALID_URL_PATH: URL path does not conform to the specification)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-5994, -71, -4017].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5993` (INVALID_FORMDATA_BODY: Malformed multipart/form-data body)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-5993, -71, -4017].includes(err.code);
              `,
            },
          ],
        },
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-5998, -71, -4018].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-5998, -71, -4016].includes(err.code);
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => [-5998, -71, -4019].includes(err.code);
              `,
            },
          ],
        },
      ],
    },
    // only the unknown side of a condition
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -4018 || err.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4018 || err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4018 || err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4018 || err.code === -4019;
              `,
            },
          ],
        },
      ],
    },

    // ----- COS context signals
    // (the rule tester hands the parser its own `parserOptions.sourceType`, which wins over
    // `languageOptions.sourceType`; the Linter tests below use the latter with espree)
    {
      filename: "file.js",
      languageOptions: { parserOptions: { sourceType: "commonjs" } },
      code: dedent`
        const Sdk = require("cos-js-sdk-v5");
        module.exports = (err) => err.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                const Sdk = require("cos-js-sdk-v5");
                module.exports = (err) => err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                const Sdk = require("cos-js-sdk-v5");
                module.exports = (err) => err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                const Sdk = require("cos-js-sdk-v5");
                module.exports = (err) => err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import Sdk from "cos-wx-sdk-v5";
        export const f = (err) => err.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import Sdk from "cos-wx-sdk-v5";
                export const f = (err) => err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import Sdk from "cos-wx-sdk-v5";
                export const f = (err) => err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import Sdk from "cos-wx-sdk-v5";
                export const f = (err) => err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import Sdk from "cos-nodejs-sdk-v5/lib/util";
        export const f = (err) => err.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import Sdk from "cos-nodejs-sdk-v5/lib/util";
                export const f = (err) => err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import Sdk from "cos-nodejs-sdk-v5/lib/util";
                export const f = (err) => err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import Sdk from "cos-nodejs-sdk-v5/lib/util";
                export const f = (err) => err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import * as codes from "eslint-plugin-cos-errors/codes";
        export const f = (err) => err.code === -4017 && codes;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import * as codes from "eslint-plugin-cos-errors/codes";
                export const f = (err) => err.code === -4018 && codes;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import * as codes from "eslint-plugin-cos-errors/codes";
                export const f = (err) => err.code === -4016 && codes;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import * as codes from "eslint-plugin-cos-errors/codes";
                export const f = (err) => err.code === -4019 && codes;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: "export const f = (cos, err) => cos && err.code === -4017;",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 1,
          column: 52,
          endLine: 1,
          endColumn: 57,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: "export const f = (cos, err) => cos && err.code === -4018;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: "export const f = (cos, err) => cos && err.code === -4016;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: "export const f = (cos, err) => cos && err.code === -4019;",
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: "export const f = (cosClient, err) => cosClient && err.code === -4017;",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 1,
          column: 64,
          endLine: 1,
          endColumn: 69,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: "export const f = (cosClient, err) => cosClient && err.code === -4018;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: "export const f = (cosClient, err) => cosClient && err.code === -4016;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: "export const f = (cosClient, err) => cosClient && err.code === -4019;",
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: "export const f = (cos_err) => cos_err.code === -4017;",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 1,
          column: 48,
          endLine: 1,
          endColumn: 53,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: "export const f = (cos_err) => cos_err.code === -4018;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: "export const f = (cos_err) => cos_err.code === -4016;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: "export const f = (cos_err) => cos_err.code === -4019;",
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: "export const f = (qcloudCos, err) => qcloudCos && err.code === -4017;",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 1,
          column: 64,
          endLine: 1,
          endColumn: 69,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: "export const f = (qcloudCos, err) => qcloudCos && err.code === -4018;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: "export const f = (qcloudCos, err) => qcloudCos && err.code === -4016;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: "export const f = (qcloudCos, err) => qcloudCos && err.code === -4019;",
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: "export const f = (COSClient, err) => COSClient && err.code === -4017;",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 1,
          column: 64,
          endLine: 1,
          endColumn: 69,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: "export const f = (COSClient, err) => COSClient && err.code === -4018;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: "export const f = (COSClient, err) => COSClient && err.code === -4016;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: "export const f = (COSClient, err) => COSClient && err.code === -4019;",
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: "export const f = (err) => err.upload.cos && err.code === -4017;",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 63,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: "export const f = (err) => err.upload.cos && err.code === -4018;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: "export const f = (err) => err.upload.cos && err.code === -4016;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: "export const f = (err) => err.upload.cos && err.code === -4019;",
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        const host = "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com";
        export const f = (err) => host && err.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                const host = "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com";
                export const f = (err) => host && err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                const host = "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com";
                export const f = (err) => host && err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                const host = "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com";
                export const f = (err) => host && err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code:
        "const url = `https://${bucket}.file.myqcloud.com/${key}`;\n" +
        "export const f = (err) => url && err.code === -4017;",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 52,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output:
                "const url = `https://${bucket}.file.myqcloud.com/${key}`;\n" +
                "export const f = (err) => url && err.code === -4018;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output:
                "const url = `https://${bucket}.file.myqcloud.com/${key}`;\n" +
                "export const f = (err) => url && err.code === -4016;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output:
                "const url = `https://${bucket}.file.myqcloud.com/${key}`;\n" +
                "export const f = (err) => url && err.code === -4019;",
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        const body = { op: "upload_slice_init" };
        export const f = (err) => body && err.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                const body = { op: "upload_slice_init" };
                export const f = (err) => body && err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                const body = { op: "upload_slice_init" };
                export const f = (err) => body && err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                const body = { op: "upload_slice_init" };
                export const f = (err) => body && err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    // the comment is not the signal: the string is
    {
      filename: "file.js",
      code: dedent`
        // Upload to cos.
        const body = { op: "upload_slice_init" };
        export const f = (err) => body && err.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 53,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                // Upload to cos.
                const body = { op: "upload_slice_init" };
                export const f = (err) => body && err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                // Upload to cos.
                const body = { op: "upload_slice_init" };
                export const f = (err) => body && err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                // Upload to cos.
                const body = { op: "upload_slice_init" };
                export const f = (err) => body && err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: "export const f = (err) => err.code === -4017;",
      settings: { "cos-errors": { assumeCos: true } },
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: "export const f = (err) => err.code === -4018;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: "export const f = (err) => err.code === -4016;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: "export const f = (err) => err.code === -4019;",
            },
          ],
        },
      ],
    },
    // sdkModules adds a module (and its subpaths) to the defaults...
    {
      filename: "file.js",
      code: dedent`
        import storage from "@acme/storage";
        export const f = (err) => err.code === -4017 && storage;
      `,
      settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import storage from "@acme/storage";
                export const f = (err) => err.code === -4018 && storage;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import storage from "@acme/storage";
                export const f = (err) => err.code === -4016 && storage;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import storage from "@acme/storage";
                export const f = (err) => err.code === -4019 && storage;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import storage from "@acme/storage/client";
        export const f = (err) => err.code === -4017 && storage;
      `,
      settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import storage from "@acme/storage/client";
                export const f = (err) => err.code === -4018 && storage;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import storage from "@acme/storage/client";
                export const f = (err) => err.code === -4016 && storage;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import storage from "@acme/storage/client";
                export const f = (err) => err.code === -4019 && storage;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import storage from "my-cos-wrapper";
        export const f = (err) => err.code === -4017 && storage;
      `,
      settings: { "cos-errors": { sdkModules: ["my-cos-wrapper"] } },
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import storage from "my-cos-wrapper";
                export const f = (err) => err.code === -4018 && storage;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import storage from "my-cos-wrapper";
                export const f = (err) => err.code === -4016 && storage;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import storage from "my-cos-wrapper";
                export const f = (err) => err.code === -4019 && storage;
              `,
            },
          ],
        },
      ],
    },
    // ...and keeps the default modules
    {
      filename: "file.js",
      code: dedent`
        import Sdk from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -4017 && Sdk;
      `,
      settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import Sdk from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4018 && Sdk;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import Sdk from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4016 && Sdk;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import Sdk from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4019 && Sdk;
              `,
            },
          ],
        },
      ],
    },

    // ----- settings and options
    // codeNames: `res.status` is a code expression now
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (res) => res.status === -4017;
      `,
      settings: { "cos-errors": { codeNames: ["status"] } },
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (res) => res.status === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (res) => res.status === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (res) => res.status === -4019;
              `,
            },
          ],
        },
      ],
    },
    // extraCodes: the user's code is known and offered as a guess, by distance
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export const sha = (err) => err.code === -4015;
      `,
      settings: {
        "cos-errors": { extraCodes: { "-4017": { name: "MY_CODE", category: "conflict", description: "x" } } },
      },
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4015,
            guesses:
              "`-4016` (UPLOAD_SHA_MISMATCH), `-4017` (MY_CODE), " +
              "`-4018` (FILE_ALREADY_UPLOADED) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const sha = (err) => err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4017` (MY_CODE: x)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const sha = (err) => err.code === -4017;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const sha = (err) => err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const sha = (err) => err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    // allow: only the listed numbers are exempt
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export const gateway = (err) => err.code === -4017 || err.code === -5998;
      `,
      options: [{ allow: [-4017] }],
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -5998,
            guesses:
              "`-5999` (INVALID_PARAMETER), `-5997` (INTERNAL_ERROR_5997), `-5996` (INVALID_HTTP_METHOD), " +
              "`-5994` (INVALID_URL_PATH) or `-5993` (INVALID_FORMDATA_BODY)",
          },
          line: 3,
          column: 68,
          endLine: 3,
          endColumn: 73,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5999` (INVALID_PARAMETER: Invalid request parameter)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const gateway = (err) => err.code === -4017 || err.code === -5999;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5997` (INTERNAL_ERROR_5997: Internal error; contact Tencent Cloud support)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const gateway = (err) => err.code === -4017 || err.code === -5997;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5996` (INVALID_HTTP_METHOD: Wrong or missing HTTP request method)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const gateway = (err) => err.code === -4017 || err.code === -5996;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5994` (INVALID_URL_PATH: URL path does not conform to the specification)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const gateway = (err) => err.code === -4017 || err.code === -5994;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-5993` (INVALID_FORMDATA_BODY: Malformed multipart/form-data body)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const gateway = (err) => err.code === -4017 || err.code === -5993;
              `,
            },
          ],
        },
      ],
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export const gateway = (err) => err.code === -4017 || err.code === -5998;
      `,
      options: [{ allow: [4017, -5998] }],
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 51,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const gateway = (err) => err.code === -4018 || err.code === -5998;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const gateway = (err) => err.code === -4016 || err.code === -5998;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const gateway = (err) => err.code === -4019 || err.code === -5998;
              `,
            },
          ],
        },
      ],
    },

    // ----- file kinds
    // CommonJS, by file name
    {
      filename: "x.cjs",
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");
        module.exports = function (err) {
          return err.code === -4017;
        };
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                const COS = require("cos-nodejs-sdk-v5");
                module.exports = function (err) {
                  return err.code === -4018;
                };
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                const COS = require("cos-nodejs-sdk-v5");
                module.exports = function (err) {
                  return err.code === -4016;
                };
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                const COS = require("cos-nodejs-sdk-v5");
                module.exports = function (err) {
                  return err.code === -4019;
                };
              `,
            },
          ],
        },
      ],
    },
    // ES module with a .mjs name
    {
      filename: "x.mjs",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export default (err) => err.code === -4017;
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export default (err) => err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export default (err) => err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export default (err) => err.code === -4019;
              `,
            },
          ],
        },
      ],
    },
    // TypeScript (the rule tester's default file name is a .ts file)
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        interface CosError {
          code: number;
          message: string;
        }

        export async function put(cos: COS, params: COS.PutObjectParams): Promise<string> {
          try {
            await cos.putObject(params);
            return "ok";
          } catch (error) {
            const err = error as CosError;
            return err.code === -4017 ? "exists" : "failed";
          }
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 14,
          column: 25,
          endLine: 14,
          endColumn: 30,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                interface CosError {
                  code: number;
                  message: string;
                }

                export async function put(cos: COS, params: COS.PutObjectParams): Promise<string> {
                  try {
                    await cos.putObject(params);
                    return "ok";
                  } catch (error) {
                    const err = error as CosError;
                    return err.code === -4018 ? "exists" : "failed";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                interface CosError {
                  code: number;
                  message: string;
                }

                export async function put(cos: COS, params: COS.PutObjectParams): Promise<string> {
                  try {
                    await cos.putObject(params);
                    return "ok";
                  } catch (error) {
                    const err = error as CosError;
                    return err.code === -4016 ? "exists" : "failed";
                  }
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                interface CosError {
                  code: number;
                  message: string;
                }

                export async function put(cos: COS, params: COS.PutObjectParams): Promise<string> {
                  try {
                    await cos.putObject(params);
                    return "ok";
                  } catch (error) {
                    const err = error as CosError;
                    return err.code === -4019 ? "exists" : "failed";
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    // TSX, with JSX around the site
    {
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      code: dedent`
        import COS from "cos-js-sdk-v5";

        export function UploadStatus({ err }: { err: { code: number } | null }) {
          if (!err) return <span>uploaded</span>;
          return <span className="error">{err.code === -4017 ? "already there" : String(err.code)}</span>;
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 53,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-js-sdk-v5";

                export function UploadStatus({ err }: { err: { code: number } | null }) {
                  if (!err) return <span>uploaded</span>;
                  return <span className="error">{err.code === -4018 ? "already there" : String(err.code)}</span>;
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-js-sdk-v5";

                export function UploadStatus({ err }: { err: { code: number } | null }) {
                  if (!err) return <span>uploaded</span>;
                  return <span className="error">{err.code === -4016 ? "already there" : String(err.code)}</span>;
                }
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-js-sdk-v5";

                export function UploadStatus({ err }: { err: { code: number } | null }) {
                  if (!err) return <span>uploaded</span>;
                  return <span className="error">{err.code === -4019 ? "already there" : String(err.code)}</span>;
                }
              `,
            },
          ],
        },
      ],
    },
    // a JSX element name with the cos word is a signal
    {
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      code:
        "export const Status = ({ err }: { err: { code: " +
        "number } }) => <CosUploadStatus failed={err.code === -4017} />;",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 1,
          column: 101,
          endLine: 1,
          endColumn: 106,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output:
                "export const Status = ({ err }: { err: { code: " +
                "number } }) => <CosUploadStatus failed={err.code === -4018} />;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output:
                "export const Status = ({ err }: { err: { code: " +
                "number } }) => <CosUploadStatus failed={err.code === -4016} />;",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output:
                "export const Status = ({ err }: { err: { code: " +
                "number } }) => <CosUploadStatus failed={err.code === -4019} />;",
            },
          ],
        },
      ],
    },
    // a COS host in a JSX attribute, as a plain attribute string and as an expression
    {
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      code: dedent`
        export const Preview = ({ err }: { err: { code: number } }) => (
          <img src="https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png" hidden={err.code === -4017} />
        );
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 104,
          endLine: 2,
          endColumn: 109,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output:
                "export const Preview = ({ err }: { err: { code: number } }) => (\n" +
                '  <img src="https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png" ' +
                "hidden={err.code === -4018} />\n" +
                ");",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output:
                "export const Preview = ({ err }: { err: { code: number } }) => (\n" +
                '  <img src="https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png" ' +
                "hidden={err.code === -4016} />\n" +
                ");",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output:
                "export const Preview = ({ err }: { err: { code: number } }) => (\n" +
                '  <img src="https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png" ' +
                "hidden={err.code === -4019} />\n" +
                ");",
            },
          ],
        },
      ],
    },
    {
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      code:
        "export const Preview = ({ err }: { err: { code: number } }) => (\n" +
        '  <img src={"https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png"} hidden={err.code === ' +
        "-4017} />\n" +
        ");",
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 2,
          column: 106,
          endLine: 2,
          endColumn: 111,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output:
                "export const Preview = ({ err }: { err: { code: number } }) => (\n" +
                '  <img src={"https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png"} ' +
                "hidden={err.code === -4018} />\n" +
                ");",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output:
                "export const Preview = ({ err }: { err: { code: number } }) => (\n" +
                '  <img src={"https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png"} ' +
                "hidden={err.code === -4016} />\n" +
                ");",
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output:
                "export const Preview = ({ err }: { err: { code: number } }) => (\n" +
                '  <img src={"https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png"} ' +
                "hidden={err.code === -4019} />\n" +
                ");",
            },
          ],
        },
      ],
    },
    {
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      code: dedent`
        import COS from "cos-js-sdk-v5";

        export const Codes = ({ code }: { code: number }) => (
          <ul>{[-4017, -71].includes(code) && <li>{code}</li>}</ul>
        );
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 14,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-js-sdk-v5";

                export const Codes = ({ code }: { code: number }) => (
                  <ul>{[-4018, -71].includes(code) && <li>{code}</li>}</ul>
                );
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              output: dedent`
                import COS from "cos-js-sdk-v5";

                export const Codes = ({ code }: { code: number }) => (
                  <ul>{[-4016, -71].includes(code) && <li>{code}</li>}</ul>
                );
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; " +
                  "it can be resumed)",
              },
              output: dedent`
                import COS from "cos-js-sdk-v5";

                export const Codes = ({ code }: { code: number }) => (
                  <ul>{[-4019, -71].includes(code) && <li>{code}</li>}</ul>
                );
              `,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// The rule in ESLint's own Linter: plain JavaScript parsed by espree, option schema, shared settings.

function lint(
  source: string,
  config: Linter.Config = {},
  ruleOptions: unknown[] = [],
  filename?: string,
): Linter.LintMessage[] {
  return new Linter().verify(
    source,
    [
      {
        plugins: { "cos-errors": plugin },
        rules: { "cos-errors/no-unknown-code": ["error", ...(ruleOptions as [])] },
        ...config,
      },
    ],
    filename,
  );
}

/**
 * The Linter's messages as they are, except that each suggestion's `fix` (a range and a text) is shown as the
 * source it produces, `output`, as in the rule tester's cases.
 */
function withSuggestionOutputs(source: string, messages: readonly Linter.LintMessage[]): unknown[] {
  return messages.map(({ suggestions, ...message }) =>
    suggestions === undefined
      ? message
      : {
          ...message,
          suggestions: suggestions.map(({ fix, ...suggestion }) => ({
            ...suggestion,
            output: source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]),
          })),
        },
  );
}

/** The message of the error linting throws; fails when linting does not throw. */
const thrown = (run: () => unknown): string => thrownMessage(run, "linting");

describe("no-unknown-code in plain JavaScript (espree)", () => {
  it("reports in an ES module, with the exact message and suggestions", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      export const f = (err) => err.code === "-4017";
    `;
    expect(withSuggestionOutputs(source, lint(source))).toEqual([
      {
        ruleId: "cos-errors/no-unknown-code",
        severity: 2,
        messageId: "unknownCodeDidYouMean",
        message:
          "`-4017` is not a COS error code. Did you mean `-4018` (FILE_ALREADY_UPLOADED), " +
          "`-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)?",
        line: 2,
        column: 40,
        endLine: 2,
        endColumn: 47,
        suggestions: [
          {
            messageId: "replaceWithKnownCode",
            data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
            desc: "Replace with `-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete).",
            output: dedent`
              import COS from "cos-nodejs-sdk-v5";
              export const f = (err) => err.code === "-4018";
            `,
          },
          {
            messageId: "replaceWithKnownCode",
            data: {
              guess: "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
            },
            desc:
              "Replace with `-4016` (UPLOAD_SHA_MISMATCH: " +
              "SHA of uploaded data does not match the SHA given in the request).",
            output: dedent`
              import COS from "cos-nodejs-sdk-v5";
              export const f = (err) => err.code === "-4016";
            `,
          },
          {
            messageId: "replaceWithKnownCode",
            data: {
              guess:
                "`-4019` (UPLOAD_RESUMABLE: " +
                "An unfinished upload of the same file (same SHA) exists; it can be resumed)",
            },
            desc:
              "Replace with `-4019` (UPLOAD_RESUMABLE: " +
              "An unfinished upload of the same file (same SHA) exists; it can be resumed).",
            output: dedent`
              import COS from "cos-nodejs-sdk-v5";
              export const f = (err) => err.code === "-4019";
            `,
          },
        ],
      },
    ]);
  });

  it("reports in a CommonJS script, through a const and Number()", () => {
    const source = dedent`
      const COS = require("cos-nodejs-sdk-v5");
      const EXISTS = -4017;
      module.exports = function (err) {
        return Number(err.code) === EXISTS || [EXISTS, -123456].includes(err.code);
      };
    `;
    // no autofix (no `fix`), and no suggestion for a code with no known code nearby
    expect(withSuggestionOutputs(source, lint(source, { languageOptions: { sourceType: "commonjs" } }))).toEqual([
      {
        ruleId: "cos-errors/no-unknown-code",
        severity: 2,
        messageId: "unknownCodeDidYouMean",
        message:
          "`-4017` is not a COS error code. Did you mean `-4018` (FILE_ALREADY_UPLOADED), " +
          "`-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)?",
        line: 2,
        column: 16,
        endLine: 2,
        endColumn: 21,
        suggestions: [
          {
            messageId: "replaceWithKnownCode",
            data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
            desc: "Replace with `-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete).",
            output: dedent`
              const COS = require("cos-nodejs-sdk-v5");
              const EXISTS = -4018;
              module.exports = function (err) {
                return Number(err.code) === EXISTS || [EXISTS, -123456].includes(err.code);
              };
            `,
          },
          {
            messageId: "replaceWithKnownCode",
            data: {
              guess: "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
            },
            desc:
              "Replace with `-4016` (UPLOAD_SHA_MISMATCH: " +
              "SHA of uploaded data does not match the SHA given in the request).",
            output: dedent`
              const COS = require("cos-nodejs-sdk-v5");
              const EXISTS = -4016;
              module.exports = function (err) {
                return Number(err.code) === EXISTS || [EXISTS, -123456].includes(err.code);
              };
            `,
          },
          {
            messageId: "replaceWithKnownCode",
            data: {
              guess:
                "`-4019` (UPLOAD_RESUMABLE: " +
                "An unfinished upload of the same file (same SHA) exists; it can be resumed)",
            },
            desc:
              "Replace with `-4019` (UPLOAD_RESUMABLE: " +
              "An unfinished upload of the same file (same SHA) exists; it can be resumed).",
            output: dedent`
              const COS = require("cos-nodejs-sdk-v5");
              const EXISTS = -4019;
              module.exports = function (err) {
                return Number(err.code) === EXISTS || [EXISTS, -123456].includes(err.code);
              };
            `,
          },
        ],
      },
      {
        ruleId: "cos-errors/no-unknown-code",
        severity: 2,
        messageId: "unknownCode",
        message: "`-123456` is not a COS error code.",
        line: 4,
        column: 50,
        endLine: 4,
        endColumn: 57,
      },
    ]);
  });

  it("reports in a .cjs file, parsed as CommonJS", () => {
    // a top-level `return` parses only in a CommonJS script
    const source = dedent`
      const COS = require("cos-nodejs-sdk-v5");
      if (!COS) return;
      module.exports = (err) => err.code === '-4017';
    `;
    expect(withSuggestionOutputs(source, lint(source, {}, [], "x.cjs"))).toEqual([
      {
        ruleId: "cos-errors/no-unknown-code",
        severity: 2,
        messageId: "unknownCodeDidYouMean",
        message:
          "`-4017` is not a COS error code. Did you mean `-4018` (FILE_ALREADY_UPLOADED), " +
          "`-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)?",
        line: 3,
        column: 40,
        endLine: 3,
        endColumn: 47,
        suggestions: [
          {
            messageId: "replaceWithKnownCode",
            data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
            desc: "Replace with `-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete).",
            output: dedent`
              const COS = require("cos-nodejs-sdk-v5");
              if (!COS) return;
              module.exports = (err) => err.code === '-4018';
            `,
          },
          {
            messageId: "replaceWithKnownCode",
            data: {
              guess: "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
            },
            desc:
              "Replace with `-4016` (UPLOAD_SHA_MISMATCH: " +
              "SHA of uploaded data does not match the SHA given in the request).",
            output: dedent`
              const COS = require("cos-nodejs-sdk-v5");
              if (!COS) return;
              module.exports = (err) => err.code === '-4016';
            `,
          },
          {
            messageId: "replaceWithKnownCode",
            data: {
              guess:
                "`-4019` (UPLOAD_RESUMABLE: " +
                "An unfinished upload of the same file (same SHA) exists; it can be resumed)",
            },
            desc:
              "Replace with `-4019` (UPLOAD_RESUMABLE: " +
              "An unfinished upload of the same file (same SHA) exists; it can be resumed).",
            output: dedent`
              const COS = require("cos-nodejs-sdk-v5");
              if (!COS) return;
              module.exports = (err) => err.code === '-4019';
            `,
          },
        ],
      },
    ]);
  });

  it("does not judge a file without a COS signal", () => {
    expect(
      lint(dedent`
        const cost = 1;
        export const f = (err) => cost && err.code === -4017;
      `),
    ).toEqual([]);
    expect(lint("export const f = (err) => Math.cos(err.code) && err.code === -4017;")).toEqual([]);
  });

  it("judges every file with assumeCos", () => {
    const source = "export const f = (err) => err.code === -4017;";
    expect(withSuggestionOutputs(source, lint(source, { settings: { "cos-errors": { assumeCos: true } } }))).toEqual([
      {
        ruleId: "cos-errors/no-unknown-code",
        severity: 2,
        messageId: "unknownCodeDidYouMean",
        message:
          "`-4017` is not a COS error code. Did you mean `-4018` (FILE_ALREADY_UPLOADED), " +
          "`-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)?",
        line: 1,
        column: 40,
        endLine: 1,
        endColumn: 45,
        suggestions: [
          {
            messageId: "replaceWithKnownCode",
            data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
            desc: "Replace with `-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete).",
            output: "export const f = (err) => err.code === -4018;",
          },
          {
            messageId: "replaceWithKnownCode",
            data: {
              guess: "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
            },
            desc:
              "Replace with `-4016` (UPLOAD_SHA_MISMATCH: " +
              "SHA of uploaded data does not match the SHA given in the request).",
            output: "export const f = (err) => err.code === -4016;",
          },
          {
            messageId: "replaceWithKnownCode",
            data: {
              guess:
                "`-4019` (UPLOAD_RESUMABLE: " +
                "An unfinished upload of the same file (same SHA) exists; it can be resumed)",
            },
            desc:
              "Replace with `-4019` (UPLOAD_RESUMABLE: " +
              "An unfinished upload of the same file (same SHA) exists; it can be resumed).",
            output: "export const f = (err) => err.code === -4019;",
          },
        ],
      },
    ]);
  });
});

describe("no-unknown-code options", () => {
  const source = dedent`
    import COS from "cos-nodejs-sdk-v5";
    export const f = (err) => err.code === -4017;
  `;

  it("accepts allow and exempts the listed numbers", () => {
    expect(lint(source, {}, [{ allow: [-4017] }])).toEqual([]);
    for (const options of [{ allow: [] }, {}]) {
      expect(withSuggestionOutputs(source, lint(source, {}, [options]))).toEqual([
        {
          ruleId: "cos-errors/no-unknown-code",
          severity: 2,
          messageId: "unknownCodeDidYouMean",
          message:
            "`-4017` is not a COS error code. Did you mean `-4018` (FILE_ALREADY_UPLOADED), " +
            "`-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)?",
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              desc: "Replace with `-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete).",
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4018;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request)",
              },
              desc:
                "Replace with `-4016` (UPLOAD_SHA_MISMATCH: " +
                "SHA of uploaded data does not match the SHA given in the request).",
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4016;
              `,
            },
            {
              messageId: "replaceWithKnownCode",
              data: {
                guess:
                  "`-4019` (UPLOAD_RESUMABLE: " +
                  "An unfinished upload of the same file (same SHA) exists; it can be resumed)",
              },
              desc:
                "Replace with `-4019` (UPLOAD_RESUMABLE: " +
                "An unfinished upload of the same file (same SHA) exists; it can be resumed).",
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const f = (err) => err.code === -4019;
              `,
            },
          ],
        },
      ]);
    }
  });

  it("rejects an unknown key, naming it", () => {
    expect(thrown(() => lint(source, {}, [{ allowed: [] }]))).toBe(
      'Key "rules": Key "cos-errors/no-unknown-code":\n' +
        '\tValue {"allow":[],"allowed":[]} should NOT have additional properties.\n' +
        '\t\tUnexpected property "allowed". Expected properties: "allow".\n',
    );
  });

  it("rejects allow entries that are not integers or strings, or repeated", () => {
    expect(thrown(() => lint(source, {}, [{ allow: [true] }]))).toBe(
      'Key "rules": Key "cos-errors/no-unknown-code":\n\tValue true should be integer,string.\n',
    );
    expect(thrown(() => lint(source, {}, [{ allow: [-4017.5] }]))).toBe(
      'Key "rules": Key "cos-errors/no-unknown-code":\n\tValue -4017.5 should be integer,string.\n',
    );
    expect(thrown(() => lint(source, {}, [{ allow: -4017 }]))).toBe(
      'Key "rules": Key "cos-errors/no-unknown-code":\n\tValue -4017 should be array.\n',
    );
    expect(thrown(() => lint(source, {}, [{ allow: [-4017, -4017] }]))).toBe(
      'Key "rules": Key "cos-errors/no-unknown-code":\n' +
        "\tValue [-4017,-4017] should NOT have duplicate items (items ## 1 and 0 are identical).\n",
    );
  });
});

describe("no-unknown-code shared settings", () => {
  const source = dedent`
    import COS from "cos-nodejs-sdk-v5";
    export const f = (err) => err.code === -4017;
  `;
  const withSettings = (settings: unknown) => () => lint(source, { settings: { "cos-errors": settings as never } });

  it("rejects a non-boolean assumeCos, naming the setting", () => {
    expect(thrown(withSettings({ assumeCos: "yes" }))).toBe(
      "Error while loading rule 'cos-errors/no-unknown-code': eslint-plugin-cos-errors: " +
        "settings['cos-errors'].assumeCos: expected true or false, got \"yes\"\n" +
        "Occurred while linting <input>",
    );
  });

  it("rejects a bad setting even in a file without a COS signal", () => {
    expect(
      thrown(() =>
        lint("export const f = (x) => x + 1;", { settings: { "cos-errors": { assumeCos: "yes" } as never } }),
      ),
    ).toBe(
      "Error while loading rule 'cos-errors/no-unknown-code': eslint-plugin-cos-errors: " +
        "settings['cos-errors'].assumeCos: expected true or false, got \"yes\"\n" +
        "Occurred while linting <input>",
    );
  });

  it("rejects an unknown setting, naming it", () => {
    expect(thrown(withSettings({ assumeCOS: true }))).toBe(
      "Error while loading rule 'cos-errors/no-unknown-code': eslint-plugin-cos-errors: " +
        "settings['cos-errors'].assumeCOS: unknown setting (known: assumeCos, sdkModules, contextPattern, " +
        "codeNames, statusNames, extraCodes, typeAware, constantsModule, constantsName, xmlConstantsName)\n" +
        "Occurred while linting <input>",
    );
  });

  it("rejects bad lists", () => {
    expect(thrown(withSettings({ codeNames: [] }))).toBe(
      "Error while loading rule 'cos-errors/no-unknown-code': eslint-plugin-cos-errors: " +
        "settings['cos-errors'].codeNames: expected at least one name\n" +
        "Occurred while linting <input>",
    );
    expect(thrown(withSettings({ codeNames: "code" }))).toBe(
      "Error while loading rule 'cos-errors/no-unknown-code': eslint-plugin-cos-errors: " +
        "settings['cos-errors'].codeNames: expected an array of non-empty strings, got \"code\"\n" +
        "Occurred while linting <input>",
    );
    expect(thrown(withSettings({ sdkModules: [""] }))).toBe(
      "Error while loading rule 'cos-errors/no-unknown-code': eslint-plugin-cos-errors: " +
        "settings['cos-errors'].sdkModules: expected an array of non-empty strings, got [\"\"]\n" +
        "Occurred while linting <input>",
    );
  });

  it("rejects a bad extraCodes entry, naming it", () => {
    expect(
      thrown(withSettings({ extraCodes: { "-4017": { name: "MY_CODE", category: "nope", description: "x" } } })),
    ).toBe(
      "Error while loading rule 'cos-errors/no-unknown-code': eslint-plugin-cos-errors: " +
        "settings['cos-errors'].extraCodes: [\"-4017\"].category: expected one of " +
        '"throttling", "transient", "internal", "signature-expired", "resumable", "integrity", "request", ' +
        '"auth", "signature", "not-found", "conflict", "banned", got "nope"\n' +
        "Occurred while linting <input>",
    );
    expect(
      thrown(withSettings({ extraCodes: { "-4018": { name: "MY_CODE", category: "conflict", description: "x" } } })),
    ).toBe(
      "Error while loading rule 'cos-errors/no-unknown-code': eslint-plugin-cos-errors: " +
        "settings['cos-errors'].extraCodes: [\"-4018\"].code: duplicate code -4018\n" +
        "Occurred while linting <input>",
    );
  });

  it("rejects settings['cos-errors'] that is not an object", () => {
    expect(thrown(() => lint(source, { settings: { "cos-errors": true as never } }))).toBe(
      "Error while loading rule 'cos-errors/no-unknown-code': eslint-plugin-cos-errors: " +
        "settings['cos-errors']: expected an object, got true\n" +
        "Occurred while linting <input>",
    );
  });
});
