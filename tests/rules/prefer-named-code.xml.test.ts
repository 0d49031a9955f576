// prefer-named-code on XML-API strings: a correctly spelled XML-API code becomes `CosXmlErrorCode.X` with
// the import added (ES module, CommonJS, an existing import extended), the same safety rules as numbers;
// misspellings, SDK and Node codes and statuses are not named. A file that needs both `CosErrorCode` and
// `CosXmlErrorCode` ends up importing both, in a file that parses and type-checks.
import path from "node:path";
import { type TestCaseError } from "@typescript-eslint/rule-tester";
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/prefer-named-code.js";
import { typeErrors as typeErrorsOf } from "../helpers/type-errors.js";
import { dedent, ruleTester } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];
type Report = TestCaseError<MessageIds>;

// What the messages say of each code: its statuses and first English description (docs/codes.md).
const MEANING = {
  // The first sentence of the description only: a message stays short.
  NoSuchKey: "HTTP 404: The specified object key is not found",
  AccessDenied: "HTTP 403: The access is denied due to an incorrect signature or permission",
  NoSuchBucket: "HTTP 404: The specified bucket is not found",
  NoSuchUpload: "HTTP 400/404: The UploadId specified in a multipart upload is not found",
  SlowDown: "HTTP 503: The access frequency should be slowed down",
  InternalError: "HTTP 500: Internal error of the server occurs",
  BucketAlreadyExists: "HTTP 409: The specified bucket already exists",
  InvalidAccessKeyId: "HTTP 403: The SecretID does not exist",
} as const;
type XmlCode = keyof typeof MEANING;

interface At {
  readonly line: number;
  readonly column: number;
  /** Text that names the constants object in the message; `CosXmlErrorCode` unless given. */
  readonly object?: string;
  readonly suggestions?: Report["suggestions"];
}

/** The `preferNamedXmlCode` report of the quoted `code` at line:column (no suggestions unless given). */
function xml(code: XmlCode, at: At): Report {
  return {
    messageId: "preferNamedXmlCode",
    data: { code, constant: `${at.object ?? "CosXmlErrorCode"}.${code}`, meaning: MEANING[code] },
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column + code.length + 2,
    suggestions: at.suggestions ?? [],
  };
}

/** The `preferNamedCode` report of a JSON-API number at line:column. */
function json(code: -96 | -4018, line: number, column: number): Report {
  const [name, meaning] =
    code === -96
      ? ["SIGNATURE_EXPIRED", "Signature expired"]
      : ["FILE_ALREADY_UPLOADED", "File already exists and its upload is complete"];
  return {
    messageId: "preferNamedCode",
    data: { code, constant: `CosErrorCode.${name}`, meaning },
    line,
    column,
    endLine: line,
    endColumn: column + String(code).length,
    suggestions: [],
  };
}

const JS = { filename: "file.js" } as const;
const TS = { filename: "file.ts" } as const;
const CJS = { filename: "file.cjs" } as const;

