import { type TestLanguageOptions } from "@typescript-eslint/rule-tester";
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/prefer-named-code.js";
import { typeErrors as typeErrorsOf } from "../helpers/type-errors.js";
import { dedent, ruleTester, thrownMessage } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];

ruleTester.run<MessageIds, Options>("prefer-named-code", rule, {
  valid: [
    // Codes the catalogue does not know are another rule's business.
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -4017;
      `,
    },
    // Already named, however the constants are bound.
    {
      filename: "file.js",
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import * as codes from "cos-error-codes";
        export const f = (err) => err.code === codes.CosErrorCode.SIGNATURE_EXPIRED;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
        export const f = (err) => err.code === EXPIRED;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export function f(err) {
          switch (err.code) {
            case CosErrorCode.SIGNATURE_EXPIRED:
            case CosErrorCode.SIGNATURE_INVALID:
              return 1;
          }
          return [CosErrorCode.ACCESS_DENIED].includes(err.code);
        }
      `,
    },
    // No COS context: no SDK import, no cos-like name, no COS host.
    { filename: "file.js", code: "export const f = (err) => err.code === -96;" },
    {
      filename: "file.js",
      code: dedent`
        import got from "got";
        export function f(err) { switch (err.code) { case -96: return got(); } }
      `,
    },
    // `Math.cos` is trigonometry; `cost` and `acos` are not `cos`.
    { filename: "file.js", code: "export const f = (err, x) => Math.cos(x) > 0 && err.code === -96;" },
    { filename: "file.js", code: "export const f = (err, cost, acos) => cost + acos && err.code === -96;" },
    // Not a code expression, or not a code.
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (res) => res.status === -96;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (x) => x.code === 0;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code > -96 || err.code <= -97;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (a, b) => a.code === b.code;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -96n || err.code === -96.5;
      `,
    },
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (name) => ["-96"].includes(name);
      `,
    },
    // Positive 96: its negation is known (a candidate for no-unknown-code), but 96 itself has no name.
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === 96;
      `,
    },
    // A `let` can change: its initialiser is not the code compared.
    {
      filename: "file.js",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        let EXPIRED = -96;
        export const f = (err) => err.code === EXPIRED;
      `,
    },
    // The legacy SDKs' client-side codes are not named by default.
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
        export const f = (err) => err.code === -2;
      `,
      options: [{ sdkCodes: false }],
    },
    // Options do not change what is already fine.
    {
      filename: "file.js",
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      options: [{ fix: "suggestion", sdkCodes: true }],
    },
    // TypeScript and TSX.
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err: { code: number }) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
    },
    { code: "export const f = (err: { code: number }) => err.code === -96;" },
    {
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const Banner = ({ cosError }: { cosError: { code: number } }) =>
          cosError.code === CosErrorCode.SIGNATURE_EXPIRED ? <p>expired</p> : null;
      `,
    },
  ],

  invalid: [
    // ---------------------------------------------------------------------------------------------
    // The import: ES modules
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function isExpired(err) {
          return err.code === -96;
        }
      `,
      filename: "file.js",
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";
        export function isExpired(err) {
          return err.code === CosErrorCode.SIGNATURE_EXPIRED;
        }
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    // After the last import, not the first; in the first import's quote style.
    {
      code: dedent`
        import COS from 'cos-nodejs-sdk-v5';
        import { readFile } from "node:fs/promises";
        import path from "node:path";

        export async function upload(cos, file) {
          try {
            return await cos.putObject({ Body: await readFile(file), Key: path.basename(file) });
          } catch (err) {
            if (err.code === -96) return null;
            throw err;
          }
        }
      `,
      filename: "file.js",
      output: dedent`
        import COS from 'cos-nodejs-sdk-v5';
        import { readFile } from "node:fs/promises";
        import path from "node:path";
        import { CosErrorCode } from 'cos-error-codes';

        export async function upload(cos, file) {
          try {
            return await cos.putObject({ Body: await readFile(file), Key: path.basename(file) });
          } catch (err) {
            if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return null;
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 9,
          column: 22,
          endLine: 9,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    // A licence header above the imports stays on top.
    {
      code: dedent`
        /*!
         * Copyright (c) 2024 Example Corp.
         * SPDX-License-Identifier: MIT
         */
        import COS from "cos-nodejs-sdk-v5";

        export const isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      output: dedent`
        /*!
         * Copyright (c) 2024 Example Corp.
         * SPDX-License-Identifier: MIT
         */
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";

        export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 7,
          column: 48,
          endLine: 7,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    // No import and no directive: before the first statement, never above the shebang or the licence.
    {
      code: dedent`
        #!/usr/bin/env node
        // Copyright (c) 2024 Example Corp. MIT licence.
        const cosClient = createClient();
        export const isExpired = (err) => err.code === -96;
      `,
      filename: "cli.mjs",
      output: dedent`
        #!/usr/bin/env node
        // Copyright (c) 2024 Example Corp. MIT licence.
        import { CosErrorCode } from "cos-error-codes";
        const cosClient = createClient();
        export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    // A string naming a COS host is context enough.
    {
      code: dedent`
        const HOST = "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com";
        export const isExpired = (err) => err.code === -96 && HOST !== "";
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        const HOST = "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com";
        export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED && HOST !== "";
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    // `assumeCos` judges a file that shows no COS signal.
    {
      code: "export const isExpired = (err) => err.code === -96;",
      filename: "file.js",
      settings: { "cos-errors": { assumeCos: true } },
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 1,
          column: 48,
          endLine: 1,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // The require: CommonJS
    {
      code: dedent`
        'use strict';
        const COS = require('cos-nodejs-sdk-v5');
        const path = require("node:path");

        module.exports = function isExpired(err) {
          return err.code === -96 && path.sep === "/";
        };
      `,
      filename: "x.cjs",
      output: dedent`
        'use strict';
        const COS = require('cos-nodejs-sdk-v5');
        const path = require("node:path");
        const { CosErrorCode } = require('cos-error-codes');

        module.exports = function isExpired(err) {
          return err.code === CosErrorCode.SIGNATURE_EXPIRED && path.sep === "/";
        };
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    // `sourceType: 'commonjs'` on a .js file with a require.
    {
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");
        exports.isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      // ESLint's own `languageOptions.sourceType`: the rule tester hands it to ESLint, though its types omit it.
      languageOptions: { sourceType: "commonjs" } as unknown as TestLanguageOptions,
      output: dedent`
        const COS = require("cos-nodejs-sdk-v5");
        const { CosErrorCode } = require("cos-error-codes");
        exports.isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    // No require: after 'use strict'.
    {
      code: dedent`
        'use strict';
        module.exports = function isExpired(cos, err) {
          return err.code === -96;
        };
      `,
      filename: "x.cjs",
      output: dedent`
        'use strict';
        const { CosErrorCode } = require("cos-error-codes");
        module.exports = function isExpired(cos, err) {
          return err.code === CosErrorCode.SIGNATURE_EXPIRED;
        };
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    // A .js file parsed as a module that uses module.exports is CommonJS: a require, not an import.
    {
      code: dedent`
        "use strict";
        module.exports = function handle(cos, err, retry) {
          if (err.code === -96) return retry();
          throw err;
        };
      `,
      filename: "file.js",
      output: dedent`
        "use strict";
        const { CosErrorCode } = require("cos-error-codes");
        module.exports = function handle(cos, err, retry) {
          if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return retry();
          throw err;
        };
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    // The same, with the parser told that the file is CommonJS.
    {
      code: dedent`
        'use strict';
        module.exports = function isExpired(cos, err) {
          return err.code === -96;
        };
      `,
      filename: "file.js",
      // With @typescript-eslint/parser told too (the rule tester defaults `parserOptions.sourceType` to "module").
      languageOptions: {
        sourceType: "commonjs",
        parserOptions: { sourceType: "commonjs" },
      } as unknown as TestLanguageOptions,
      output: dedent`
        'use strict';
        const { CosErrorCode } = require("cos-error-codes");
        module.exports = function isExpired(cos, err) {
          return err.code === CosErrorCode.SIGNATURE_EXPIRED;
        };
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    // No require and no directive: before the first statement, below the shebang and the licence.
    {
      code: dedent`
        #!/usr/bin/env node
        /* Copyright (c) 2024 Example Corp. SPDX-License-Identifier: MIT */
        module.exports = function isExpired(cos, err) {
          return err.code === -96;
        };
      `,
      filename: "x.cjs",
      output: dedent`
        #!/usr/bin/env node
        /* Copyright (c) 2024 Example Corp. SPDX-License-Identifier: MIT */
        const { CosErrorCode } = require("cos-error-codes");
        module.exports = function isExpired(cos, err) {
          return err.code === CosErrorCode.SIGNATURE_EXPIRED;
        };
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    // After the last top-level require, even one whose result is called.
    {
      code: dedent`
        const COS = require('cos-nodejs-sdk-v5');
        const log = require('debug')('upload');
        module.exports = (err) => err.code === -96 && log('expired');
      `,
      filename: "x.cjs",
      output: dedent`
        const COS = require('cos-nodejs-sdk-v5');
        const log = require('debug')('upload');
        const { CosErrorCode } = require('cos-error-codes');
        module.exports = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED && log('expired');
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // Reusing what the file already has
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { isRetryableCosError } from "cos-error-codes";
        export const isExpired = (err) => !isRetryableCosError(err) && err.code === -96;
      `,
      filename: "file.js",
      output: dedent`
        import { isRetryableCosError, CosErrorCode } from "cos-error-codes";
        export const isExpired = (err) => !isRetryableCosError(err) && err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 77,
          endLine: 2,
          endColumn: 80,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { CosErrorCode as C } from "cos-error-codes";
        export const isExpired = (err) => err.code === -96 || err.code === C.SIGNATURE_INVALID;
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode as C } from "cos-error-codes";
        export const isExpired = (err) => err.code === C.SIGNATURE_EXPIRED || err.code === C.SIGNATURE_INVALID;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "C.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import * as codes from "cos-error-codes";
        export const isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      output: dedent`
        import * as codes from "cos-error-codes";
        export const isExpired = (err) => err.code === codes.CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "codes.CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        'use strict';
        const { CosErrorCode } = require('cos-error-codes');
        module.exports = (err) => err.code === -96;
      `,
      filename: "x.cjs",
      output: dedent`
        'use strict';
        const { CosErrorCode } = require('cos-error-codes');
        module.exports = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const codes = require("cos-error-codes");
        module.exports = (err) => err.code === -96;
      `,
      filename: "x.cjs",
      output: dedent`
        const codes = require("cos-error-codes");
        module.exports = (err) => err.code === codes.CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "codes.CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const { isRetryableCosError } = require("cos-error-codes");
        module.exports = (err) => !isRetryableCosError(err) && err.code === -96;
      `,
      filename: "x.cjs",
      output: dedent`
        const { isRetryableCosError, CosErrorCode } = require("cos-error-codes");
        module.exports = (err) => !isRetryableCosError(err) && err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 69,
          endLine: 2,
          endColumn: 72,
          suggestions: [],
        },
      ],
    },
    // A type-only import gives no value: a new value import is added after it.
    {
      code: dedent`
        import type { CosErrorCodeValue } from "cos-error-codes";
        export const isExpired = (err: { code: CosErrorCodeValue }) => err.code === -96;
      `,
      output: dedent`
        import type { CosErrorCodeValue } from "cos-error-codes";
        import { CosErrorCode } from "cos-error-codes";
        export const isExpired = (err: { code: CosErrorCodeValue }) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 77,
          endLine: 2,
          endColumn: 80,
          suggestions: [],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // The name is taken: an alias, offered as a suggestion only
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const CosErrorCode = 1;
        export const isExpired = (err) => err.code === -96 || CosErrorCode;
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 51,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode as CosErrorCode2 } from "cos-error-codes";
                const CosErrorCode = 1;
                export const isExpired = (err) => err.code === CosErrorCode2.SIGNATURE_EXPIRED || CosErrorCode;
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function pick(err, CosErrorCode) {
          return err.code === -96 ? CosErrorCode : null;
        }
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode as CosErrorCode2 } from "cos-error-codes";
                export function pick(err, CosErrorCode) {
                  return err.code === CosErrorCode2.SIGNATURE_EXPIRED ? CosErrorCode : null;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { CosErrorCode } from "./legacy-codes.js";
        export const isExpired = (cos, err) => err.code === -96 || err.code === CosErrorCode.EXPIRED;
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED" },
              output: dedent`
                import { CosErrorCode } from "./legacy-codes.js";
                import { CosErrorCode as CosErrorCode2 } from "cos-error-codes";
                export const isExpired = (cos, err) => err.code === CosErrorCode2.SIGNATURE_EXPIRED || err.code === CosErrorCode.EXPIRED;
              `,
            },
          ],
        },
      ],
    },
    // The first alias is taken too.
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const CosErrorCode = 1;
        const CosErrorCode2 = 2;
        export const isExpired = (err) => err.code === -96 || CosErrorCode + CosErrorCode2;
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode3.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 51,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode3.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode as CosErrorCode3 } from "cos-error-codes";
                const CosErrorCode = 1;
                const CosErrorCode2 = 2;
                export const isExpired = (err) => err.code === CosErrorCode3.SIGNATURE_EXPIRED || CosErrorCode + CosErrorCode2;
              `,
            },
          ],
        },
      ],
    },
    // CommonJS alias.
    {
      code: dedent`
        const COS = require('cos-nodejs-sdk-v5');
        const CosErrorCode = 1;
        module.exports = (err) => err.code === -96 || CosErrorCode;
      `,
      filename: "x.cjs",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 43,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED" },
              output: dedent`
                const COS = require('cos-nodejs-sdk-v5');
                const { CosErrorCode: CosErrorCode2 } = require('cos-error-codes');
                const CosErrorCode = 1;
                module.exports = (err) => err.code === CosErrorCode2.SIGNATURE_EXPIRED || CosErrorCode;
              `,
            },
          ],
        },
      ],
    },
    // The alias goes into the existing import of the module.
    {
      code: dedent`
        import { isRetryableCosError } from "cos-error-codes";
        export const isExpired = (err, CosErrorCode) => !isRetryableCosError(err) && err.code === -96 && CosErrorCode;
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 91,
          endLine: 2,
          endColumn: 94,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode2.SIGNATURE_EXPIRED" },
              output: dedent`
                import { isRetryableCosError, CosErrorCode as CosErrorCode2 } from "cos-error-codes";
                export const isExpired = (err, CosErrorCode) => !isRetryableCosError(err) && err.code === CosErrorCode2.SIGNATURE_EXPIRED && CosErrorCode;
              `,
            },
          ],
        },
      ],
    },
    // The existing import is shadowed at the site: reported, but no edit can be made safely.
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export function check(err, CosErrorCode) {
          return err.code === -96 || CosErrorCode;
        }
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import * as codes from "cos-error-codes";
        export function check(err) {
          const codes = [err.code];
          return err.code === -96 || codes;
        }
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const { CosErrorCode } = require("cos-error-codes");
        module.exports = function check(err) {
          const CosErrorCode = err.code;
          return err.code === -96 || CosErrorCode;
        };
      `,
      filename: "x.cjs",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // Several sites: exactly one import after all passes
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.code === -96) {
            return "resign";
          } else if (err.code === -97) {
            return "fail";
          }
          return null;
        }
      `,
      filename: "file.js",
      output: [
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosErrorCode } from "cos-error-codes";
          export function onError(err) {
            if (err.code === CosErrorCode.SIGNATURE_EXPIRED) {
              return "resign";
            } else if (err.code === -97) {
              return "fail";
            }
            return null;
          }
        `,
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosErrorCode } from "cos-error-codes";
          export function onError(err) {
            if (err.code === CosErrorCode.SIGNATURE_EXPIRED) {
              return "resign";
            } else if (err.code === CosErrorCode.SIGNATURE_INVALID) {
              return "fail";
            }
            return null;
          }
        `,
      ],
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: "preferNamedCode",
          data: { code: -97, constant: "CosErrorCode.SIGNATURE_INVALID", meaning: "Signature verification failed" },
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          switch (err.code) {
            case -4018:
              return "done";
            case -96:
            case -97:
              return "resign";
            default:
              throw err;
          }
        }
      `,
      filename: "file.js",
      output: [
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosErrorCode } from "cos-error-codes";
          export function onError(err) {
            switch (err.code) {
              case CosErrorCode.FILE_ALREADY_UPLOADED:
                return "done";
              case -96:
              case -97:
                return "resign";
              default:
                throw err;
            }
          }
        `,
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosErrorCode } from "cos-error-codes";
          export function onError(err) {
            switch (err.code) {
              case CosErrorCode.FILE_ALREADY_UPLOADED:
                return "done";
              case CosErrorCode.SIGNATURE_EXPIRED:
              case CosErrorCode.SIGNATURE_INVALID:
                return "resign";
              default:
                throw err;
            }
          }
        `,
      ],
      errors: [
        {
          messageId: "preferNamedCode",
          data: {
            code: -4018,
            constant: "CosErrorCode.FILE_ALREADY_UPLOADED",
            meaning: "File already exists and its upload is complete",
          },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 15,
          suggestions: [],
        },
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 13,
          suggestions: [],
        },
        {
          messageId: "preferNamedCode",
          data: { code: -97, constant: "CosErrorCode.SIGNATURE_INVALID", meaning: "Signature verification failed" },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 13,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");
        module.exports = (err) => (err.code === -96 ? "resign" : err.code === -97 ? "fail" : null);
      `,
      filename: "x.cjs",
      output: [
        dedent`
          const COS = require("cos-nodejs-sdk-v5");
          const { CosErrorCode } = require("cos-error-codes");
          module.exports = (err) => (err.code === CosErrorCode.SIGNATURE_EXPIRED ? "resign" : err.code === -97 ? "fail" : null);
        `,
        dedent`
          const COS = require("cos-nodejs-sdk-v5");
          const { CosErrorCode } = require("cos-error-codes");
          module.exports = (err) => (err.code === CosErrorCode.SIGNATURE_EXPIRED ? "resign" : err.code === CosErrorCode.SIGNATURE_INVALID ? "fail" : null);
        `,
      ],
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 44,
          suggestions: [],
        },
        {
          messageId: "preferNamedCode",
          data: { code: -97, constant: "CosErrorCode.SIGNATURE_INVALID", meaning: "Signature verification failed" },
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 74,
          suggestions: [],
        },
      ],
    },
    // With the import already there, every site is fixed in one pass.
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err.code === -96 || err.code === -97 || [-55].includes(err.code);
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED || err.code === CosErrorCode.SIGNATURE_INVALID || [CosErrorCode.ACCESS_DENIED].includes(err.code);
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 43,
          suggestions: [],
        },
        {
          messageId: "preferNamedCode",
          data: { code: -97, constant: "CosErrorCode.SIGNATURE_INVALID", meaning: "Signature verification failed" },
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 63,
          suggestions: [],
        },
        {
          messageId: "preferNamedCode",
          data: {
            code: -55,
            constant: "CosErrorCode.ACCESS_DENIED",
            meaning: "User has no permission for this operation",
          },
          line: 2,
          column: 68,
          endLine: 2,
          endColumn: 71,
          suggestions: [],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // Numeric strings
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (code) => code === '-96';
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: "compareAsNumber",
              data: { expression: "code", operator: "===", constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                export const isExpired = (code) => Number(code) === CosErrorCode.SIGNATURE_EXPIRED;
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isOther = (err) => '-96' !== err.code;
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: "compareAsNumber",
              data: { expression: "err.code", operator: "!==", constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                export const isOther = (err) => CosErrorCode.SIGNATURE_EXPIRED !== Number(err.code);
              `,
            },
          ],
        },
      ],
    },
    {
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const isExpired = (code) => code === `-96`;',
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: "compareAsNumber",
              data: { expression: "code", operator: "===", constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                export const isExpired = (code) => Number(code) === CosErrorCode.SIGNATURE_EXPIRED;
              `,
            },
          ],
        },
      ],
    },
    // Loose equality converts, but not the same way: `'-96.0' == '-96'` is false, `'-96.0' == -96` true.
    // So a string compared with `==` / `!=` is only suggested, whatever its spelling.
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (code) => code == '-96';
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                export const isExpired = (code) => code == CosErrorCode.SIGNATURE_EXPIRED;
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isOther = (err) => '-96' != err.code;
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                export const isOther = (err) => CosErrorCode.SIGNATURE_EXPIRED != err.code;
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          switch (err.code) {
            case '-96':
              return "resign";
          }
          return null;
        }
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 15,
          suggestions: [
            {
              messageId: "keepStringComparison",
              data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                export function onError(err) {
                  switch (err.code) {
                    case String(CosErrorCode.SIGNATURE_EXPIRED):
                      return "resign";
                  }
                  return null;
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
        export const isSignature = (code) => ['-96', '-97'].includes(code);
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: "keepStringComparison",
              data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                export const isSignature = (code) => [String(CosErrorCode.SIGNATURE_EXPIRED), '-97'].includes(code);
              `,
            },
          ],
        },
        {
          messageId: "preferNamedCode",
          data: { code: -97, constant: "CosErrorCode.SIGNATURE_INVALID", meaning: "Signature verification failed" },
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: "keepStringComparison",
              data: { code: -97, constant: "CosErrorCode.SIGNATURE_INVALID" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                export const isSignature = (code) => ['-96', String(CosErrorCode.SIGNATURE_INVALID)].includes(code);
              `,
            },
          ],
        },
      ],
    },
    // A string constant stays a string wherever it is compared.
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const EXPIRED = '-96';
        export const isExpired = (code) => code === EXPIRED;
      `,
      filename: "file.js",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 22,
          suggestions: [
            {
              messageId: "keepStringComparison",
              data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                const EXPIRED = String(CosErrorCode.SIGNATURE_EXPIRED);
                export const isExpired = (code) => code === EXPIRED;
              `,
            },
          ],
        },
      ],
    },
    // `as const` cannot apply to a call: `'-96' as const` is replaced whole.
    {
      code: dedent`
        const EXPIRED = '-96' as const;
        export function onError(cosError: { code: string }) {
          switch (cosError.code) {
            case EXPIRED:
              return "resign";
          }
          return null;
        }
      `,
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 22,
          suggestions: [
            {
              messageId: "keepStringComparison",
              data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import { CosErrorCode } from "cos-error-codes";
                const EXPIRED = String(CosErrorCode.SIGNATURE_EXPIRED);
                export function onError(cosError: { code: string }) {
                  switch (cosError.code) {
                    case EXPIRED:
                      return "resign";
                  }
                  return null;
                }
              `,
            },
          ],
        },
      ],
    },

    {
      code: "export const isExpired = (cosError: { code: string }) => cosError.code === ('-96' as const);",
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 1,
          column: 77,
          endLine: 1,
          endColumn: 82,
          suggestions: [
            {
              messageId: "compareAsNumber",
              data: { expression: "cosError.code", operator: "===", constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import { CosErrorCode } from "cos-error-codes";
                export const isExpired = (cosError: { code: string }) => Number(cosError.code) === (CosErrorCode.SIGNATURE_EXPIRED);
              `,
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // Local constants: reported and fixed where the number is spelled, once
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const EXPIRED = -96;
        export function onError(err) {
          if (err.code === EXPIRED) {
            return "resign";
          }
          return null;
        }
      `,
      filename: "file.js",
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";
        const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
        export function onError(err) {
          if (err.code === EXPIRED) {
            return "resign";
          }
          return null;
        }
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const EXPIRED = -96;
        export function onError(err, retry) {
          if (err.code === EXPIRED) return retry();
          return [EXPIRED].includes(err.errorCode) ? null : err;
        }
      `,
      filename: "file.js",
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";
        const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
        export function onError(err, retry) {
          if (err.code === EXPIRED) return retry();
          return [EXPIRED].includes(err.errorCode) ? null : err;
        }
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const EXPIRED = -96 as const;
        export function isExpired(cosError: { code: number }): boolean {
          return cosError.code === EXPIRED;
        }
      `,
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
        export function isExpired(cosError: { code: number }): boolean {
          return cosError.code === EXPIRED;
        }
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      code: "export const isExpired = (cosError: { code: number }) => cosError.code === (-96 as const);",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const isExpired = (cosError: { code: number }) => cosError.code === (CosErrorCode.SIGNATURE_EXPIRED);
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 1,
          column: 77,
          endLine: 1,
          endColumn: 80,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const FATAL = [-96, -97];
        export const isFatal = (err) => FATAL.includes(err.code);
      `,
      filename: "file.js",
      output: [
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosErrorCode } from "cos-error-codes";
          const FATAL = [CosErrorCode.SIGNATURE_EXPIRED, -97];
          export const isFatal = (err) => FATAL.includes(err.code);
        `,
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosErrorCode } from "cos-error-codes";
          const FATAL = [CosErrorCode.SIGNATURE_EXPIRED, CosErrorCode.SIGNATURE_INVALID];
          export const isFatal = (err) => FATAL.includes(err.code);
        `,
      ],
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: "preferNamedCode",
          data: { code: -97, constant: "CosErrorCode.SIGNATURE_INVALID", meaning: "Signature verification failed" },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const FATAL = new Set([-55]);
        export const isFatal = (err) => FATAL.has(err.code);
      `,
      filename: "file.js",
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";
        const FATAL = new Set([CosErrorCode.ACCESS_DENIED]);
        export const isFatal = (err) => FATAL.has(err.code);
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: {
            code: -55,
            constant: "CosErrorCode.ACCESS_DENIED",
            meaning: "User has no permission for this operation",
          },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // Site shapes
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => [-96, -71].includes(err.code);
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => [CosErrorCode.SIGNATURE_EXPIRED, CosErrorCode.TOO_MANY_REQUESTS].includes(err.code);
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 31,
          suggestions: [],
        },
        {
          messageId: "preferNamedCode",
          data: {
            code: -71,
            constant: "CosErrorCode.TOO_MANY_REQUESTS",
            meaning: "Operations too frequent; try again later",
          },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => new Set([-5963]).has(err.code);
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => new Set([CosErrorCode.READ_DATA_TIMEOUT]).has(err.code);
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: {
            code: -5963,
            constant: "CosErrorCode.READ_DATA_TIMEOUT",
            meaning: "Timed out reading request data; network too slow or upload concurrency too high",
          },
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => -96 === err.code;
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => CosErrorCode.SIGNATURE_EXPIRED === err.code;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err?.code === -96;
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err?.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err['code'] !== -96;
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err['code'] !== CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => Number(err.errorCode) === -96;
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => Number(err.errorCode) === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          const { code } = err;
          if (code === -96) return "resign";
          const { errorCode: c } = err;
          return c === -97 ? "fail" : null;
        }
      `,
      filename: "file.js",
      output: [
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosErrorCode } from "cos-error-codes";
          export function onError(err) {
            const { code } = err;
            if (code === CosErrorCode.SIGNATURE_EXPIRED) return "resign";
            const { errorCode: c } = err;
            return c === -97 ? "fail" : null;
          }
        `,
        dedent`
          import COS from "cos-nodejs-sdk-v5";
          import { CosErrorCode } from "cos-error-codes";
          export function onError(err) {
            const { code } = err;
            if (code === CosErrorCode.SIGNATURE_EXPIRED) return "resign";
            const { errorCode: c } = err;
            return c === CosErrorCode.SIGNATURE_INVALID ? "fail" : null;
          }
        `,
      ],
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: "preferNamedCode",
          data: { code: -97, constant: "CosErrorCode.SIGNATURE_INVALID", meaning: "Signature verification failed" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // Options
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      options: [{ fix: "suggestion" }],
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                import { CosErrorCode } from "cos-error-codes";
                export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
              `,
            },
          ],
        },
      ],
    },
    // `fix: 'suggestion'` with the import already there: still only a suggestion.
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      options: [{ fix: "suggestion" }],
      output: null,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: "replaceWithConstant",
              data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED" },
              output: dedent`
                import { CosErrorCode } from "cos-error-codes";
                export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      options: [{ fix: "autofix" }],
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";
        export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      options: [{ constantsModule: "@app/cos-codes", constantsName: "Codes" }],
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { Codes } from "@app/cos-codes";
        export const isExpired = (err) => err.code === Codes.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "Codes.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    // The same from the shared settings.
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      settings: { "cos-errors": { constantsModule: "@app/cos-codes", constantsName: "Codes" } },
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { Codes } from "@app/cos-codes";
        export const isExpired = (err) => err.code === Codes.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "Codes.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    // Options win over settings.
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (err) => err.code === -96;
      `,
      filename: "file.js",
      settings: { "cos-errors": { constantsModule: "@other/codes", constantsName: "Other" } },
      options: [{ constantsModule: "@app/cos-codes", constantsName: "Codes" }],
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { Codes } from "@app/cos-codes";
        export const isExpired = (err) => err.code === Codes.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "Codes.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    // An existing import of the configured constants is reused.
    {
      code: dedent`
        import { Codes } from "@app/cos-codes";
        export const isExpired = (cos, err) => err.code === -96;
      `,
      filename: "file.js",
      options: [{ constantsModule: "@app/cos-codes", constantsName: "Codes" }],
      output: dedent`
        import { Codes } from "@app/cos-codes";
        export const isExpired = (cos, err) => err.code === Codes.SIGNATURE_EXPIRED;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "Codes.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isNetwork = (err) => err.code === -2;
      `,
      filename: "file.js",
      options: [{ sdkCodes: true }],
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";
        export const isNetwork = (err) => err.code === CosErrorCode.SDK_NETWORK_ERROR;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: {
            code: -2,
            constant: "CosErrorCode.SDK_NETWORK_ERROR",
            meaning: "Network error while talking to COS, reported on the client by a legacy v4 SDK",
          },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 50,
          suggestions: [],
        },
      ],
    },
    // A known positive code.
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isInternal = (err) => err.code === 100;
      `,
      filename: "file.js",
      output: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";
        export const isInternal = (err) => err.code === CosErrorCode.INTERNAL_ERROR_POSITIVE_100;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: {
            code: 100,
            constant: "CosErrorCode.INTERNAL_ERROR_POSITIVE_100",
            meaning: "Internal error; contact Tencent Cloud support",
          },
          line: 2,
          column: 49,
          endLine: 2,
          endColumn: 52,
          suggestions: [],
        },
      ],
    },
    // Only the named codes of a mixed comparison chain are reported.
    {
      code: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err.code === -4017 || err.code === -2 || err.code === -96 || err.status === -97;
      `,
      filename: "file.js",
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const f = (err) => err.code === -4017 || err.code === -2 || err.code === CosErrorCode.SIGNATURE_EXPIRED || err.status === -97;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 81,
          endLine: 2,
          endColumn: 84,
          suggestions: [],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // TypeScript and TSX
    {
      code: dedent`
        export function isExpired(cosError: { code: number }): boolean {
          return cosError.code === -96;
        }
      `,
      output: dedent`
        import { CosErrorCode } from "cos-error-codes";
        export function isExpired(cosError: { code: number }): boolean {
          return cosError.code === CosErrorCode.SIGNATURE_EXPIRED;
        }
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import type COS from "cos-nodejs-sdk-v5";
        export function isExpired(err: COS.CosError): boolean {
          return (err.code as number) === -96;
        }
      `,
      output: dedent`
        import type COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "cos-error-codes";
        export function isExpired(err: COS.CosError): boolean {
          return (err.code as number) === CosErrorCode.SIGNATURE_EXPIRED;
        }
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import type { ReactNode } from "react";
        export function Banner({ cosError }: { cosError: { code: number } }): ReactNode {
          return cosError.code === -96 ? <p>Signature expired</p> : null;
        }
      `,
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: dedent`
        import type { ReactNode } from "react";
        import { CosErrorCode } from "cos-error-codes";
        export function Banner({ cosError }: { cosError: { code: number } }): ReactNode {
          return cosError.code === CosErrorCode.SIGNATURE_EXPIRED ? <p>Signature expired</p> : null;
        }
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    // A directive in an ES module: the import goes after it.
    {
      code: dedent`
        'use client';
        export const Banner = ({ cosError }: { cosError: { code: number } }) =>
          cosError.code === -96 ? <p>expired</p> : <p>{cosError.code}</p>;
      `,
      filename: "file.tsx",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      output: dedent`
        'use client';
        import { CosErrorCode } from "cos-error-codes";
        export const Banner = ({ cosError }: { cosError: { code: number } }) =>
          cosError.code === CosErrorCode.SIGNATURE_EXPIRED ? <p>expired</p> : <p>{cosError.code}</p>;
      `,
      errors: [
        {
          messageId: "preferNamedCode",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED", meaning: "Signature expired" },
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
  ],
});

// -------------------------------------------------------------------------------------------------
// The fixed TypeScript type-checks against the real constants module.

const typeErrors = (source: string): string[] => typeErrorsOf(source, "__prefer-named-code-fixed__");

const lintTs = (code: string): Linter.FixReport =>
  new Linter().verifyAndFix(
    code,
    [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: tsParser },
        plugins: { "cos-errors": plugin },
        rules: { "cos-errors/prefer-named-code": "warn" },
      },
    ],
    "classify.ts",
  );

