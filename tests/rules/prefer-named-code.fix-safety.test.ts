// prefer-named-code's fixes never break code (issue "`--fix` never breaks code"): no glued tokens, no
// require read in its temporal dead zone, the right module kind, comments kept on their statements, the
// file's line breaks, string literals only suggested, validated names and escaped module strings.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { InvalidTestCase, SuggestionOutput, TestCaseError } from "@typescript-eslint/rule-tester";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/prefer-named-code.js";
import { dedent, ruleTester, thrownMessage } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];
type Case = InvalidTestCase<MessageIds, Options>;

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fix/fixtures");
const ASSUME_COS = { "cos-errors": { assumeCos: true } };
const IMPORT = 'import { CosErrorCode } from "cos-error-codes";';
const IMPORT_SQ = "import { CosErrorCode } from 'cos-error-codes';";
const REQUIRE = 'const { CosErrorCode } = require("cos-error-codes");';
const REQUIRE_SQ = "const { CosErrorCode } = require('cos-error-codes');";

/** A report at `line`:`column`, with exactly these suggestions. */
const at = (
  line: number,
  column: number,
  suggestions: SuggestionOutput<MessageIds>[] = [],
): TestCaseError<MessageIds> => ({
  messageId: "preferNamedCode",
  line,
  column,
  suggestions,
});
const replaceWith = (constant: string, code: number, output: string): SuggestionOutput<MessageIds> => ({
  messageId: "replaceWithConstant",
  data: { code, constant },
  output,
});

const crlf = (text: string): string => text.replace(/\n/gu, "\r\n");

const glued: Case[] = [
  // Minified code: a keyword right before the number.
  {
    filename: "min.js",
    settings: ASSUME_COS,
    code: "switch(e.code){case-96:break}",
    output: `${IMPORT}\nswitch(e.code){case CosErrorCode.SIGNATURE_EXPIRED:break}`,
    errors: [at(1, 20)],
  },
  {
    filename: "min.js",
    settings: ASSUME_COS,
    code: "function f(e){return-96===e.code}",
    output: `${IMPORT}\nfunction f(e){return CosErrorCode.SIGNATURE_EXPIRED===e.code}`,
    errors: [at(1, 21)],
  },
  // Every site of a minified file, over two passes: none glued.
  {
    filename: "min.js",
    settings: ASSUME_COS,
    code: "function f(e){switch(e.code){case-96:case-97:return 1}return-55===e.code||typeof-133===e.code}",
    output: [
      `${IMPORT}\nfunction f(e){switch(e.code){case CosErrorCode.SIGNATURE_EXPIRED:case-97:return 1}return-55===e.code||typeof-133===e.code}`,
      `${IMPORT}\nfunction f(e){switch(e.code){case CosErrorCode.SIGNATURE_EXPIRED:case CosErrorCode.SIGNATURE_INVALID:return 1}return CosErrorCode.ACCESS_DENIED===e.code||typeof-133===e.code}`,
    ],
    errors: [at(1, 34), at(1, 42), at(1, 61)],
  },
  // The suggestions too: `Number(…)`, `String(…)` after a keyword.
  {
    filename: "min.js",
    settings: ASSUME_COS,
    code: 'function f(e){return"-96"===e.code}',
    output: null,
    errors: [
      at(1, 21, [
        {
          messageId: "compareAsNumber",
          data: { expression: "e.code", operator: "===", constant: "CosErrorCode.SIGNATURE_EXPIRED" },
          output: `${IMPORT}\nfunction f(e){return CosErrorCode.SIGNATURE_EXPIRED===Number(e.code)}`,
        },
      ]),
    ],
  },
  {
    filename: "min.js",
    settings: ASSUME_COS,
    code: 'function f(e){switch(e.code){case"-96":return 1}}',
    output: null,
    errors: [
      at(1, 34, [
        {
          messageId: "keepStringComparison",
          data: { code: -96, constant: "CosErrorCode.SIGNATURE_EXPIRED" },
          output: `${IMPORT}\nfunction f(e){switch(e.code){case String(CosErrorCode.SIGNATURE_EXPIRED):return 1}}`,
        },
      ]),
    ],
  },
  // `-96 as const` replaced whole after `case`.
  {
    filename: "min.ts",
    settings: ASSUME_COS,
    code: "export function f(e:{code:number}){switch(e.code){case-96 as const:return 1}}",
    output: `${IMPORT}\nexport function f(e:{code:number}){switch(e.code){case CosErrorCode.SIGNATURE_EXPIRED:return 1}}`,
    errors: [at(1, 55)],
  },
];