ruleTester.run<MessageIds, Options>("prefer-named-code (XML API)", rule, {
  valid: [
    // already named, however the constants are bound
    {
      ...JS,
      code: dedent`
        import { CosXmlErrorCode } from "cos-error-codes";
        import * as codes from "eslint-plugin-cos-errors/codes";
        const MISSING = CosXmlErrorCode.NoSuchKey;
        export function onError(err) {
          if (err.code === MISSING) return 1;
          if (err.error.Code === codes.CosXmlErrorCode.AccessDenied) return 2;
          switch (err.code) {
            case CosXmlErrorCode.SlowDown:
              return 3;
          }
          return [CosXmlErrorCode.NoSuchBucket].includes(err.code);
        }
      `,
    },
    // an enum member already names its code
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        enum Missing { Key = 'NoSuchKey' }
        export const f = (err: { code: string }) => err.code === Missing.Key;
      `,
    },
    // no constant: a known misspelling (the constant holds the correct spelling), SDK and Node codes,
    // the Node SDK's '404', unknown strings
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.code === 'BadRquest' || err.code === 'InternalErrror') return 1;
          if (err.code === 'CannotDownload' || err.code === 'timeout' || err.code === 'Error') return 2;
          if (err.code === 'ECONNRESET' || err.code === 'ERR_INVALID_URL') return 3;
          if (err.code === '404' || err.code === 'NoSuchkey' || err.code === 'AuthFailure.SignatureExpire') return 4;
          return 0;
        }
      `,
    },
    // HTTP statuses have no constant
    {
      ...JS,
      code: `import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.statusCode === 404 || err.statusCode >= 500;`,
    },
    // an XML-API code compared with something that holds no code
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.name === 'NoSuchKey' || err.message === 'AccessDenied';
        export const g = (err) => err.statusCode === 'NoSuchKey';
      `,
    },
    // no COS context
    { ...JS, code: "export const f = (err) => err.code === 'NoSuchKey';" },
  ],
  invalid: [
    // ----- the import: ES module, CommonJS, an existing import extended
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const missing = (err) => err.code === 'NoSuchKey';
      `,
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosXmlErrorCode } from "cos-error-codes";
        export const missing = (err) => err.code === CosXmlErrorCode.NoSuchKey;
      `,
      errors: [xml("NoSuchKey", { line: 2, column: 46 })],
    },
    {
      ...CJS,
      code: dedent`
        "use strict";
        const COS = require('cos-nodejs-sdk-v5');
        module.exports = (err) => err.error.Code === 'AccessDenied';
      `,
      output: dedent`
        "use strict";
        const COS = require('cos-nodejs-sdk-v5');
        const { CosXmlErrorCode } = require('cos-error-codes');
        module.exports = (err) => err.error.Code === CosXmlErrorCode.AccessDenied;
      `,
      errors: [xml("AccessDenied", { line: 3, column: 46 })],
    },
    // an import of the module that has CosErrorCode gets CosXmlErrorCode too
    {
      ...JS,
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export function onError(err) {
          if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return 1;
          return err.code === 'NoSuchBucket';
        }
      `,
      output: dedent`
        import { CosErrorCode, CosXmlErrorCode } from "cos-error-codes";
        export function onError(err) {
          if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return 1;
          return err.code === CosXmlErrorCode.NoSuchBucket;
        }
      `,
      errors: [xml("NoSuchBucket", { line: 4, column: 23 })],
    },
    {
      ...CJS,
      code: dedent`
        const { CosErrorCode: C } = require("cos-error-codes");
        exports.f = (err) => err.code === C.SIGNATURE_EXPIRED || err.code === 'SlowDown';
      `,
      output: dedent`
        const { CosErrorCode: C, CosXmlErrorCode } = require("cos-error-codes");
        exports.f = (err) => err.code === C.SIGNATURE_EXPIRED || err.code === CosXmlErrorCode.SlowDown;
      `,
      errors: [xml("SlowDown", { line: 2, column: 71 })],
    },
    // the plugin's own copy of the module is extended, not joined by an import of cos-error-codes
    {
      ...JS,
      code: dedent`
        import { CosErrorCode } from "eslint-plugin-cos-errors/codes";
        export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED || err.code === 'NoSuchKey';
      `,
      output: dedent`
        import { CosErrorCode, CosXmlErrorCode } from "eslint-plugin-cos-errors/codes";
        export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED || err.code === CosXmlErrorCode.NoSuchKey;
      `,
      errors: [xml("NoSuchKey", { line: 2, column: 87 })],
    },
    {
      ...CJS,
      code: dedent`
        const { isRetryableCosError } = require("eslint-plugin-cos-errors/codes");
        exports.f = (err) => isRetryableCosError(err) || err.code === 'InternalError';
      `,
      output: dedent`
        const { isRetryableCosError, CosXmlErrorCode } = require("eslint-plugin-cos-errors/codes");
        exports.f = (err) => isRetryableCosError(err) || err.code === CosXmlErrorCode.InternalError;
      `,
      errors: [xml("InternalError", { line: 2, column: 63 })],
    },
    // a namespace import names it through the namespace
    {
      ...JS,
      code: dedent`
        import * as codes from "cos-error-codes";
        export const f = (err) => err.code === 'NoSuchKey' && codes;
      `,
      output: dedent`
        import * as codes from "cos-error-codes";
        export const f = (err) => err.code === codes.CosXmlErrorCode.NoSuchKey && codes;
      `,
      errors: [xml("NoSuchKey", { line: 2, column: 40, object: "codes.CosXmlErrorCode" })],
    },

    // ----- both constants objects in one file: one import edit per pass, --fix imports both
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.code === 'NoSuchKey') return 1;
          if (err.code === -96) return 2;
          return 0;
        }
      `,
      output: [
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosXmlErrorCode } from "cos-error-codes";
          export function onError(err) {
            if (err.code === CosXmlErrorCode.NoSuchKey) return 1;
            if (err.code === -96) return 2;
            return 0;
          }
        `,
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosXmlErrorCode, CosErrorCode } from "cos-error-codes";
          export function onError(err) {
            if (err.code === CosXmlErrorCode.NoSuchKey) return 1;
            if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return 2;
            return 0;
          }
        `,
      ],
      errors: [xml("NoSuchKey", { line: 3, column: 20 }), json(-96, 4, 20)],
    },
    {
      ...CJS,
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");
        module.exports = function onError(err) {
          switch (err.code) {
            case -4018:
            case 'BucketAlreadyExists':
              return "exists";
          }
          return "other";
        };
      `,
      output: [
        dedent`
          const COS = require("cos-nodejs-sdk-v5");
          const { CosErrorCode } = require("cos-error-codes");
          module.exports = function onError(err) {
            switch (err.code) {
              case CosErrorCode.FILE_ALREADY_UPLOADED:
              case 'BucketAlreadyExists':
                return "exists";
            }
            return "other";
          };
        `,
        dedent`
          const COS = require("cos-nodejs-sdk-v5");
          const { CosErrorCode, CosXmlErrorCode } = require("cos-error-codes");
          module.exports = function onError(err) {
            switch (err.code) {
              case CosErrorCode.FILE_ALREADY_UPLOADED:
              case CosXmlErrorCode.BucketAlreadyExists:
                return "exists";
            }
            return "other";
          };
        `,
      ],
      errors: [json(-4018, 4, 10), xml("BucketAlreadyExists", { line: 5, column: 10 })],
    },
    // CosErrorCode already imported: the number needs no import edit, and its fix lies after the one that
    // extends the import, so one pass does both
    {
      ...JS,
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export function onError(err) {
          if (err.code === 'NoSuchKey') return 1;
          if (err.code === -96) return 2;
          return CosErrorCode;
        }
      `,
      output: dedent`
        import { CosErrorCode, CosXmlErrorCode } from "cos-error-codes";
        export function onError(err) {
          if (err.code === CosXmlErrorCode.NoSuchKey) return 1;
          if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return 2;
          return CosErrorCode;
        }
      `,
      errors: [xml("NoSuchKey", { line: 3, column: 20 }), json(-96, 4, 20)],
    },
    // ... but a number above the string is inside the edit that extends the import: fixed in the next pass
    {
      ...JS,
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export function onError(err) {
          if (err.code === -96) return 1;
          if (err.code === 'NoSuchKey') return 2;
          return CosErrorCode;
        }
      `,
      output: [
        dedent`
          import { CosErrorCode, CosXmlErrorCode } from "cos-error-codes";
          export function onError(err) {
            if (err.code === -96) return 1;
            if (err.code === CosXmlErrorCode.NoSuchKey) return 2;
            return CosErrorCode;
          }
        `,
        dedent`
          import { CosErrorCode, CosXmlErrorCode } from "cos-error-codes";
          export function onError(err) {
            if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return 1;
            if (err.code === CosXmlErrorCode.NoSuchKey) return 2;
            return CosErrorCode;
          }
        `,
      ],
      errors: [json(-96, 3, 20), xml("NoSuchKey", { line: 4, column: 20 })],
    },

    // ----- every code read and every site; the later sites are fixed once the import is there
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err: any): number {
          const { code } = err;
          if (err?.code === 'NoSuchKey') return 1;
          if (err.Code === 'AccessDenied') return 2;
          if (err.error?.Code === 'SlowDown' || err.error?.Code === 'InvalidAccessKeyId') return 3;
          if (code == 'InternalError') return 4;
          switch (err.code) {
            case 'BucketAlreadyExists':
              return 5;
          }
          return 0;
        }
      `,
      output: [
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosXmlErrorCode } from "cos-error-codes";
          export function onError(err: any): number {
            const { code } = err;
            if (err?.code === CosXmlErrorCode.NoSuchKey) return 1;
            if (err.Code === 'AccessDenied') return 2;
            if (err.error?.Code === 'SlowDown' || err.error?.Code === 'InvalidAccessKeyId') return 3;
            if (code == 'InternalError') return 4;
            switch (err.code) {
              case 'BucketAlreadyExists':
                return 5;
            }
            return 0;
          }
        `,
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosXmlErrorCode } from "cos-error-codes";
          export function onError(err: any): number {
            const { code } = err;
            if (err?.code === CosXmlErrorCode.NoSuchKey) return 1;
            if (err.Code === CosXmlErrorCode.AccessDenied) return 2;
            if (err.error?.Code === CosXmlErrorCode.SlowDown || err.error?.Code === CosXmlErrorCode.InvalidAccessKeyId) return 3;
            if (code == CosXmlErrorCode.InternalError) return 4;
            switch (err.code) {
              case CosXmlErrorCode.BucketAlreadyExists:
                return 5;
            }
            return 0;
          }
        `,
      ],
      errors: [
        xml("NoSuchKey", { line: 4, column: 21 }),
        xml("AccessDenied", { line: 5, column: 20 }),
        xml("SlowDown", { line: 6, column: 27 }),
        xml("InvalidAccessKeyId", { line: 6, column: 61 }),
        xml("InternalError", { line: 7, column: 15 }),
        xml("BucketAlreadyExists", { line: 9, column: 10 }),
      ],
    },
    // a const is fixed at its initialiser, once
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const NOT_FOUND = 'NoSuchKey';
        export const f = (err) => err.code === NOT_FOUND || err.error.Code === NOT_FOUND;
      `,
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosXmlErrorCode } from "cos-error-codes";
        const NOT_FOUND = CosXmlErrorCode.NoSuchKey;
        export const f = (err) => err.code === NOT_FOUND || err.error.Code === NOT_FOUND;
      `,
      errors: [xml("NoSuchKey", { line: 2, column: 19 })],
    },
    // collections: an autofix in JavaScript; in TypeScript a suggestion, since `["NoSuchKey"]` of constants
    // is typed `"NoSuchKey"[]` and its `.includes(code: string)` would no longer type-check
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => new Set(['NoSuchBucket']).has(err.code);
      `,
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosXmlErrorCode } from "cos-error-codes";
        export const f = (err) => new Set([CosXmlErrorCode.NoSuchBucket]).has(err.code);
      `,
      errors: [xml("NoSuchBucket", { line: 2, column: 36 })],
    },
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err: { code: string }) => ['NoSuchBucket', 'NoSuchUpload'].includes(err.code);
      `,
      output: null,
      errors: [
        xml("NoSuchBucket", {
          line: 2,
          column: 46,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: "NoSuchBucket", constant: "CosXmlErrorCode.NoSuchBucket" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosXmlErrorCode } from "cos-error-codes";
                export const f = (err: { code: string }) => [CosXmlErrorCode.NoSuchBucket, 'NoSuchUpload'].includes(err.code);
              `,
            },
          ],
        }),
        xml("NoSuchUpload", {
          line: 2,
          column: 62,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: "NoSuchUpload", constant: "CosXmlErrorCode.NoSuchUpload" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosXmlErrorCode } from "cos-error-codes";
                export const f = (err: { code: string }) => ['NoSuchBucket', CosXmlErrorCode.NoSuchUpload].includes(err.code);
              `,
            },
          ],
        }),
      ],
    },
    // `as const` is replaced whole
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const MISSING = 'NoSuchKey' as const;
        export const f = (err: { code: string }) => err.code === MISSING;
      `,
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosXmlErrorCode } from "cos-error-codes";
        const MISSING = CosXmlErrorCode.NoSuchKey;
        export const f = (err: { code: string }) => err.code === MISSING;
      `,
      errors: [xml("NoSuchKey", { line: 2, column: 17 })],
    },

    // ----- a taken name gets an alias, offered as a suggestion; fix: "suggestion"; the name options
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const CosXmlErrorCode = {};
        export const f = (err) => err.code === 'NoSuchKey' || CosXmlErrorCode;
      `,
      output: null,
      errors: [
        xml("NoSuchKey", {
          line: 3,
          column: 40,
          object: "CosXmlErrorCode2",
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: "NoSuchKey", constant: "CosXmlErrorCode2.NoSuchKey" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosXmlErrorCode as CosXmlErrorCode2 } from "cos-error-codes";
                const CosXmlErrorCode = {};
                export const f = (err) => err.code === CosXmlErrorCode2.NoSuchKey || CosXmlErrorCode;
              `,
            },
          ],
        }),
      ],
    },
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === 'NoSuchKey';
      `,
      options: [{ fix: "suggestion" }],
      output: null,
      errors: [
        xml("NoSuchKey", {
          line: 2,
          column: 40,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: "NoSuchKey", constant: "CosXmlErrorCode.NoSuchKey" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosXmlErrorCode } from "cos-error-codes";
                export const f = (err) => err.code === CosXmlErrorCode.NoSuchKey;
              `,
            },
          ],
        }),
      ],
    },
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === 'NoSuchKey';
      `,
      options: [{ xmlConstantsName: "XmlCodes", constantsModule: "./codes" }],
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { XmlCodes } from "./codes";
        export const f = (err) => err.code === XmlCodes.NoSuchKey;
      `,
      errors: [xml("NoSuchKey", { line: 2, column: 40, object: "XmlCodes" })],
    },
    // the settings: their module's constants are recognised as named, and used by the fix
    {
      ...JS,
      code: dedent`
        import { XmlCodes } from "./codes";
        export const f = (err) => err.code === XmlCodes.AccessDenied || err.code === 'NoSuchKey';
      `,
      settings: { "cos-errors": { constantsModule: "./codes", xmlConstantsName: "XmlCodes" } },
      output: dedent`
        import { XmlCodes } from "./codes";
        export const f = (err) => err.code === XmlCodes.AccessDenied || err.code === XmlCodes.NoSuchKey;
      `,
      errors: [xml("NoSuchKey", { line: 2, column: 78, object: "XmlCodes" })],
    },
  ],
});