describe("prefer-named-code: the autofix keeps TypeScript type-checking", () => {
  it("the checker really checks the constants module", () => {
    expect(
      typeErrors(dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const ok: -96 = CosErrorCode.SIGNATURE_EXPIRED;
      `),
    ).toEqual([]);
    expect(
      typeErrors(dedent`
        import { CosErrorCode } from "cos-error-codes";
        export const x: string = CosErrorCode.SIGNATURE_EXPIRED;
      `),
    ).toEqual(["__prefer-named-code-fixed__.ts: Type 'number' is not assignable to type 'string'."]);
  });

  it("comparisons, a switch and local constants: exact output, and it type-checks", () => {
    const source = dedent`
      const EXPIRED = -96 as const;
      const INVALID = -97;

      export function classify(cosError: { code: number } | undefined): string {
        if (cosError?.code === -4018) return "done";
        switch (cosError?.code) {
          case EXPIRED:
            return "resign";
          case INVALID:
          case -55:
            return "fail";
        }
        return -71 === cosError?.code ? "retry" : "unknown";
      }
    `;
    expect(typeErrors(source)).toEqual([]);
    const result = lintTs(source);
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(dedent`
      import { CosErrorCode } from "cos-error-codes";
      const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
      const INVALID = CosErrorCode.SIGNATURE_INVALID;

      export function classify(cosError: { code: number } | undefined): string {
        if (cosError?.code === CosErrorCode.FILE_ALREADY_UPLOADED) return "done";
        switch (cosError?.code) {
          case EXPIRED:
            return "resign";
          case INVALID:
          case CosErrorCode.ACCESS_DENIED:
            return "fail";
        }
        return CosErrorCode.TOO_MANY_REQUESTS === cosError?.code ? "retry" : "unknown";
      }
    `);
    expect(typeErrors(result.output)).toEqual([]);
  });

  // An autofix must not turn code that compiles into code that does not. Whether these shapes are fixed
  // at all (or only suggested) is the rule's choice; what it writes on --fix must type-check.
  // In TypeScript these shapes are only suggested: --fix writes the source unchanged.
  it.each([
    [
      "an includes array",
      "export const isRetryable = (cosError: { code: number }) => [-71, -5963].includes(cosError.code);",
      "export const isRetryable = (cosError: { code: number }) => [-71, -5963].includes(cosError.code);",
    ],
    [
      "a Set's has",
      "export const isFatal = (cosError: { code: number }) => new Set([-96, -97]).has(cosError.code);",
      "export const isFatal = (cosError: { code: number }) => new Set([-96, -97]).has(cosError.code);",
    ],
    [
      "a const array",
      dedent`
        const FATAL = [-96, -97];
        export const isFatal = (cosError: { code: number }) => FATAL.includes(cosError.code);
      `,
      dedent`
        const FATAL = [-96, -97];
        export const isFatal = (cosError: { code: number }) => FATAL.includes(cosError.code);
      `,
    ],
    [
      "a loose comparison with a numeric string",
      "export const isExpired = (cosError: { code: string }) => cosError.code == '-96';",
      "export const isExpired = (cosError: { code: string }) => cosError.code == '-96';",
    ],
  ])("%s: what --fix writes type-checks", (_shape, source, fixed) => {
    expect(typeErrors(source)).toEqual([]);
    const result = lintTs(source);
    expect(result.messages.map((m) => m.ruleId)).not.toContain(null); // no parsing error after fixing
    expect(result.output).toBe(fixed);
    expect(typeErrors(result.output)).toEqual([]);
  });
});

// -------------------------------------------------------------------------------------------------
// Options schema

describe("prefer-named-code options", () => {
  const source = dedent`
    import COS from "cos-nodejs-sdk-v5";
    export const isExpired = (err) => err.code === -96;
  `;
  const lint = (options: unknown): Linter.LintMessage[] =>
    new Linter().verify(
      source,
      [
        {
          plugins: { "cos-errors": plugin },
          rules: { "cos-errors/prefer-named-code": ["warn", options as never] },
        },
      ],
      "file.js",
    );
  const thrown = (options: unknown): string => thrownMessage(() => lint(options), `options ${JSON.stringify(options)}`);

  it("accepts every valid option", () => {
    const messages = lint({
      fix: "suggestion",
      sdkCodes: true,
      constantsModule: "@app/cos-codes",
      constantsName: "Codes",
    });
    expect(
      messages.map((m) => [
        m.ruleId,
        m.messageId,
        m.line,
        m.column,
        m.message,
        m.fix,
        m.suggestions?.map((s) => [s.messageId, s.desc]),
      ]),
    ).toEqual([
      [
        "cos-errors/prefer-named-code",
        "preferNamedCode",
        2,
        48,
        "Use `Codes.SIGNATURE_EXPIRED` (Signature expired) instead of the magic number `-96`.",
        undefined,
        [["replaceWithConstant", "Replace `-96` with `Codes.SIGNATURE_EXPIRED`."]],
      ],
    ]);
    // The suggestion, applied.
    const { range, text } = messages[0]!.suggestions![0]!.fix;
    expect(source.slice(0, range[0]) + text + source.slice(range[1])).toBe(dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { Codes } from "@app/cos-codes";
      export const isExpired = (err) => err.code === Codes.SIGNATURE_EXPIRED;
    `);
  });

  // ESLint's rule-option validator prints the rule and the rejected value, not the option's path.
  it("rejects an unknown fix mode through ESLint's schema check, naming the rule and the value", () => {
    expect(thrown({ fix: "always" })).toBe(
      'Key "rules": Key "cos-errors/prefer-named-code":\n' +
        '\tValue "always" should be equal to one of the allowed values.\n',
    );
  });

  it("rejects an unknown key, naming it", () => {
    expect(thrown({ nope: true })).toBe(
      'Key "rules": Key "cos-errors/prefer-named-code":\n' +
        '\tValue {"fix":"autofix","sdkCodes":false,"nope":true} should NOT have additional properties.\n' +
        '\t\tUnexpected property "nope". ' +
        'Expected properties: "constantsModule", "constantsName", "xmlConstantsName", "fix", "sdkCodes".\n',
    );
  });

  it("rejects a constantsName that is not an identifier, or a reserved word, naming the option", () => {
    expect(thrown({ constantsName: "not valid" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsName: expected a JavaScript identifier, got "not valid"\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsName: "enum" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsName: expected a name that can be bound, got the reserved word "enum"\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsName: "await" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsName: expected a name that can be bound, got the reserved word "await"\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsName: "yield" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsName: expected a name that can be bound, got the reserved word "yield"\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsName: "let" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsName: expected a name that can be bound, got the reserved word "let"\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsName: "static" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsName: expected a name that can be bound, got the reserved word "static"\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsName: "implements" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsName: expected a name that can be bound, got the reserved word "implements"\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsName: "eval" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsName: expected a name that can be bound, got the reserved word "eval"\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsName: "null" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsName: expected a name that can be bound, got the reserved word "null"\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsModule: "" })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsModule: expected a non-empty module name, got ""\n' +
        "Occurred while linting file.js",
    );
    expect(thrown({ constantsModule: "  " })).toBe(
      "Error while loading rule 'cos-errors/prefer-named-code': " +
        'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option ' +
        'constantsModule: expected a non-empty module name, got "  "\n' +
        "Occurred while linting file.js",
    );
  });

  it("accepts a Unicode identifier as constantsName", () => {
    expect(lint({ constantsName: "Códigos" }).map((m) => m.message)).toEqual([
      "Use `Códigos.SIGNATURE_EXPIRED` (Signature expired) instead of the magic number `-96`.",
    ]);
  });
});