const deadZone: Case[] = [
  // A const initialised above a later require: the require goes after the leading requires.
  {
    filename: "upload.cjs",
    code: dedent`
      'use strict';
      const COS = require('cos-nodejs-sdk-v5');
      const EXPIRED = -96;
      const path = require('node:path');
      module.exports = (err) => err.code === EXPIRED && path.sep === '/';
    `,
    output: dedent`
      'use strict';
      const COS = require('cos-nodejs-sdk-v5');
      ${REQUIRE_SQ}
      const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
      const path = require('node:path');
      module.exports = (err) => err.code === EXPIRED && path.sep === '/';
    `,
    errors: [at(3, 17)],
  },
  // A top-level call of a function that reads the constant, above the last require.
  {
    filename: "upload.cjs",
    code: dedent`
      const COS = require("cos-nodejs-sdk-v5");
      function isExpired(err) {
        return err.code === -96;
      }
      isExpired(globalThis.lastCosError ?? {});
      const path = require("node:path");
      module.exports = { isExpired, sep: path.sep };
    `,
    output: dedent`
      const COS = require("cos-nodejs-sdk-v5");
      ${REQUIRE}
      function isExpired(err) {
        return err.code === CosErrorCode.SIGNATURE_EXPIRED;
      }
      isExpired(globalThis.lastCosError ?? {});
      const path = require("node:path");
      module.exports = { isExpired, sep: path.sep };
    `,
    errors: [at(3, 23)],
  },
  // Code before the first require: the require goes above it, after the directive.
  {
    filename: "upload.cjs",
    code: dedent`
      'use strict';
      const EXPIRED = -96;
      const COS = require('cos-nodejs-sdk-v5');
      module.exports = (err) => err.code === EXPIRED;
    `,
    output: dedent`
      'use strict';
      ${REQUIRE_SQ}
      const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
      const COS = require('cos-nodejs-sdk-v5');
      module.exports = (err) => err.code === EXPIRED;
    `,
    errors: [at(2, 17)],
  },
  // A require whose result is called with a hoisted function of the file runs that function first.
  {
    filename: "upload.cjs",
    code: dedent`
      const COS = require("cos-nodejs-sdk-v5");
      const log = require("debug")(channel());
      function channel() {
        return lastError.code === -96 ? "cos:expired" : "cos";
      }
      module.exports = { COS, log };
    `,
    output: dedent`
      const COS = require("cos-nodejs-sdk-v5");
      ${REQUIRE}
      const log = require("debug")(channel());
      function channel() {
        return lastError.code === CosErrorCode.SIGNATURE_EXPIRED ? "cos:expired" : "cos";
      }
      module.exports = { COS, log };
    `,
    errors: [at(4, 29)],
  },
  // A destructuring require of the module declared after code: not extended; a new require goes early.
  {
    filename: "upload.cjs",
    code: dedent`
      const COS = require('cos-nodejs-sdk-v5');
      const EXPIRED = -96;
      const { isRetryableCosError } = require('cos-error-codes');
      module.exports = (err) => err.code === EXPIRED || isRetryableCosError(err);
    `,
    output: dedent`
      const COS = require('cos-nodejs-sdk-v5');
      ${REQUIRE_SQ}
      const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
      const { isRetryableCosError } = require('cos-error-codes');
      module.exports = (err) => err.code === EXPIRED || isRetryableCosError(err);
    `,
    errors: [at(2, 17)],
  },
  // The constants already required, but after code that may read them: a suggestion only.
  {
    filename: "upload.cjs",
    code: dedent`
      const COS = require('cos-nodejs-sdk-v5');
      const EXPIRED = -96;
      const { CosErrorCode } = require('cos-error-codes');
      module.exports = (err) => err.code === EXPIRED;
    `,
    output: null,
    errors: [
      at(2, 17, [
        replaceWith(
          "CosErrorCode.SIGNATURE_EXPIRED",
          -96,
          dedent`
            const COS = require('cos-nodejs-sdk-v5');
            const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
            const { CosErrorCode } = require('cos-error-codes');
            module.exports = (err) => err.code === EXPIRED;
          `,
        ),
      ]),
    ],
  },
  // ES imports are hoisted: after the last import, wherever the code is.
  {
    filename: "upload.mjs",
    code: dedent`
      import COS from "cos-nodejs-sdk-v5";
      const EXPIRED = -96;
      import path from "node:path";
      export const isExpired = (err) => err.code === EXPIRED && path.sep === "/";
    `,
    output: dedent`
      import COS from "cos-nodejs-sdk-v5";
      const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
      import path from "node:path";
      ${IMPORT}
      export const isExpired = (err) => err.code === EXPIRED && path.sep === "/";
    `,
    errors: [at(2, 17)],
  },
];