// -------------------------------------------------------------------------------------------------
// `eslint --fix` as it runs (up to 10 passes), on files that need both constants objects.

const config = (files: string): Linter.Config[] => [
  {
    files: [files],
    languageOptions: { parser: tsParser },
    plugins: { "cos-errors": plugin },
    rules: { "cos-errors/prefer-named-code": "warn" },
  },
];

function fixAll(source: string, filename: string): Linter.FixReport {
  const linter = new Linter();
  const result = linter.verifyAndFix(source, config(`**/*${path.extname(filename)}`), filename);
  // fixing again changes nothing: the fix converged
  expect(linter.verifyAndFix(result.output, config(`**/*${path.extname(filename)}`), filename).fixed).toBe(false);
  return result;
}

const typeErrors = (source: string): string[] => typeErrorsOf(source, "__prefer-named-code-xml-fixed__");

describe("prefer-named-code --fix on a file that needs CosErrorCode and CosXmlErrorCode", () => {
  it("an ES module without the import: both imported in one statement, the file parses", () => {
    const result = fixAll(
      dedent`
        // @ts-check
        import COS from "cos-nodejs-sdk-v5";

        export async function head(cos, params, attempt = 0) {
          try {
            return await cos.headObject(params);
          } catch (err) {
            if (err.code === -96 || err.error?.Code === 'RequestTimeTooSkewed') return head(cos, params, attempt);
            if (['NoSuchKey', 'NoSuchBucket'].includes(err.code)) return undefined;
            switch (err.code) {
              case -4018:
              case 'SlowDown':
                return head(cos, params, attempt + 1);
            }
            throw err;
          }
        }
      `,
      "head.js",
    );
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(dedent`
      // @ts-check
      import COS from "cos-nodejs-sdk-v5";
      import { CosErrorCode, CosXmlErrorCode } from "cos-error-codes";

      export async function head(cos, params, attempt = 0) {
        try {
          return await cos.headObject(params);
        } catch (err) {
          if (err.code === CosErrorCode.SIGNATURE_EXPIRED || err.error?.Code === CosXmlErrorCode.RequestTimeTooSkewed) return head(cos, params, attempt);
          if ([CosXmlErrorCode.NoSuchKey, CosXmlErrorCode.NoSuchBucket].includes(err.code)) return undefined;
          switch (err.code) {
            case CosErrorCode.FILE_ALREADY_UPLOADED:
            case CosXmlErrorCode.SlowDown:
              return head(cos, params, attempt + 1);
          }
          throw err;
        }
      }
    `);
  });

  it("a CommonJS file: both in one require, placed before the code that reads them", () => {
    const result = fixAll(
      dedent`
        "use strict";
        const COS = require("cos-nodejs-sdk-v5");
        const MISSING = 'NoSuchKey';
        const EXPIRED = -96;
        module.exports = (err) => err.code === MISSING || err.code === EXPIRED;
      `,
      "codes.cjs",
    );
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(dedent`
      "use strict";
      const COS = require("cos-nodejs-sdk-v5");
      const { CosXmlErrorCode, CosErrorCode } = require("cos-error-codes");
      const MISSING = CosXmlErrorCode.NoSuchKey;
      const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
      module.exports = (err) => err.code === MISSING || err.code === EXPIRED;
    `);
  });

  it("a TypeScript module: the result imports both and type-checks", () => {
    const source = dedent`
      import { isRetryableCosError } from "cos-error-codes";

      export function classify(err: { code: string | number; statusCode?: number }): string {
        if (err.code === 'NoSuchKey' || err.code === -4018) return "gone";
        switch (err.code) {
          case 'AccessDenied':
          case -96:
            return "auth";
        }
        return isRetryableCosError(err) ? "retry" : "fail";
      }
    `;
    expect(typeErrors(source)).toEqual([]);
    const result = fixAll(source, "classify.ts");
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(dedent`
      import { isRetryableCosError, CosXmlErrorCode, CosErrorCode } from "cos-error-codes";

      export function classify(err: { code: string | number; statusCode?: number }): string {
        if (err.code === CosXmlErrorCode.NoSuchKey || err.code === CosErrorCode.FILE_ALREADY_UPLOADED) return "gone";
        switch (err.code) {
          case CosXmlErrorCode.AccessDenied:
          case CosErrorCode.SIGNATURE_EXPIRED:
            return "auth";
        }
        return isRetryableCosError(err) ? "retry" : "fail";
      }
    `);
    expect(typeErrors(result.output)).toEqual([]);
  });

  it("the checker really checks the XML constants", () => {
    expect(
      typeErrors(
        `import { CosXmlErrorCode } from "cos-error-codes";\nexport const ok: "NoSuchKey" = CosXmlErrorCode.NoSuchKey;`,
      ),
    ).toEqual([]);
    expect(
      typeErrors(
        `import { CosXmlErrorCode } from "cos-error-codes";\nexport const no: number = CosXmlErrorCode.NoSuchKey;`,
      ),
    ).toEqual(["__prefer-named-code-xml-fixed__.ts: Type 'string' is not assignable to type 'number'."]);
  });
});
