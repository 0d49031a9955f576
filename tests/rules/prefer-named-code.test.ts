import {
  type InvalidTestCase,
  type SuggestionOutput,
  type TestCaseError,
  type TestLanguageOptions,
} from "@typescript-eslint/rule-tester";
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/prefer-named-code.js";
import { typeErrors as typeErrorsOf } from "../helpers/type-errors.js";
import { dedent, ruleTester, thrownMessage } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];
type Case = InvalidTestCase<MessageIds, Options>;
type Report = TestCaseError<MessageIds>;
type Suggestion = SuggestionOutput<MessageIds>;

const MODULE = "cos-error-codes";
const IMPORT = `import { CosErrorCode } from "${MODULE}";`;
const IMPORT_SQ = `import { CosErrorCode } from '${MODULE}';`;
const REQUIRE = `const { CosErrorCode } = require("${MODULE}");`;
const REQUIRE_SQ = `const { CosErrorCode } = require('${MODULE}');`;

/** Constant names and English meanings, from docs/codes.md. */
const ENTRIES = new Map<number, readonly [name: string, meaning: string]>([
  [-96, ["SIGNATURE_EXPIRED", "Signature expired"]],
  [-97, ["SIGNATURE_INVALID", "Signature verification failed"]],
  [-55, ["ACCESS_DENIED", "User has no permission for this operation"]],
  [-71, ["TOO_MANY_REQUESTS", "Operations too frequent; try again later"]],
  [-133, ["BUCKET_NOT_FOUND", "Bucket does not exist"]],
  [-4018, ["FILE_ALREADY_UPLOADED", "File already exists and its upload is complete"]],
  [-5963, ["READ_DATA_TIMEOUT", "Timed out reading request data; network too slow or upload concurrency too high"]],
  [-2, ["SDK_NETWORK_ERROR", "Network error while talking to COS, reported on the client by a legacy v4 SDK"]],
  [100, ["INTERNAL_ERROR_POSITIVE_100", "Internal error; contact Tencent Cloud support"]],
]);

function entry(code: number): readonly [name: string, meaning: string] {
  const found = ENTRIES.get(code);
  if (!found) throw new Error(`no test entry for ${code}`);
  return found;
}

/** Where the `nth` occurrence of `needle` is in `source`, as ESLint reports it (1-based, end exclusive). */
function locate(
  source: string,
  needle: string,
  nth = 0,
): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = source.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`occurrence ${nth} of ${JSON.stringify(needle)} not in the test source`);
  }
  const before = source.slice(0, index);
  const line = before.split("\n").length;
  const column = index - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

interface ReportExtra {
  /** Which occurrence of the needle is reported (0 = first). */
  readonly nth?: number;
  /** The text naming the constants object in the message: `CosErrorCode`, `C`, `codes.CosErrorCode`. */
  readonly object?: string;
  readonly suggestions?: readonly Suggestion[];
}

/** The `preferNamedCode` report of `code`, spelled as `needle` in `source`; no suggestions unless given. */
function report(source: string, needle: string, code: number, extra: ReportExtra = {}): Report {
  const [name, meaning] = entry(code);
  return {
    messageId: "preferNamedCode",
    data: { code, constant: `${extra.object ?? "CosErrorCode"}.${name}`, meaning },
    ...locate(source, needle, extra.nth),
    suggestions: extra.suggestions ?? [],
  };
}

type At = (needle: string, code: number, extra?: ReportExtra) => Report;

/** An invalid case whose reports are located in its own source. */
function invalid(code: string, make: (at: At) => Omit<Case, "code">): Case {
  return { code, ...make((needle, value, extra) => report(code, needle, value, extra)) };
}

function replaceWithConstant(code: number, output: string, object = "CosErrorCode"): Suggestion {
  return { messageId: "replaceWithConstant", data: { code, constant: `${object}.${entry(code)[0]}` }, output };
}

function compareAsNumber(
  code: number,
  expression: string,
  operator: string,
  output: string,
  object = "CosErrorCode",
): Suggestion {
  return {
    messageId: "compareAsNumber",
    data: { expression, operator, constant: `${object}.${entry(code)[0]}` },
    output,
  };
}

function keepStringComparison(code: number, output: string, object = "CosErrorCode"): Suggestion {
  return { messageId: "keepStringComparison", data: { code, constant: `${object}.${entry(code)[0]}` }, output };
}

const JSX = { parserOptions: { ecmaFeatures: { jsx: true } } } as const;
// ESLint's own `languageOptions.sourceType`: the rule tester hands it to ESLint, though its types omit it.
const COMMONJS = { sourceType: "commonjs" } as unknown as TestLanguageOptions;
// The same, with @typescript-eslint/parser told too (the rule tester defaults `parserOptions.sourceType` to "module").
const COMMONJS_PARSED = {
  sourceType: "commonjs",
  parserOptions: { sourceType: "commonjs" },
} as unknown as TestLanguageOptions;