const CJS_MENTIONS = dedent`
  const cos = globalThis.COS;
  if (typeof module !== "undefined" && module.exports) module.exports = isExpired;
  export function isExpired(err) {
    return err.code === -96;
  }
`;
const CJS_MENTIONS_FIXED = dedent`
  ${IMPORT}
  const cos = globalThis.COS;
  if (typeof module !== "undefined" && module.exports) module.exports = isExpired;
  export function isExpired(err) {
    return err.code === CosErrorCode.SIGNATURE_EXPIRED;
  }
`;
const PLAIN = dedent`
  const cos = globalThis.COS;
  function isExpired(err) {
    return err.code === -96;
  }
`;
const PLAIN_IMPORT = `${IMPORT}\n${PLAIN.replace("-96", "CosErrorCode.SIGNATURE_EXPIRED")}`;
const PLAIN_REQUIRE = `${REQUIRE}\n${PLAIN.replace("-96", "CosErrorCode.SIGNATURE_EXPIRED")}`;
const REQUIRING = dedent`
  const COS = require("cos-nodejs-sdk-v5");
  function isExpired(err) {
    return err.code === -96;
  }
`;
const REQUIRING_FIXED = dedent`
  const COS = require("cos-nodejs-sdk-v5");
  ${REQUIRE}
  function isExpired(err) {
    return err.code === CosErrorCode.SIGNATURE_EXPIRED;
  }
`;
const fixture = (dir: string, file: string): string => path.join(FIXTURES, dir, file);

const moduleKind: Case[] = [
  // ES module syntax wins over mentions of `module`, `exports`, `require`.
  { filename: "umd.js", code: CJS_MENTIONS, output: CJS_MENTIONS_FIXED, errors: [at(4, 23)] },
  { filename: "umd.cjs.mjs", code: CJS_MENTIONS, output: CJS_MENTIONS_FIXED, errors: [at(4, 23)] },
  // Top-level await makes a module.
  {
    filename: "main.js",
    code: dedent`
      const cos = await import("cos-nodejs-sdk-v5");
      if (typeof require === "function") require("source-map-support").install();
      export default (err) => err.code === -96;
    `.replace("export default", "globalThis.isExpired ="),
    output: dedent`
      ${IMPORT}
      const cos = await import("cos-nodejs-sdk-v5");
      if (typeof require === "function") require("source-map-support").install();
      globalThis.isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `,
    errors: [at(3, 46)],
  },
  // The extension decides first.
  {
    filename: "a.mjs",
    code: REQUIRING,
    output: `${IMPORT}\n${REQUIRING.replace("-96", "CosErrorCode.SIGNATURE_EXPIRED")}`,
    errors: [at(3, 23)],
  },
  {
    filename: "a.mts",
    code: REQUIRING,
    output: `${IMPORT}\n${REQUIRING.replace("-96", "CosErrorCode.SIGNATURE_EXPIRED")}`,
    errors: [at(3, 23)],
  },
  { filename: "a.cjs", code: PLAIN, output: PLAIN_REQUIRE, errors: [at(3, 23)] },
  { filename: "a.cts", code: PLAIN, output: PLAIN_REQUIRE, errors: [at(3, 23)] },
  // The nearest package.json: "type": "module" gives an import even to a file that requires.
  {
    filename: fixture("type-module", "a.js"),
    code: REQUIRING,
    output: `${IMPORT}\n${REQUIRING.replace("-96", "CosErrorCode.SIGNATURE_EXPIRED")}`,
    errors: [at(3, 23)],
  },
  { filename: fixture("type-module", "src/deep/a.js"), code: PLAIN, output: PLAIN_IMPORT, errors: [at(3, 23)] },
  // "type": "commonjs": a require, though the parser saw a module.
  { filename: fixture("type-commonjs", "a.js"), code: PLAIN, output: PLAIN_REQUIRE, errors: [at(3, 23)] },
  // No "type": Node's rule, CommonJS for a JavaScript file, though the parser saw a module.
  { filename: fixture("untyped", "a.js"), code: REQUIRING, output: REQUIRING_FIXED, errors: [at(3, 23)] },
  { filename: fixture("untyped", "a.js"), code: PLAIN, output: PLAIN_REQUIRE, errors: [at(3, 23)] },
  { filename: fixture("untyped", "src/a.jsx"), code: PLAIN, output: PLAIN_REQUIRE, errors: [at(3, 23)] },
  // …but a TypeScript file goes on: a require when it requires, else as the parser saw it (a module here).
  { filename: fixture("untyped", "a.ts"), code: PLAIN, output: PLAIN_IMPORT, errors: [at(3, 23)] },
  // AMD / SeaJS with a `require` parameter: the require goes inside the factory, after its leading requires.
  {
    filename: "widget.js",
    code: dedent`
      define(function (require, exports, module) {
        'use strict';
        var COS = require('cos-js-sdk-v5');
        module.exports = function (err) { return err.code === -96 || err.code === -97; };
      });
    `,
    output: [
      dedent`
        define(function (require, exports, module) {
          'use strict';
          var COS = require('cos-js-sdk-v5');
          ${REQUIRE_SQ}
          module.exports = function (err) { return err.code === CosErrorCode.SIGNATURE_EXPIRED || err.code === -97; };
        });
      `,
      dedent`
        define(function (require, exports, module) {
          'use strict';
          var COS = require('cos-js-sdk-v5');
          ${REQUIRE_SQ}
          module.exports = function (err) { return err.code === CosErrorCode.SIGNATURE_EXPIRED || err.code === CosErrorCode.SIGNATURE_INVALID; };
        });
      `,
    ],
    errors: [at(4, 57), at(4, 77)],
  },
  // …above the comments of its first statement.
  {
    filename: "widget.js",
    settings: ASSUME_COS,
    code: dedent`
      define(function (require) {
        // cos-errors: the SDK is global here
        return function (err) { return err.code === -96; };
      });
    `,
    output: dedent`
      define(function (require) {
        ${REQUIRE}
        // cos-errors: the SDK is global here
        return function (err) { return err.code === CosErrorCode.SIGNATURE_EXPIRED; };
      });
    `,
    errors: [at(3, 47)],
  },
  // An AMD factory without `require`: nothing can be added; reported only.
  {
    filename: "widget.js",
    code: dedent`
      define(['cos-js-sdk-v5'], function (COS) {
        return function (err) { return err.code === -96; };
      });
    `,
    output: null,
    errors: [at(2, 47)],
  },
];