ruleTester.run<MessageIds, Options>("prefer-named-code", rule, {
  valid: [
    // Codes the catalogue does not know are another rule's business.
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4017;',
    },
    // Already named, however the constants are bound.
    { filename: "file.js", code: `${IMPORT}\nexport const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;` },
    {
      filename: "file.js",
      code: `import * as codes from "${MODULE}";\nexport const f = (err) => err.code === codes.CosErrorCode.SIGNATURE_EXPIRED;`,
    },
    {
      filename: "file.js",
      code: `${IMPORT}\nconst EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;\nexport const f = (err) => err.code === EXPIRED;`,
    },
    {
      filename: "file.js",
      code: `${IMPORT}\nexport function f(err) {\n  switch (err.code) {\n    case CosErrorCode.SIGNATURE_EXPIRED:\n    case CosErrorCode.SIGNATURE_INVALID:\n      return 1;\n  }\n  return [CosErrorCode.ACCESS_DENIED].includes(err.code);\n}`,
    },
    // No COS context: no SDK import, no cos-like name, no COS host.
    { filename: "file.js", code: "export const f = (err) => err.code === -96;" },
    {
      filename: "file.js",
      code: 'import got from "got";\nexport function f(err) { switch (err.code) { case -96: return got(); } }',
    },
    // `Math.cos` is trigonometry; `cost` and `acos` are not `cos`.
    { filename: "file.js", code: "export const f = (err, x) => Math.cos(x) > 0 && err.code === -96;" },
    { filename: "file.js", code: "export const f = (err, cost, acos) => cost + acos && err.code === -96;" },
    // Not a code expression, or not a code.
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (res) => res.status === -96;',
    },
    { filename: "file.js", code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (x) => x.code === 0;' },
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code > -96 || err.code <= -97;',
    },
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (a, b) => a.code === b.code;',
    },
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -96n || err.code === -96.5;',
    },
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (name) => ["-96"].includes(name);',
    },
    // Positive 96: its negation is known (a candidate for no-unknown-code), but 96 itself has no name.
    { filename: "file.js", code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === 96;' },
    // A `let` can change: its initialiser is not the code compared.
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nlet EXPIRED = -96;\nexport const f = (err) => err.code === EXPIRED;',
    },
    // The legacy SDKs' client-side codes are not named by default.
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -1 || err.code === -2 || err.code === -3 || err.code === -4;',
    },
    {
      filename: "file.js",
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -2;',
      options: [{ sdkCodes: false }],
    },
    // Options do not change what is already fine.
    {
      filename: "file.js",
      code: `${IMPORT}\nexport const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;`,
      options: [{ fix: "suggestion", sdkCodes: true }],
    },
    // TypeScript and TSX.
    { code: `${IMPORT}\nexport const f = (err: { code: number }) => err.code === CosErrorCode.SIGNATURE_EXPIRED;` },
    { code: "export const f = (err: { code: number }) => err.code === -96;" },
    {
      filename: "file.tsx",
      languageOptions: JSX,
      code: `${IMPORT}\nexport const Banner = ({ cosError }: { cosError: { code: number } }) =>\n  cosError.code === CosErrorCode.SIGNATURE_EXPIRED ? <p>expired</p> : null;`,
    },
  ],

  invalid: [
    // ---------------------------------------------------------------------------------------------
    // The import: ES modules
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function isExpired(err) {
          return err.code === -96;
        }
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          import COS from "cos-nodejs-sdk-v5";
          ${IMPORT}
          export function isExpired(err) {
            return err.code === CosErrorCode.SIGNATURE_EXPIRED;
          }
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // After the last import, not the first; in the first import's quote style.
    invalid(
      dedent`
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
      (at) => ({
        filename: "file.js",
        output: dedent`
          import COS from 'cos-nodejs-sdk-v5';
          import { readFile } from "node:fs/promises";
          import path from "node:path";
          ${IMPORT_SQ}

          export async function upload(cos, file) {
            try {
              return await cos.putObject({ Body: await readFile(file), Key: path.basename(file) });
            } catch (err) {
              if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return null;
              throw err;
            }
          }
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // A licence header above the imports stays on top.
    invalid(
      dedent`
        /*!
         * Copyright (c) 2024 Example Corp.
         * SPDX-License-Identifier: MIT
         */
        import COS from "cos-nodejs-sdk-v5";

        export const isExpired = (err) => err.code === -96;
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          /*!
           * Copyright (c) 2024 Example Corp.
           * SPDX-License-Identifier: MIT
           */
          import COS from "cos-nodejs-sdk-v5";
          ${IMPORT}

          export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // No import and no directive: before the first statement, never above the shebang or the licence.
    invalid(
      dedent`
        #!/usr/bin/env node
        // Copyright (c) 2024 Example Corp. MIT licence.
        const cosClient = createClient();
        export const isExpired = (err) => err.code === -96;
      `,
      (at) => ({
        filename: "cli.mjs",
        output: dedent`
          #!/usr/bin/env node
          // Copyright (c) 2024 Example Corp. MIT licence.
          ${IMPORT}
          const cosClient = createClient();
          export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // A string naming a COS host is context enough.
    invalid(
      dedent`
        const HOST = "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com";
        export const isExpired = (err) => err.code === -96 && HOST !== "";
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          ${IMPORT}
          const HOST = "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com";
          export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED && HOST !== "";
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // `assumeCos` judges a file that shows no COS signal.
    invalid("export const isExpired = (err) => err.code === -96;", (at) => ({
      filename: "file.js",
      settings: { "cos-errors": { assumeCos: true } },
      output: `${IMPORT}\nexport const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;`,
      errors: [at("-96", -96)],
    })),

    // ---------------------------------------------------------------------------------------------
    // The require: CommonJS
    invalid(
      dedent`
        'use strict';
        const COS = require('cos-nodejs-sdk-v5');
        const path = require("node:path");

        module.exports = function isExpired(err) {
          return err.code === -96 && path.sep === "/";
        };
      `,
      (at) => ({
        filename: "x.cjs",
        output: dedent`
          'use strict';
          const COS = require('cos-nodejs-sdk-v5');
          const path = require("node:path");
          ${REQUIRE_SQ}

          module.exports = function isExpired(err) {
            return err.code === CosErrorCode.SIGNATURE_EXPIRED && path.sep === "/";
          };
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // `sourceType: 'commonjs'` on a .js file with a require.
    invalid(
      dedent`
        const COS = require("cos-nodejs-sdk-v5");
        exports.isExpired = (err) => err.code === -96;
      `,
      (at) => ({
        filename: "file.js",
        languageOptions: COMMONJS,
        output: dedent`
          const COS = require("cos-nodejs-sdk-v5");
          ${REQUIRE}
          exports.isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // No require: after 'use strict'.
    invalid(
      dedent`
        'use strict';
        module.exports = function isExpired(cos, err) {
          return err.code === -96;
        };
      `,
      (at) => ({
        filename: "x.cjs",
        output: dedent`
          'use strict';
          ${REQUIRE}
          module.exports = function isExpired(cos, err) {
            return err.code === CosErrorCode.SIGNATURE_EXPIRED;
          };
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // A .js file parsed as a module that uses module.exports is CommonJS: a require, not an import.
    invalid(
      dedent`
        "use strict";
        module.exports = function handle(cos, err, retry) {
          if (err.code === -96) return retry();
          throw err;
        };
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          "use strict";
          ${REQUIRE}
          module.exports = function handle(cos, err, retry) {
            if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return retry();
            throw err;
          };
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // The same, with the parser told that the file is CommonJS.
    invalid(
      dedent`
        'use strict';
        module.exports = function isExpired(cos, err) {
          return err.code === -96;
        };
      `,
      (at) => ({
        filename: "file.js",
        languageOptions: COMMONJS_PARSED,
        output: dedent`
          'use strict';
          ${REQUIRE}
          module.exports = function isExpired(cos, err) {
            return err.code === CosErrorCode.SIGNATURE_EXPIRED;
          };
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // No require and no directive: before the first statement, below the shebang and the licence.
    invalid(
      dedent`
        #!/usr/bin/env node
        /* Copyright (c) 2024 Example Corp. SPDX-License-Identifier: MIT */
        module.exports = function isExpired(cos, err) {
          return err.code === -96;
        };
      `,
      (at) => ({
        filename: "x.cjs",
        output: dedent`
          #!/usr/bin/env node
          /* Copyright (c) 2024 Example Corp. SPDX-License-Identifier: MIT */
          ${REQUIRE}
          module.exports = function isExpired(cos, err) {
            return err.code === CosErrorCode.SIGNATURE_EXPIRED;
          };
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // After the last top-level require, even one whose result is called.
    invalid(
      dedent`
        const COS = require('cos-nodejs-sdk-v5');
        const log = require('debug')('upload');
        module.exports = (err) => err.code === -96 && log('expired');
      `,
      (at) => ({
        filename: "x.cjs",
        output: dedent`
          const COS = require('cos-nodejs-sdk-v5');
          const log = require('debug')('upload');
          ${REQUIRE_SQ}
          module.exports = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED && log('expired');
        `,
        errors: [at("-96", -96)],
      }),
    ),

    // ---------------------------------------------------------------------------------------------
    // Reusing what the file already has
    invalid(`${IMPORT}\nexport const isExpired = (err) => err.code === -96;`, (at) => ({
      filename: "file.js",
      output: `${IMPORT}\nexport const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;`,
      errors: [at("-96", -96)],
    })),
    invalid(
      dedent`
        import { isRetryableCosError } from "cos-error-codes";
        export const isExpired = (err) => !isRetryableCosError(err) && err.code === -96;
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          import { isRetryableCosError, CosErrorCode } from "cos-error-codes";
          export const isExpired = (err) => !isRetryableCosError(err) && err.code === CosErrorCode.SIGNATURE_EXPIRED;
        `,
        errors: [at("-96", -96)],
      }),
    ),
    invalid(
      dedent`
        import { CosErrorCode as C } from "cos-error-codes";
        export const isExpired = (err) => err.code === -96 || err.code === C.SIGNATURE_INVALID;
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          import { CosErrorCode as C } from "cos-error-codes";
          export const isExpired = (err) => err.code === C.SIGNATURE_EXPIRED || err.code === C.SIGNATURE_INVALID;
        `,
        errors: [at("-96", -96, { object: "C" })],
      }),
    ),
    invalid(
      dedent`
        import * as codes from "cos-error-codes";
        export const isExpired = (err) => err.code === -96;
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          import * as codes from "cos-error-codes";
          export const isExpired = (err) => err.code === codes.CosErrorCode.SIGNATURE_EXPIRED;
        `,
        errors: [at("-96", -96, { object: "codes.CosErrorCode" })],
      }),
    ),
    invalid(
      dedent`
        'use strict';
        const { CosErrorCode } = require('cos-error-codes');
        module.exports = (err) => err.code === -96;
      `,
      (at) => ({
        filename: "x.cjs",
        output: dedent`
          'use strict';
          const { CosErrorCode } = require('cos-error-codes');
          module.exports = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
        `,
        errors: [at("-96", -96)],
      }),
    ),
    invalid(
      dedent`
        const codes = require("cos-error-codes");
        module.exports = (err) => err.code === -96;
      `,
      (at) => ({
        filename: "x.cjs",
        output: dedent`
          const codes = require("cos-error-codes");
          module.exports = (err) => err.code === codes.CosErrorCode.SIGNATURE_EXPIRED;
        `,
        errors: [at("-96", -96, { object: "codes.CosErrorCode" })],
      }),
    ),
    invalid(
      dedent`
        const { isRetryableCosError } = require("cos-error-codes");
        module.exports = (err) => !isRetryableCosError(err) && err.code === -96;
      `,
      (at) => ({
        filename: "x.cjs",
        output: dedent`
          const { isRetryableCosError, CosErrorCode } = require("cos-error-codes");
          module.exports = (err) => !isRetryableCosError(err) && err.code === CosErrorCode.SIGNATURE_EXPIRED;
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // A type-only import gives no value: a new value import is added after it.
    invalid(
      dedent`
        import type { CosErrorCodeValue } from "cos-error-codes";
        export const isExpired = (err: { code: CosErrorCodeValue }) => err.code === -96;
      `,
      (at) => ({
        output: dedent`
          import type { CosErrorCodeValue } from "cos-error-codes";
          ${IMPORT}
          export const isExpired = (err: { code: CosErrorCodeValue }) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
        `,
        errors: [at("-96", -96)],
      }),
    ),

    // ---------------------------------------------------------------------------------------------
    // The name is taken: an alias, offered as a suggestion only
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        const CosErrorCode = 1;
        export const isExpired = (err) => err.code === -96 || CosErrorCode;
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("-96", -96, {
            object: "CosErrorCode2",
            suggestions: [
              replaceWithConstant(
                -96,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  import { CosErrorCode as CosErrorCode2 } from "cos-error-codes";
                  const CosErrorCode = 1;
                  export const isExpired = (err) => err.code === CosErrorCode2.SIGNATURE_EXPIRED || CosErrorCode;
                `,
                "CosErrorCode2",
              ),
            ],
          }),
        ],
      }),
    ),
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function pick(err, CosErrorCode) {
          return err.code === -96 ? CosErrorCode : null;
        }
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("-96", -96, {
            object: "CosErrorCode2",
            suggestions: [
              replaceWithConstant(
                -96,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  import { CosErrorCode as CosErrorCode2 } from "cos-error-codes";
                  export function pick(err, CosErrorCode) {
                    return err.code === CosErrorCode2.SIGNATURE_EXPIRED ? CosErrorCode : null;
                  }
                `,
                "CosErrorCode2",
              ),
            ],
          }),
        ],
      }),
    ),
    invalid(
      dedent`
        import { CosErrorCode } from "./legacy-codes.js";
        export const isExpired = (cos, err) => err.code === -96 || err.code === CosErrorCode.EXPIRED;
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("-96", -96, {
            object: "CosErrorCode2",
            suggestions: [
              replaceWithConstant(
                -96,
                dedent`
                  import { CosErrorCode } from "./legacy-codes.js";
                  import { CosErrorCode as CosErrorCode2 } from "cos-error-codes";
                  export const isExpired = (cos, err) => err.code === CosErrorCode2.SIGNATURE_EXPIRED || err.code === CosErrorCode.EXPIRED;
                `,
                "CosErrorCode2",
              ),
            ],
          }),
        ],
      }),
    ),
    // The first alias is taken too.
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        const CosErrorCode = 1;
        const CosErrorCode2 = 2;
        export const isExpired = (err) => err.code === -96 || CosErrorCode + CosErrorCode2;
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("-96", -96, {
            object: "CosErrorCode3",
            suggestions: [
              replaceWithConstant(
                -96,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  import { CosErrorCode as CosErrorCode3 } from "cos-error-codes";
                  const CosErrorCode = 1;
                  const CosErrorCode2 = 2;
                  export const isExpired = (err) => err.code === CosErrorCode3.SIGNATURE_EXPIRED || CosErrorCode + CosErrorCode2;
                `,
                "CosErrorCode3",
              ),
            ],
          }),
        ],
      }),
    ),
    // CommonJS alias.
    invalid(
      dedent`
        const COS = require('cos-nodejs-sdk-v5');
        const CosErrorCode = 1;
        module.exports = (err) => err.code === -96 || CosErrorCode;
      `,
      (at) => ({
        filename: "x.cjs",
        output: null,
        errors: [
          at("-96", -96, {
            object: "CosErrorCode2",
            suggestions: [
              replaceWithConstant(
                -96,
                dedent`
                  const COS = require('cos-nodejs-sdk-v5');
                  const { CosErrorCode: CosErrorCode2 } = require('cos-error-codes');
                  const CosErrorCode = 1;
                  module.exports = (err) => err.code === CosErrorCode2.SIGNATURE_EXPIRED || CosErrorCode;
                `,
                "CosErrorCode2",
              ),
            ],
          }),
        ],
      }),
    ),
    // The alias goes into the existing import of the module.
    invalid(
      dedent`
        import { isRetryableCosError } from "cos-error-codes";
        export const isExpired = (err, CosErrorCode) => !isRetryableCosError(err) && err.code === -96 && CosErrorCode;
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("-96", -96, {
            object: "CosErrorCode2",
            suggestions: [
              replaceWithConstant(
                -96,
                dedent`
                  import { isRetryableCosError, CosErrorCode as CosErrorCode2 } from "cos-error-codes";
                  export const isExpired = (err, CosErrorCode) => !isRetryableCosError(err) && err.code === CosErrorCode2.SIGNATURE_EXPIRED && CosErrorCode;
                `,
                "CosErrorCode2",
              ),
            ],
          }),
        ],
      }),
    ),
    // The existing import is shadowed at the site: reported, but no edit can be made safely.
    invalid(
      dedent`
        import { CosErrorCode } from "cos-error-codes";
        export function check(err, CosErrorCode) {
          return err.code === -96 || CosErrorCode;
        }
      `,
      (at) => ({ filename: "file.js", output: null, errors: [at("-96", -96)] }),
    ),
    invalid(
      dedent`
        import * as codes from "cos-error-codes";
        export function check(err) {
          const codes = [err.code];
          return err.code === -96 || codes;
        }
      `,
      (at) => ({ filename: "file.js", output: null, errors: [at("-96", -96)] }),
    ),
    invalid(
      dedent`
        const { CosErrorCode } = require("cos-error-codes");
        module.exports = function check(err) {
          const CosErrorCode = err.code;
          return err.code === -96 || CosErrorCode;
        };
      `,
      (at) => ({ filename: "x.cjs", output: null, errors: [at("-96", -96)] }),
    ),

    // ---------------------------------------------------------------------------------------------
    // Several sites: exactly one import after all passes
    invalid(
      dedent`
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
      (at) => ({
        filename: "file.js",
        output: [
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            ${IMPORT}
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
            ${IMPORT}
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
        errors: [at("-96", -96), at("-97", -97)],
      }),
    ),
    invalid(
      dedent`
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
      (at) => ({
        filename: "file.js",
        output: [
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            ${IMPORT}
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
            ${IMPORT}
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
        errors: [at("-4018", -4018), at("-96", -96), at("-97", -97)],
      }),
    ),
    invalid(
      dedent`
        const COS = require("cos-nodejs-sdk-v5");
        module.exports = (err) => (err.code === -96 ? "resign" : err.code === -97 ? "fail" : null);
      `,
      (at) => ({
        filename: "x.cjs",
        output: [
          dedent`
            const COS = require("cos-nodejs-sdk-v5");
            ${REQUIRE}
            module.exports = (err) => (err.code === CosErrorCode.SIGNATURE_EXPIRED ? "resign" : err.code === -97 ? "fail" : null);
          `,
          dedent`
            const COS = require("cos-nodejs-sdk-v5");
            ${REQUIRE}
            module.exports = (err) => (err.code === CosErrorCode.SIGNATURE_EXPIRED ? "resign" : err.code === CosErrorCode.SIGNATURE_INVALID ? "fail" : null);
          `,
        ],
        errors: [at("-96", -96), at("-97", -97)],
      }),
    ),
    // With the import already there, every site is fixed in one pass.
    invalid(
      `${IMPORT}\nexport const f = (err) => err.code === -96 || err.code === -97 || [-55].includes(err.code);`,
      (at) => ({
        filename: "file.js",
        output: `${IMPORT}\nexport const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED || err.code === CosErrorCode.SIGNATURE_INVALID || [CosErrorCode.ACCESS_DENIED].includes(err.code);`,
        errors: [at("-96", -96), at("-97", -97), at("-55", -55)],
      }),
    ),

    // ---------------------------------------------------------------------------------------------
    // Numeric strings
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (code) => code === '-96';
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("'-96'", -96, {
            suggestions: [
              compareAsNumber(
                -96,
                "code",
                "===",
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  export const isExpired = (code) => Number(code) === CosErrorCode.SIGNATURE_EXPIRED;
                `,
              ),
            ],
          }),
        ],
      }),
    ),
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isOther = (err) => '-96' !== err.code;
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("'-96'", -96, {
            suggestions: [
              compareAsNumber(
                -96,
                "err.code",
                "!==",
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  export const isOther = (err) => CosErrorCode.SIGNATURE_EXPIRED !== Number(err.code);
                `,
              ),
            ],
          }),
        ],
      }),
    ),
    invalid('import COS from "cos-nodejs-sdk-v5";\nexport const isExpired = (code) => code === `-96`;', (at) => ({
      filename: "file.js",
      output: null,
      errors: [
        at("`-96`", -96, {
          suggestions: [
            compareAsNumber(
              -96,
              "code",
              "===",
              dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  export const isExpired = (code) => Number(code) === CosErrorCode.SIGNATURE_EXPIRED;
                `,
            ),
          ],
        }),
      ],
    })),
    // Loose equality converts, but not the same way: `'-96.0' == '-96'` is false, `'-96.0' == -96` true.
    // So a string compared with `==` / `!=` is only suggested, whatever its spelling.
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (code) => code == '-96';
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("'-96'", -96, {
            suggestions: [
              replaceWithConstant(
                -96,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  export const isExpired = (code) => code == CosErrorCode.SIGNATURE_EXPIRED;
                `,
              ),
            ],
          }),
        ],
      }),
    ),
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isOther = (err) => '-96' != err.code;
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("'-96'", -96, {
            suggestions: [
              replaceWithConstant(
                -96,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  export const isOther = (err) => CosErrorCode.SIGNATURE_EXPIRED != err.code;
                `,
              ),
            ],
          }),
        ],
      }),
    ),
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          switch (err.code) {
            case '-96':
              return "resign";
          }
          return null;
        }
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("'-96'", -96, {
            suggestions: [
              keepStringComparison(
                -96,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  export function onError(err) {
                    switch (err.code) {
                      case String(CosErrorCode.SIGNATURE_EXPIRED):
                        return "resign";
                    }
                    return null;
                  }
                `,
              ),
            ],
          }),
        ],
      }),
    ),
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isSignature = (code) => ['-96', '-97'].includes(code);
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("'-96'", -96, {
            suggestions: [
              keepStringComparison(
                -96,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  export const isSignature = (code) => [String(CosErrorCode.SIGNATURE_EXPIRED), '-97'].includes(code);
                `,
              ),
            ],
          }),
          at("'-97'", -97, {
            suggestions: [
              keepStringComparison(
                -97,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  export const isSignature = (code) => ['-96', String(CosErrorCode.SIGNATURE_INVALID)].includes(code);
                `,
              ),
            ],
          }),
        ],
      }),
    ),
    // A string constant stays a string wherever it is compared.
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        const EXPIRED = '-96';
        export const isExpired = (code) => code === EXPIRED;
      `,
      (at) => ({
        filename: "file.js",
        output: null,
        errors: [
          at("'-96'", -96, {
            suggestions: [
              keepStringComparison(
                -96,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  const EXPIRED = String(CosErrorCode.SIGNATURE_EXPIRED);
                  export const isExpired = (code) => code === EXPIRED;
                `,
              ),
            ],
          }),
        ],
      }),
    ),
    // `as const` cannot apply to a call: `'-96' as const` is replaced whole.
    invalid(
      dedent`
        const EXPIRED = '-96' as const;
        export function onError(cosError: { code: string }) {
          switch (cosError.code) {
            case EXPIRED:
              return "resign";
          }
          return null;
        }
      `,
      (at) => ({
        output: null,
        errors: [
          at("'-96'", -96, {
            suggestions: [
              keepStringComparison(
                -96,
                dedent`
                  ${IMPORT}
                  const EXPIRED = String(CosErrorCode.SIGNATURE_EXPIRED);
                  export function onError(cosError: { code: string }) {
                    switch (cosError.code) {
                      case EXPIRED:
                        return "resign";
                    }
                    return null;
                  }
                `,
              ),
            ],
          }),
        ],
      }),
    ),

    invalid("export const isExpired = (cosError: { code: string }) => cosError.code === ('-96' as const);", (at) => ({
      output: null,
      errors: [
        at("'-96'", -96, {
          suggestions: [
            compareAsNumber(
              -96,
              "cosError.code",
              "===",
              `${IMPORT}\nexport const isExpired = (cosError: { code: string }) => Number(cosError.code) === (CosErrorCode.SIGNATURE_EXPIRED);`,
            ),
          ],
        }),
      ],
    })),

    // ---------------------------------------------------------------------------------------------
    // Local constants: reported and fixed where the number is spelled, once
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        const EXPIRED = -96;
        export function onError(err) {
          if (err.code === EXPIRED) {
            return "resign";
          }
          return null;
        }
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          import COS from "cos-nodejs-sdk-v5";
          ${IMPORT}
          const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
          export function onError(err) {
            if (err.code === EXPIRED) {
              return "resign";
            }
            return null;
          }
        `,
        errors: [at("-96", -96)],
      }),
    ),
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        const EXPIRED = -96;
        export function onError(err, retry) {
          if (err.code === EXPIRED) return retry();
          return [EXPIRED].includes(err.errorCode) ? null : err;
        }
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          import COS from "cos-nodejs-sdk-v5";
          ${IMPORT}
          const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
          export function onError(err, retry) {
            if (err.code === EXPIRED) return retry();
            return [EXPIRED].includes(err.errorCode) ? null : err;
          }
        `,
        errors: [at("-96", -96)],
      }),
    ),
    invalid(
      dedent`
        const EXPIRED = -96 as const;
        export function isExpired(cosError: { code: number }): boolean {
          return cosError.code === EXPIRED;
        }
      `,
      (at) => ({
        output: dedent`
          ${IMPORT}
          const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
          export function isExpired(cosError: { code: number }): boolean {
            return cosError.code === EXPIRED;
          }
        `,
        errors: [at("-96", -96)],
      }),
    ),
    invalid("export const isExpired = (cosError: { code: number }) => cosError.code === (-96 as const);", (at) => ({
      output: `${IMPORT}\nexport const isExpired = (cosError: { code: number }) => cosError.code === (CosErrorCode.SIGNATURE_EXPIRED);`,
      errors: [at("-96", -96)],
    })),
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        const FATAL = [-96, -97];
        export const isFatal = (err) => FATAL.includes(err.code);
      `,
      (at) => ({
        filename: "file.js",
        output: [
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            ${IMPORT}
            const FATAL = [CosErrorCode.SIGNATURE_EXPIRED, -97];
            export const isFatal = (err) => FATAL.includes(err.code);
          `,
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            ${IMPORT}
            const FATAL = [CosErrorCode.SIGNATURE_EXPIRED, CosErrorCode.SIGNATURE_INVALID];
            export const isFatal = (err) => FATAL.includes(err.code);
          `,
        ],
        errors: [at("-96", -96), at("-97", -97)],
      }),
    ),
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        const FATAL = new Set([-55]);
        export const isFatal = (err) => FATAL.has(err.code);
      `,
      (at) => ({
        filename: "file.js",
        output: dedent`
          import COS from "cos-nodejs-sdk-v5";
          ${IMPORT}
          const FATAL = new Set([CosErrorCode.ACCESS_DENIED]);
          export const isFatal = (err) => FATAL.has(err.code);
        `,
        errors: [at("-55", -55)],
      }),
    ),

    // ---------------------------------------------------------------------------------------------
    // Site shapes
    invalid(`${IMPORT}\nexport const f = (err) => [-96, -71].includes(err.code);`, (at) => ({
      filename: "file.js",
      output: `${IMPORT}\nexport const f = (err) => [CosErrorCode.SIGNATURE_EXPIRED, CosErrorCode.TOO_MANY_REQUESTS].includes(err.code);`,
      errors: [at("-96", -96), at("-71", -71)],
    })),
    invalid(`${IMPORT}\nexport const f = (err) => new Set([-5963]).has(err.code);`, (at) => ({
      filename: "file.js",
      output: `${IMPORT}\nexport const f = (err) => new Set([CosErrorCode.READ_DATA_TIMEOUT]).has(err.code);`,
      errors: [at("-5963", -5963)],
    })),
    invalid(`${IMPORT}\nexport const f = (err) => -96 === err.code;`, (at) => ({
      filename: "file.js",
      output: `${IMPORT}\nexport const f = (err) => CosErrorCode.SIGNATURE_EXPIRED === err.code;`,
      errors: [at("-96", -96)],
    })),
    invalid(`${IMPORT}\nexport const f = (err) => err?.code === -96;`, (at) => ({
      filename: "file.js",
      output: `${IMPORT}\nexport const f = (err) => err?.code === CosErrorCode.SIGNATURE_EXPIRED;`,
      errors: [at("-96", -96)],
    })),
    invalid(`${IMPORT}\nexport const f = (err) => err['code'] !== -96;`, (at) => ({
      filename: "file.js",
      output: `${IMPORT}\nexport const f = (err) => err['code'] !== CosErrorCode.SIGNATURE_EXPIRED;`,
      errors: [at("-96", -96)],
    })),
    invalid(`${IMPORT}\nexport const f = (err) => Number(err.errorCode) === -96;`, (at) => ({
      filename: "file.js",
      output: `${IMPORT}\nexport const f = (err) => Number(err.errorCode) === CosErrorCode.SIGNATURE_EXPIRED;`,
      errors: [at("-96", -96)],
    })),
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          const { code } = err;
          if (code === -96) return "resign";
          const { errorCode: c } = err;
          return c === -97 ? "fail" : null;
        }
      `,
      (at) => ({
        filename: "file.js",
        output: [
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            ${IMPORT}
            export function onError(err) {
              const { code } = err;
              if (code === CosErrorCode.SIGNATURE_EXPIRED) return "resign";
              const { errorCode: c } = err;
              return c === -97 ? "fail" : null;
            }
          `,
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            ${IMPORT}
            export function onError(err) {
              const { code } = err;
              if (code === CosErrorCode.SIGNATURE_EXPIRED) return "resign";
              const { errorCode: c } = err;
              return c === CosErrorCode.SIGNATURE_INVALID ? "fail" : null;
            }
          `,
        ],
        errors: [at("-96", -96), at("-97", -97)],
      }),
    ),

    // ---------------------------------------------------------------------------------------------
    // Options
    invalid(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const isExpired = (err) => err.code === -96;
      `,
      (at) => ({
        filename: "file.js",
        options: [{ fix: "suggestion" }],
        output: null,
        errors: [
          at("-96", -96, {
            suggestions: [
              replaceWithConstant(
                -96,
                dedent`
                  import COS from "cos-nodejs-sdk-v5";
                  ${IMPORT}
                  export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
                `,
              ),
            ],
          }),
        ],
      }),
    ),
    // `fix: 'suggestion'` with the import already there: still only a suggestion.
    invalid(`${IMPORT}\nexport const isExpired = (err) => err.code === -96;`, (at) => ({
      filename: "file.js",
      options: [{ fix: "suggestion" }],
      output: null,
      errors: [
        at("-96", -96, {
          suggestions: [
            replaceWithConstant(
              -96,
              `${IMPORT}\nexport const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;`,
            ),
          ],
        }),
      ],
    })),
    invalid('import COS from "cos-nodejs-sdk-v5";\nexport const isExpired = (err) => err.code === -96;', (at) => ({
      filename: "file.js",
      options: [{ fix: "autofix" }],
      output: `import COS from "cos-nodejs-sdk-v5";\n${IMPORT}\nexport const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;`,
      errors: [at("-96", -96)],
    })),
    invalid('import COS from "cos-nodejs-sdk-v5";\nexport const isExpired = (err) => err.code === -96;', (at) => ({
      filename: "file.js",
      options: [{ constantsModule: "@app/cos-codes", constantsName: "Codes" }],
      output:
        'import COS from "cos-nodejs-sdk-v5";\nimport { Codes } from "@app/cos-codes";\nexport const isExpired = (err) => err.code === Codes.SIGNATURE_EXPIRED;',
      errors: [at("-96", -96, { object: "Codes" })],
    })),
    // The same from the shared settings.
    invalid('import COS from "cos-nodejs-sdk-v5";\nexport const isExpired = (err) => err.code === -96;', (at) => ({
      filename: "file.js",
      settings: { "cos-errors": { constantsModule: "@app/cos-codes", constantsName: "Codes" } },
      output:
        'import COS from "cos-nodejs-sdk-v5";\nimport { Codes } from "@app/cos-codes";\nexport const isExpired = (err) => err.code === Codes.SIGNATURE_EXPIRED;',
      errors: [at("-96", -96, { object: "Codes" })],
    })),
    // Options win over settings.
    invalid('import COS from "cos-nodejs-sdk-v5";\nexport const isExpired = (err) => err.code === -96;', (at) => ({
      filename: "file.js",
      settings: { "cos-errors": { constantsModule: "@other/codes", constantsName: "Other" } },
      options: [{ constantsModule: "@app/cos-codes", constantsName: "Codes" }],
      output:
        'import COS from "cos-nodejs-sdk-v5";\nimport { Codes } from "@app/cos-codes";\nexport const isExpired = (err) => err.code === Codes.SIGNATURE_EXPIRED;',
      errors: [at("-96", -96, { object: "Codes" })],
    })),
    // An existing import of the configured constants is reused.
    invalid(
      'import { Codes } from "@app/cos-codes";\nexport const isExpired = (cos, err) => err.code === -96;',
      (at) => ({
        filename: "file.js",
        options: [{ constantsModule: "@app/cos-codes", constantsName: "Codes" }],
        output:
          'import { Codes } from "@app/cos-codes";\nexport const isExpired = (cos, err) => err.code === Codes.SIGNATURE_EXPIRED;',
        errors: [at("-96", -96, { object: "Codes" })],
      }),
    ),
    invalid('import COS from "cos-nodejs-sdk-v5";\nexport const isNetwork = (err) => err.code === -2;', (at) => ({
      filename: "file.js",
      options: [{ sdkCodes: true }],
      output: `import COS from "cos-nodejs-sdk-v5";\n${IMPORT}\nexport const isNetwork = (err) => err.code === CosErrorCode.SDK_NETWORK_ERROR;`,
      errors: [at("-2", -2)],
    })),
    // A known positive code.
    invalid('import COS from "cos-nodejs-sdk-v5";\nexport const isInternal = (err) => err.code === 100;', (at) => ({
      filename: "file.js",
      output: `import COS from "cos-nodejs-sdk-v5";\n${IMPORT}\nexport const isInternal = (err) => err.code === CosErrorCode.INTERNAL_ERROR_POSITIVE_100;`,
      errors: [at("100", 100)],
    })),
    // Only the named codes of a mixed comparison chain are reported.
    invalid(
      `${IMPORT}\nexport const f = (err) => err.code === -4017 || err.code === -2 || err.code === -96 || err.status === -97;`,
      (at) => ({
        filename: "file.js",
        output: `${IMPORT}\nexport const f = (err) => err.code === -4017 || err.code === -2 || err.code === CosErrorCode.SIGNATURE_EXPIRED || err.status === -97;`,
        errors: [at("-96", -96)],
      }),
    ),

    // ---------------------------------------------------------------------------------------------
    // TypeScript and TSX
    invalid(
      dedent`
        export function isExpired(cosError: { code: number }): boolean {
          return cosError.code === -96;
        }
      `,
      (at) => ({
        output: dedent`
          ${IMPORT}
          export function isExpired(cosError: { code: number }): boolean {
            return cosError.code === CosErrorCode.SIGNATURE_EXPIRED;
          }
        `,
        errors: [at("-96", -96)],
      }),
    ),
    invalid(
      dedent`
        import type COS from "cos-nodejs-sdk-v5";
        export function isExpired(err: COS.CosError): boolean {
          return (err.code as number) === -96;
        }
      `,
      (at) => ({
        output: dedent`
          import type COS from "cos-nodejs-sdk-v5";
          ${IMPORT}
          export function isExpired(err: COS.CosError): boolean {
            return (err.code as number) === CosErrorCode.SIGNATURE_EXPIRED;
          }
        `,
        errors: [at("-96", -96)],
      }),
    ),
    invalid(
      dedent`
        import type { ReactNode } from "react";
        export function Banner({ cosError }: { cosError: { code: number } }): ReactNode {
          return cosError.code === -96 ? <p>Signature expired</p> : null;
        }
      `,
      (at) => ({
        filename: "file.tsx",
        languageOptions: JSX,
        output: dedent`
          import type { ReactNode } from "react";
          ${IMPORT}
          export function Banner({ cosError }: { cosError: { code: number } }): ReactNode {
            return cosError.code === CosErrorCode.SIGNATURE_EXPIRED ? <p>Signature expired</p> : null;
          }
        `,
        errors: [at("-96", -96)],
      }),
    ),
    // A directive in an ES module: the import goes after it.
    invalid(
      dedent`
        'use client';
        export const Banner = ({ cosError }: { cosError: { code: number } }) =>
          cosError.code === -96 ? <p>expired</p> : <p>{cosError.code}</p>;
      `,
      (at) => ({
        filename: "file.tsx",
        languageOptions: JSX,
        output: dedent`
          'use client';
          ${IMPORT}
          export const Banner = ({ cosError }: { cosError: { code: number } }) =>
            cosError.code === CosErrorCode.SIGNATURE_EXPIRED ? <p>expired</p> : <p>{cosError.code}</p>;
        `,
        errors: [at("-96", -96)],
      }),
    ),
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
    expect(typeErrors(`${IMPORT}\nexport const ok: -96 = CosErrorCode.SIGNATURE_EXPIRED;`)).toEqual([]);
    expect(typeErrors(`${IMPORT}\nexport const x: string = CosErrorCode.SIGNATURE_EXPIRED;`)).toEqual([
      "__prefer-named-code-fixed__.ts: Type 'number' is not assignable to type 'string'.",
    ]);
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
      ${IMPORT}
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
  it.each([
    [
      "an includes array",
      "export const isRetryable = (cosError: { code: number }) => [-71, -5963].includes(cosError.code);",
    ],
    ["a Set's has", "export const isFatal = (cosError: { code: number }) => new Set([-96, -97]).has(cosError.code);"],
    [
      "a const array",
      "const FATAL = [-96, -97];\nexport const isFatal = (cosError: { code: number }) => FATAL.includes(cosError.code);",
    ],
    [
      "a loose comparison with a numeric string",
      "export const isExpired = (cosError: { code: string }) => cosError.code == '-96';",
    ],
  ])("%s: what --fix writes type-checks", (_shape, source) => {
    expect(typeErrors(source)).toEqual([]);
    const result = lintTs(source);
    expect(result.messages.map((m) => m.ruleId)).not.toContain(null); // no parsing error after fixing
    expect(typeErrors(result.output)).toEqual([]);
  });
});

// -------------------------------------------------------------------------------------------------
// Options schema

describe("prefer-named-code options", () => {
  const source = 'import COS from "cos-nodejs-sdk-v5";\nexport const isExpired = (err) => err.code === -96;';
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
      messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.message, m.fix, m.suggestions?.length]),
    ).toEqual([
      [
        "cos-errors/prefer-named-code",
        "preferNamedCode",
        2,
        48,
        "Use `Codes.SIGNATURE_EXPIRED` (Signature expired) instead of the magic number `-96`.",
        undefined,
        1,
      ],
    ]);
  });

  // ESLint's rule-option validator prints the rule and the rejected value, not the option's path.
  it("rejects an unknown fix mode through ESLint's schema check, naming the rule and the value", () => {
    expect(thrown({ fix: "always" })).toBe(
      'Key "rules": Key "cos-errors/prefer-named-code":\n\tValue "always" should be equal to one of the allowed values.\n',
    );
  });

  it("rejects an unknown key, naming it", () => {
    expect(() => lint({ nope: true })).toThrow(/cos-errors\/prefer-named-code[\s\S]*"nope"/u);
  });

  it("rejects a constantsName that is not an identifier, or a reserved word, naming the option", () => {
    const prefix = 'eslint-plugin-cos-errors: rule "cos-errors/prefer-named-code" option';
    expect(thrown({ constantsName: "not valid" })).toBe(
      `Error while loading rule 'cos-errors/prefer-named-code': ${prefix} constantsName: expected a JavaScript identifier, got "not valid"\nOccurred while linting file.js`,
    );
    for (const word of ["enum", "await", "yield", "let", "static", "implements", "eval", "null"]) {
      expect(thrown({ constantsName: word })).toBe(
        `Error while loading rule 'cos-errors/prefer-named-code': ${prefix} constantsName: expected a name that can be bound, got the reserved word "${word}"\nOccurred while linting file.js`,
      );
    }
    expect(thrown({ constantsModule: "" })).toBe(
      `Error while loading rule 'cos-errors/prefer-named-code': ${prefix} constantsModule: expected a non-empty module name, got ""\nOccurred while linting file.js`,
    );
    expect(thrown({ constantsModule: "  " })).toBe(
      `Error while loading rule 'cos-errors/prefer-named-code': ${prefix} constantsModule: expected a non-empty module name, got "  "\nOccurred while linting file.js`,
    );
  });

  it("accepts a Unicode identifier as constantsName", () => {
    expect(lint({ constantsName: "Códigos" }).map((m) => m.message)).toEqual([
      "Use `Códigos.SIGNATURE_EXPIRED` (Signature expired) instead of the magic number `-96`.",
    ]);
  });
});