const comments: Case[] = [
  // (An \`eslint-disable-next-line\` directive: see the Linter test below, with the rule it disables.)
  {
    filename: "a.js",
    code: dedent`
      // prettier-ignore
      var cos = globalThis.COS;
      export const isExpired = (err) => err.code === -96;
    `,
    output: dedent`
      ${IMPORT}
      // prettier-ignore
      var cos = globalThis.COS;
      export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `,
    errors: [at(3, 48)],
  },
  {
    filename: "a.ts",
    code: dedent`
      /*! Copyright (c) 2024 Example Corp. */
      // @ts-expect-error the SDK has no types
      import COS from "cos-nodejs-sdk-v5";
      export const isExpired = (err: { code: number }) => err.code === -96;
    `,
    output: dedent`
      /*! Copyright (c) 2024 Example Corp. */
      // @ts-expect-error the SDK has no types
      import COS from "cos-nodejs-sdk-v5";
      ${IMPORT}
      export const isExpired = (err: { code: number }) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `,
    errors: [at(4, 66)],
  },
  {
    filename: "a.ts",
    code: dedent`
      // @ts-check
      /*!
       * Copyright (c) 2024 Example Corp.
       */

      // @ts-ignore the global is declared elsewhere
      /** The client. */
      const cos = COS;
      export const isExpired = (err: { code: number }) => err.code === -96;
    `,
    output: dedent`
      // @ts-check
      /*!
       * Copyright (c) 2024 Example Corp.
       */

      ${IMPORT}
      // @ts-ignore the global is declared elsewhere
      /** The client. */
      const cos = COS;
      export const isExpired = (err: { code: number }) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `,
    errors: [at(9, 66)],
  },
  // A trailing comment stays on its line: after the last import, after a directive, after a require.
  {
    filename: "a.js",
    code: dedent`
      import COS from 'cos-nodejs-sdk-v5'; // the SDK
      export const isExpired = (err) => err.code === -96;
    `,
    output: dedent`
      import COS from 'cos-nodejs-sdk-v5'; // the SDK
      ${IMPORT_SQ}
      export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `,
    errors: [at(2, 48)],
  },
  {
    filename: "a.cjs",
    code: dedent`
      'use strict'; /* strict */ // mode
      module.exports = (cos, err) => err.code === -96;
    `,
    output: dedent`
      'use strict'; /* strict */ // mode
      ${REQUIRE}
      module.exports = (cos, err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `,
    errors: [at(2, 45)],
  },
  {
    filename: "a.cjs",
    code: dedent`
      const COS = require("cos-nodejs-sdk-v5"); // v5
      module.exports = (err) => err.code === -96;
    `,
    output: dedent`
      const COS = require("cos-nodejs-sdk-v5"); // v5
      ${REQUIRE}
      module.exports = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `,
    errors: [at(2, 40)],
  },
];

const lineBreaks: Case[] = [
  {
    filename: "a.js",
    code: crlf(dedent`
      import COS from "cos-nodejs-sdk-v5";
      export const f = (err) => err.code === -96 || err.code === -97;
    `),
    output: [
      crlf(dedent`
        import COS from "cos-nodejs-sdk-v5";
        ${IMPORT}
        export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED || err.code === -97;
      `),
      crlf(dedent`
        import COS from "cos-nodejs-sdk-v5";
        ${IMPORT}
        export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED || err.code === CosErrorCode.SIGNATURE_INVALID;
      `),
    ],
    errors: [at(2, 40), at(2, 60)],
  },
  {
    filename: "a.cjs",
    code: crlf(dedent`
      #!/usr/bin/env node
      // Copyright (c) 2024 Example Corp.
      module.exports = (cos, err) => err.code === -96;
    `),
    output: crlf(dedent`
      #!/usr/bin/env node
      // Copyright (c) 2024 Example Corp.
      ${REQUIRE}
      module.exports = (cos, err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `),
    errors: [at(3, 45)],
  },
  {
    filename: "a.cjs",
    code: crlf(dedent`
      'use strict';
      const COS = require('cos-nodejs-sdk-v5');
      module.exports = (err) => err.code === -96;
    `),
    output: crlf(dedent`
      'use strict';
      const COS = require('cos-nodejs-sdk-v5');
      ${REQUIRE_SQ}
      module.exports = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `),
    errors: [at(3, 40)],
  },
];

const strings: Case[] = [
  // Not the canonical spelling: `'-096' == -96` holds, `'-96' == '-096'` does not.
  {
    filename: "a.js",
    code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code == "-096";',
    output: null,
    errors: [
      at(2, 39, [
        replaceWith(
          "CosErrorCode.SIGNATURE_EXPIRED",
          -96,
          `import COS from "cos-nodejs-sdk-v5";\n${IMPORT}\nexport const f = (err) => err.code == CosErrorCode.SIGNATURE_EXPIRED;`,
        ),
      ]),
    ],
  },
  // The canonical spelling: still a suggestion (`'-96.0' == '-96'` is false, `'-96.0' == -96` true).
  {
    filename: "a.js",
    code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code != `-96`;',
    output: null,
    errors: [
      at(2, 39, [
        replaceWith(
          "CosErrorCode.SIGNATURE_EXPIRED",
          -96,
          `import COS from "cos-nodejs-sdk-v5";\n${IMPORT}\nexport const f = (err) => err.code != CosErrorCode.SIGNATURE_EXPIRED;`,
        ),
      ]),
    ],
  },
];

const moduleStrings: Case[] = [
  // The module string is escaped in the file's quote style.
  {
    filename: "a.js",
    options: [{ constantsModule: "@acme/it's\\codes\n\u2028" }],
    code: "import COS from 'cos-nodejs-sdk-v5';\nexport const f = (err) => err.code === -96;",
    output: String.raw`import COS from 'cos-nodejs-sdk-v5';
import { CosErrorCode } from '@acme/it\'s\\codes\n\u2028';
export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;`,
    errors: [at(2, 40)],
  },
  {
    filename: "a.cjs",
    options: [{ constantsModule: '@acme/"codes"' }],
    code: 'const COS = require("cos-nodejs-sdk-v5");\nmodule.exports = (err) => err.code === -96;',
    output: String.raw`const COS = require("cos-nodejs-sdk-v5");
const { CosErrorCode } = require("@acme/\"codes\"");
module.exports = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;`,
    errors: [at(2, 40)],
  },
];

ruleTester.run<MessageIds, Options>("prefer-named-code: fixes never break code", rule, {
  valid: [
    // The escaped module string is recognised again: nothing left to fix.
    {
      filename: "a.js",
      options: [{ constantsModule: "@acme/it's\\codes\n\u2028" }],
      code: String.raw`import { CosErrorCode } from '@acme/it\'s\\codes\n\u2028';
export const f = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;`,
    },
  ],
  invalid: [...glued, ...deadZone, ...moduleKind, ...comments, ...lineBreaks, ...strings, ...moduleStrings],
});

describe("prefer-named-code: an eslint-disable-next-line directive stays on its statement", () => {
  it("no unused directive and no new error after --fix", () => {
    const source = dedent`
      // eslint-disable-next-line no-var
      var cos = globalThis.COS;
      export const isExpired = (err) => err.code === -96;
    `;
    const config: Linter.Config[] = [
      {
        plugins: { "cos-errors": plugin },
        linterOptions: { reportUnusedDisableDirectives: "error" },
        rules: { "cos-errors/prefer-named-code": "error", "no-var": "error" },
      },
    ];
    const result = new Linter().verifyAndFix(source, config, "a.js");
    expect(result.output).toBe(dedent`
      ${IMPORT}
      // eslint-disable-next-line no-var
      var cos = globalThis.COS;
      export const isExpired = (err) => err.code === CosErrorCode.SIGNATURE_EXPIRED;
    `);
    expect(result.messages).toEqual([]);
  });
});

describe("prefer-named-code: constantsName and constantsModule are checked", () => {
  const lint = (settings: Record<string, unknown>): string =>
    thrownMessage(
      () =>
        new Linter().verify(
          "export const f = (err) => err.code === -96;",
          [
            {
              plugins: { "cos-errors": plugin },
              settings: { "cos-errors": settings },
              rules: { "cos-errors/prefer-named-code": "warn" },
            },
          ],
          "a.js",
        ),
      JSON.stringify(settings),
    );

  it.each(["enum", "await", "yield", "let", "static", "implements", "interface", "package", "arguments", "class"])(
    "settings constantsName %s: a reserved word",
    (word) => {
      expect(lint({ constantsName: word })).toContain(
        `eslint-plugin-cos-errors: settings['cos-errors'].constantsName: expected a name that can be bound, got the reserved word "${word}"`,
      );
    },
  );

  it.each(["2fast", "a-b", "a.b", "C\u0301x y", "", "$ "])("settings constantsName %j: not an identifier", (name) => {
    expect(lint({ constantsName: name })).toContain(`eslint-plugin-cos-errors: settings['cos-errors'].constantsName: `);
  });

  it("settings constantsModule of white space only", () => {
    expect(lint({ constantsModule: " \t" })).toContain(
      `eslint-plugin-cos-errors: settings['cos-errors'].constantsModule: expected a non-empty module name, got " \\t"`,
    );
  });
});
