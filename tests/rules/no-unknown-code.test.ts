import { type InvalidTestCase, type TestCaseError } from "@typescript-eslint/rule-tester";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/no-unknown-code.js";
import { dedent, ruleTester, thrownMessage } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];
type Invalid = InvalidTestCase<MessageIds, Options>;

// ---------------------------------------------------------------------------------------------------
// Catalogue entries the reports name, copied from docs/codes.md.

interface Known {
  readonly code: number;
  readonly name: string;
  readonly en: readonly string[];
}

const FILE_ALREADY_UPLOADED: Known = {
  code: -4018,
  name: "FILE_ALREADY_UPLOADED",
  en: ["File already exists and its upload is complete"],
};
const UPLOAD_SHA_MISMATCH: Known = {
  code: -4016,
  name: "UPLOAD_SHA_MISMATCH",
  en: ["SHA of uploaded data does not match the SHA given in the request"],
};
const UPLOAD_RESUMABLE: Known = {
  code: -4019,
  name: "UPLOAD_RESUMABLE",
  en: ["An unfinished upload of the same file (same SHA) exists; it can be resumed"],
};
const INVALID_PARAMETER: Known = { code: -5999, name: "INVALID_PARAMETER", en: ["Invalid request parameter"] };
const INTERNAL_ERROR_5997: Known = {
  code: -5997,
  name: "INTERNAL_ERROR_5997",
  en: ["Internal error; contact Tencent Cloud support"],
};
const INVALID_HTTP_METHOD: Known = {
  code: -5996,
  name: "INVALID_HTTP_METHOD",
  en: ["Wrong or missing HTTP request method"],
};
const INVALID_URL_PATH: Known = {
  code: -5994,
  name: "INVALID_URL_PATH",
  en: ["URL path does not conform to the specification"],
};
const INVALID_FORMDATA_BODY: Known = {
  code: -5993,
  name: "INVALID_FORMDATA_BODY",
  en: ["Malformed multipart/form-data body"],
};
const CONTENT_MD5_MISMATCH: Known = {
  code: -5961,
  name: "CONTENT_MD5_MISMATCH",
  en: ["Request body does not match its Content-MD5"],
};
const INVALID_XML: Known = { code: -5962, name: "INVALID_XML", en: ["XML parsing failed: request XML is malformed"] };
const READ_DATA_TIMEOUT: Known = {
  code: -5963,
  name: "READ_DATA_TIMEOUT",
  en: ["Timed out reading request data; network too slow or upload concurrency too high"],
};
const UNKNOWN_OP: Known = { code: -5964, name: "UNKNOWN_OP", en: ["Unknown op value: no such operation"] };
const SLICE_INIT_BAD_SLICE_PARAMS: Known = {
  code: -5965,
  name: "SLICE_INIT_BAD_SLICE_PARAMS",
  en: [
    "Multipart (slice) upload init did not give slice_size",
    "Multipart (slice) upload init has an invalid uploadparts parameter",
  ],
};
const UPLOAD_ID_NOT_FOUND: Known = { code: -120, name: "UPLOAD_ID_NOT_FOUND", en: ["Upload ID does not exist"] };
const INTERNAL_ERROR_POSITIVE_100: Known = {
  code: 100,
  name: "INTERNAL_ERROR_POSITIVE_100",
  en: ["Internal error; contact Tencent Cloud support"],
};

/** The nearest known codes of -4017 (one digit away), by distance, then catalogue order. */
const NEAR_4017 = [FILE_ALREADY_UPLOADED, UPLOAD_SHA_MISMATCH, UPLOAD_RESUMABLE];
/** -5998 has six known codes one edit away (-5999, -5997, -5996, -5994, -5993, -5991): five are offered. */
const NEAR_5998 = [
  INVALID_PARAMETER,
  INTERNAL_ERROR_5997,
  INVALID_HTTP_METHOD,
  INVALID_URL_PATH,
  INVALID_FORMDATA_BODY,
];
const NEAR_5960 = [CONTENT_MD5_MISMATCH, INVALID_XML, READ_DATA_TIMEOUT, UNKNOWN_OP, SLICE_INIT_BAD_SLICE_PARAMS];

/** A guess in the report: `` `-4018` (NAME) ``. */
const nameKnown = (entry: Known): string => `\`${entry.code}\` (${entry.name})`;
/** A guess in its suggestion: `` `-4018` (NAME: English) ``. */
const describeKnown = (entry: Known): string => `\`${entry.code}\` (${entry.name}: ${entry.en.join("; ")})`;

/** "a", "a or b", "a, b or c". */
function alternatives(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]!}`;
}

interface At {
  readonly line: number;
  readonly column: number;
  /** The reported text, which must be found at line:column (checked, to catch mistakes in the tests). */
  readonly text: string;
}

/** `source` with `at.text` at line:column replaced by `replacement`. */
function replaceAt(source: string, at: At, replacement: string): string {
  const lines = source.split("\n");
  if (at.line > lines.length) throw new Error(`test bug: no line ${at.line}`);
  let offset = at.column - 1;
  for (let i = 0; i < at.line - 1; i++) offset += lines[i]!.length + 1;
  const found = source.slice(offset, offset + at.text.length);
  if (found !== at.text)
    throw new Error(
      `test bug: expected ${JSON.stringify(at.text)} at ${at.line}:${at.column}, found ${JSON.stringify(found)}`,
    );
  return source.slice(0, offset) + replacement + source.slice(offset + at.text.length);
}

/** The code spelled as the suggestion spells it: in the reported literal's quotes, if it has any. */
function spell(text: string, code: number): string {
  const quote = text[0]!;
  return quote === "'" || quote === '"' || quote === "`" ? `${quote}${code}${quote}` : String(code);
}

/**
 * The expected report of the unknown `value`, written as `at.text` at line:column of `source`, with the
 * "did you mean" codes `guesses` (nearest first): messageId, data, exact location, one suggestion per
 * guess with the whole fixed source.
 */
function unknownCode(source: string, value: number, at: At, guesses: readonly Known[]): TestCaseError<MessageIds> {
  replaceAt(source, at, at.text); // checks the position
  const location = { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + at.text.length };
  const data = { code: value, guesses: alternatives(guesses.map(nameKnown)) };
  if (guesses.length === 0) return { messageId: "unknownCode", data, ...location, suggestions: [] };
  return {
    messageId: "unknownCodeDidYouMean",
    data,
    ...location,
    suggestions: guesses.map((guess) => ({
      messageId: "replaceWithKnownCode" as const,
      data: { guess: describeKnown(guess) },
      output: replaceAt(source, at, spell(at.text, guess.code)),
    })),
  };
}

/** A case whose file has exactly one report: -4017 at line:column, with the did-you-mean codes of -4017. */
function invalid4017(
  code: string,
  line: number,
  column: number,
  rest: Omit<Invalid, "code" | "errors"> = {},
  text = "-4017",
): Invalid {
  return { ...rest, code, errors: [unknownCode(code, -4017, { line, column, text }, NEAR_4017)] };
}

const JS = { filename: "file.js" } as const;
const TSX = {
  filename: "file.tsx",
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
} as const;

// ---------------------------------------------------------------------------------------------------
// Sources reused by several cases.

const MESSAGE_SOURCE = dedent`
  import COS from "cos-nodejs-sdk-v5";

  export function onError(err) {
    if (err.code === -4017) return "exists";
    return "other";
  }
`;

const DEDUPED_CONST_SOURCE = dedent`
  import COS from "cos-nodejs-sdk-v5";

  const ALREADY_UPLOADED = -4017;

  export function onError(err, res) {
    if (err.code === ALREADY_UPLOADED) return "exists";
    if (res.errorCode !== ALREADY_UPLOADED) return "other";
    return [ALREADY_UPLOADED].includes(err.code);
  }
`;

const DEDUPED_ARRAY_SOURCE = dedent`
  import COS from "cos-nodejs-sdk-v5";

  const DONE = [-4017, -4018];

  export const isDone = (err) => DONE.includes(err.code);
  export const isDoneToo = (res) => DONE.includes(res.errorCode);
`;

const TWO_UNKNOWN_SWITCH = dedent`
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
`;

const EXTRA_CODES_SOURCE = dedent`
  import COS from "cos-nodejs-sdk-v5";

  export const sha = (err) => err.code === -4015;
`;

const ALLOW_SOURCE = dedent`
  import COS from "cos-nodejs-sdk-v5";

  export const gateway = (err) => err.code === -4017 || err.code === -5998;
`;

ruleTester.run<MessageIds, Options>("no-unknown-code", rule, {
  valid: [
    // ----- no COS signal: the file is not judged
    { ...JS, code: "export const exists = (err) => err.code === -4017;" },
    "export const exists = (err: { code: number }) => err.code === -4017;",
    {
      ...JS,
      code: "switch (err.code) { case -4017: break; }\n[-4017].includes(err.code);\nnew Set([-4017]).has(code);",
    },
    // names that contain `cos` without being the word `cos`
    { ...JS, code: "const cost = 3;\nexport const exists = (err) => err.code === -4017 && cost > 1;" },
    { ...JS, code: "export const f = (cosine, err) => err.code === -4017 && cosine > 0;" },
    { ...JS, code: "const y = Math.cos(x);\nexport const exists = (err) => err.code === -4017 && y > 0;" },
    { ...JS, code: "const y = Math?.cos(x);\nexport const exists = (err) => err.code === -4017 && y > 0;" },
    {
      ...JS,
      code: "const y = Math.acos(x) + cosh(x) + macos;\nexport const exists = (err) => err.code === -4017 && y > 0;",
    },
    { ...JS, code: "const COST = 3;\nexport const exists = (err) => err.code === -4017 && COST > 1;" },
    { ...JS, code: "export const recosting = (err) => err.code === -4017 || err.cosmetic;" },
    // `cos` in a comment or in an unrelated string is not a signal
    { ...JS, code: "// upload to cos\nexport const exists = (err) => err.code === -4017;" },
    { ...JS, code: 'const shop = "cosmetics";\nexport const exists = (err) => err.code === -4017 && shop;' },
    // a module that is not one of the COS SDKs
    { ...JS, code: 'import cost from "cost-calculator";\nexport const exists = (err) => err.code === -4017 && cost;' },

    // ----- COS context, but not a code site
    // not a code expression
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (res) => res.status === -4017;' },
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err, code) => err[code] === -4017;' },
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code.length === -4017;' },
    // `Number` shadowed by a local binding: not the global conversion
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport function f(err, Number) { return Number(err.code) === -4017; }',
    },
    // both sides hold a code
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err, res) => err.code === res.errorCode;' },
    // not an equality comparison
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code < -4017 || err.code >= -5998;',
    },
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport function f(err) { err.code = -4017; return err; }' },
    // not a collection the engine reads
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => [-4017].indexOf(err.code) >= 0;' },
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (list, err) => list.includes(err.code);' },
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => new Map([[-4017, 1]]).has(err.code);',
    },

    // ----- operands that are not candidate codes
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const ok = (x) => x.code === 0;' },
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const missing = (code) => code === 404;' },
    // positive, and neither it nor its negation is a code
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (code) => code === 4017;' },
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (code, a, b) => code === a - b;' },
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (code) => code === -4017n;' },
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (code) => code === -4017.5;' },
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (code) => code === " -4017" || code === "-4017x";',
    },
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (code, n) => code === `-${n}`;' },
    // `let` or a `const` of another scope: the value is not known here
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nlet X = -4017;\nexport const f = (err) => err.code === X;' },
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function a() { const X = -4017; return X; }
        export function b(err) { return err.code === X; }
      `,
    },

    // ----- known codes
    { ...JS, code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4018;' },
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -1 || err.code === -2 || err.code === -3 || err.code === -4;',
    },
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === 100 || err.code === 101;',
    },
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => [-4018, "-4019", `-4016`, -(96)].includes(err.code);',
    },
    {
      ...JS,
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
      ...JS,
      code: dedent`
        import { CosErrorCode } from "eslint-plugin-cos-errors/codes";
        export const f = (err) => err.code === CosErrorCode.FILE_ALREADY_UPLOADED;
      `,
    },

    // ----- options and settings
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4017;',
      options: [{ allow: [-4017] }],
    },
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4017;',
      settings: {
        "cos-errors": { extraCodes: { "-4017": { name: "MY_CODE", category: "conflict", description: "x" } } },
      },
    },
    // codeNames replaces the default names: `err.code` is no longer a code expression
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4017 || err.errorCode === -4017;',
      settings: { "cos-errors": { codeNames: ["status"] } },
    },
    // a custom SDK module that the file does not use
    {
      ...JS,
      code: 'import s from "storage";\nexport const f = (err) => err.code === -4017;',
      settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
    },
    // a module that only starts like a configured one
    {
      ...JS,
      code: 'import s from "@acme/storage-extra";\nexport const f = (err) => err.code === -4017;',
      settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
    },
    { ...JS, code: "export const f = (err) => err.code === -4017;", settings: { "cos-errors": { assumeCos: false } } },

    // ----- TypeScript and TSX
    dedent`
      import COS from "cos-nodejs-sdk-v5";
      export const f = (err: { code: number }) => err.code === -4018;
    `,
    {
      ...TSX,
      code: dedent`
        import COS from "cos-js-sdk-v5";
        export const View = ({ err }: { err: { code: number } }) => (err.code === -4018 ? <p>done</p> : <p>{err.code}</p>);
      `,
    },
    {
      ...TSX,
      code: "export const View = ({ err }: { err: { code: number } }) => (err.code === -4017 ? <p>done</p> : null);",
    },
  ],

  invalid: [
    // ----- the message, spelled out in full once
    {
      ...JS,
      code: MESSAGE_SOURCE,
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
                  "`-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; it can be resumed)",
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
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code == -4017;', 2, 39, JS),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code !== -4017;', 2, 40, JS),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code != -4017;', 2, 39, JS),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => -4017 === err.code;', 2, 27, JS),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => -4017 != err.code;', 2, 27, JS),
    // in any expression position
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => !!err && (err.code === -4017 ? 1 : 2);',
      2,
      50,
      JS,
    ),

    // ----- switch sites
    invalid4017(
      dedent`
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
      6,
      10,
      JS,
    ),
    {
      ...JS,
      code: TWO_UNKNOWN_SWITCH,
      errors: [
        unknownCode(TWO_UNKNOWN_SWITCH, -4017, { line: 5, column: 10, text: "-4017" }, NEAR_4017),
        unknownCode(TWO_UNKNOWN_SWITCH, -5998, { line: 9, column: 10, text: "-5998" }, NEAR_5998),
      ],
    },

    // ----- collection sites
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => [-4017, -71].includes(err.code);',
      2,
      28,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (code) => new Set([-4017]).has(code);',
      2,
      37,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => [-71, ...more, -4017].includes(err.code);',
      2,
      42,
      JS,
    ),
    invalid4017(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        const ALREADY = [-71, -4017];
        export const f = (err) => ALREADY.includes(err.code);
      `,
      2,
      23,
      JS,
    ),
    invalid4017(
      dedent`
        import COS from "cos-nodejs-sdk-v5";
        const ALREADY = new Set([-4017, -71]);
        export const f = (err) => ALREADY.has(err.code);
      `,
      2,
      26,
      JS,
    ),
    // a const array used by two sites: its element is reported once
    {
      ...JS,
      code: DEDUPED_ARRAY_SOURCE,
      errors: [unknownCode(DEDUPED_ARRAY_SOURCE, -4017, { line: 3, column: 15, text: "-4017" }, NEAR_4017)],
    },
    // TypeScript wrappers around the collection
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err: { code: number }) => ([-4017, -71] as const).includes(err.code as -71);',
      2,
      47,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nconst SET = new Set<number>([-4017]) as ReadonlySet<number>;\nexport const f = (err: { code: number }) => SET.has(err.code);',
      2,
      30,
    ),

    // ----- operand spellings
    invalid4017(
      "import COS from \"cos-nodejs-sdk-v5\";\nexport const f = (err) => err.code === '-4017';",
      2,
      40,
      JS,
      "'-4017'",
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === "-4017";',
      2,
      40,
      JS,
      '"-4017"',
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === `-4017`;',
      2,
      40,
      JS,
      "`-4017`",
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -(4017);',
      2,
      40,
      JS,
      "-(4017)",
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => ["-4017", -71].includes(err.code);',
      2,
      28,
      JS,
      '"-4017"',
    ),
    invalid4017(
      "import COS from \"cos-nodejs-sdk-v5\";\nexport function f(err) {\n  switch (err.code) {\n    case '-4017':\n      return 1;\n  }\n}",
      4,
      10,
      JS,
      "'-4017'",
    ),
    // a `const` in scope: reported at its initialiser
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nconst EXISTS = -4017;\nexport const f = (err) => err.code === EXISTS;',
      2,
      16,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nconst EXISTS = "-4017";\nexport const f = (err) => err.code === EXISTS;',
      2,
      16,
      JS,
      '"-4017"',
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport function f(err) {\n  const EXISTS = -4017;\n  return EXISTS === err.code;\n}',
      3,
      18,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nconst EXISTS = -4017 as const;\nexport const f = (err: { code: number }) => err.code === EXISTS;',
      2,
      16,
    ),
    // used by three sites, reported once
    {
      ...JS,
      code: DEDUPED_CONST_SOURCE,
      errors: [unknownCode(DEDUPED_CONST_SOURCE, -4017, { line: 3, column: 26, text: "-4017" }, NEAR_4017)],
    },
    // a TypeScript wrapper around the literal: the literal itself is reported and replaced
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err: { code: number }) => err.code === (-4017 as number);',
      2,
      59,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err: { code: number }) => err.code === (<number>-4017);',
      2,
      67,
    ),

    // ----- code expressions
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err?.code === -4017;', 2, 41, JS),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err["code"] === -4017;', 2, 43, JS),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err?.["code"] === -4017;', 2, 45, JS),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (res) => res.errorCode === -4017;', 2, 45, JS),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (ret) => ret.retcode === -4017;', 2, 43, JS),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (body) => body.data.error_code === -4017;',
      2,
      53,
      JS,
    ),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (code) => code === -4017;', 2, 37, JS),
    // A computed method name is the same call (Engine v2: the site shape is defined once, not by a narrower selector).
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => [-4017]["includes"](err.code);',
      2,
      28,
      JS,
    ),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (errCode) => -4017 === errCode;', 2, 31, JS),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport function f(err) {\n  const { code: c } = err;\n  return c === -4017;\n}',
      4,
      16,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport function f(res) {\n  const { errorCode: c = 0 } = res;\n  return c === -4017;\n}',
      4,
      16,
      JS,
    ),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = ({ code: c }) => c === -4017;', 2, 41, JS),
    // a renamed binding through a quoted or computed key, or with space before the colon
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = ({ "code": c }) => c === -4017;', 2, 43, JS),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = ({ ["errCode"]: c }) => c === -4017;',
      2,
      48,
      JS,
    ),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = ({ code : c }) => c === -4017;', 2, 42, JS),
    // a comment or an escaped name after the colon
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = ({ code: /* renamed */ c }) => c === -4017;',
      2,
      55,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = ({ code: \\u0063 }) => c === -4017;',
      2,
      46,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport function f(run) {\n  try {\n    run();\n  } catch ({ code: c }) {\n    return c === -4017;\n  }\n}',
      6,
      18,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => Number(err.code) === -4017;',
      2,
      48,
      JS,
    ),
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => +err.code === -4017;', 2, 41, JS),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => [-4017].includes(Number(err.code));',
      2,
      28,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport function f(err) {\n  switch (Number(err?.code)) {\n    case -4017:\n      return 1;\n  }\n}',
      4,
      10,
      JS,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err: any) => (err.code as number) === -4017;',
      2,
      57,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err: { code?: number }) => err.code! === -4017;',
      2,
      60,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err: any) => (<number>err.code) === -4017;',
      2,
      55,
    ),
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err: any) => (err?.code satisfies unknown) === -4017;',
      2,
      66,
    ),

    // ----- did you mean
    // sign missing: the negated code comes first (here the only one)
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === 4018;',
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: 4018,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED)",
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4018;',
            },
          ],
        },
      ],
    },
    // sign missing first, before a positive known code one digit away
    ((): Invalid => {
      const code = 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === 120;';
      return {
        ...JS,
        code,
        errors: [
          unknownCode(code, 120, { line: 2, column: 40, text: "120" }, [
            UPLOAD_ID_NOT_FOUND,
            INTERNAL_ERROR_POSITIVE_100,
          ]),
        ],
      };
    })(),
    ((): Invalid => {
      const code = 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === "4018";';
      return {
        ...JS,
        code,
        errors: [unknownCode(code, 4018, { line: 2, column: 40, text: '"4018"' }, [FILE_ALREADY_UPLOADED])],
      };
    })(),
    ((): Invalid => {
      const code = 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === +4018;';
      return {
        ...JS,
        code,
        errors: [unknownCode(code, 4018, { line: 2, column: 40, text: "+4018" }, [FILE_ALREADY_UPLOADED])],
      };
    })(),
    // no known code nearby: no guess, no suggestion
    {
      ...JS,
      code: 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -123456;',
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
    ((): Invalid => {
      const code = 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -5998;';
      return { ...JS, code, errors: [unknownCode(code, -5998, { line: 2, column: 40, text: "-5998" }, NEAR_5998)] };
    })(),
    // a code with two descriptions is described with both; at most five guesses again
    ((): Invalid => {
      const code = "import COS from \"cos-nodejs-sdk-v5\";\nexport const f = (err) => err.code === '-5960';";
      return { ...JS, code, errors: [unknownCode(code, -5960, { line: 2, column: 40, text: "'-5960'" }, NEAR_5960)] };
    })(),
    // several unknown codes at one site, in source order
    ((): Invalid => {
      const code =
        'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => [-5998, -71, -4017].includes(err.code);';
      return {
        ...JS,
        code,
        errors: [
          unknownCode(code, -5998, { line: 2, column: 28, text: "-5998" }, NEAR_5998),
          unknownCode(code, -4017, { line: 2, column: 40, text: "-4017" }, NEAR_4017),
        ],
      };
    })(),
    // only the unknown side of a condition
    invalid4017(
      'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4018 || err.code === -4017;',
      2,
      62,
      JS,
    ),

    // ----- COS context signals
    // (the rule tester hands the parser its own `parserOptions.sourceType`, which wins over
    // `languageOptions.sourceType`; the Linter tests below use the latter with espree)
    invalid4017('const Sdk = require("cos-js-sdk-v5");\nmodule.exports = (err) => err.code === -4017;', 2, 40, {
      ...JS,
      languageOptions: { parserOptions: { sourceType: "commonjs" } },
    }),
    invalid4017('import Sdk from "cos-wx-sdk-v5";\nexport const f = (err) => err.code === -4017;', 2, 40, JS),
    invalid4017(
      'import Sdk from "cos-nodejs-sdk-v5/lib/util";\nexport const f = (err) => err.code === -4017;',
      2,
      40,
      JS,
    ),
    invalid4017(
      'import * as codes from "eslint-plugin-cos-errors/codes";\nexport const f = (err) => err.code === -4017 && codes;',
      2,
      40,
      JS,
    ),
    invalid4017("export const f = (cos, err) => cos && err.code === -4017;", 1, 52, JS),
    invalid4017("export const f = (cosClient, err) => cosClient && err.code === -4017;", 1, 64, JS),
    invalid4017("export const f = (cos_err) => cos_err.code === -4017;", 1, 48, JS),
    invalid4017("export const f = (qcloudCos, err) => qcloudCos && err.code === -4017;", 1, 64, JS),
    invalid4017("export const f = (COSClient, err) => COSClient && err.code === -4017;", 1, 64, JS),
    invalid4017("export const f = (err) => err.upload.cos && err.code === -4017;", 1, 58, JS),
    invalid4017(
      'const host = "examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com";\nexport const f = (err) => host && err.code === -4017;',
      2,
      48,
      JS,
    ),
    invalid4017(
      "const url = `https://${bucket}.file.myqcloud.com/${key}`;\nexport const f = (err) => url && err.code === -4017;",
      2,
      47,
      JS,
    ),
    invalid4017(
      'const body = { op: "upload_slice_init" };\nexport const f = (err) => body && err.code === -4017;',
      2,
      48,
      JS,
    ),
    // the comment is not the signal: the string is
    invalid4017(
      '// Upload to cos.\nconst body = { op: "upload_slice_init" };\nexport const f = (err) => body && err.code === -4017;',
      3,
      48,
      JS,
    ),
    invalid4017("export const f = (err) => err.code === -4017;", 1, 40, {
      ...JS,
      settings: { "cos-errors": { assumeCos: true } },
    }),
    // sdkModules adds a module (and its subpaths) to the defaults...
    invalid4017(
      'import storage from "@acme/storage";\nexport const f = (err) => err.code === -4017 && storage;',
      2,
      40,
      {
        ...JS,
        settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
      },
    ),
    invalid4017(
      'import storage from "@acme/storage/client";\nexport const f = (err) => err.code === -4017 && storage;',
      2,
      40,
      {
        ...JS,
        settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
      },
    ),
    invalid4017(
      'import storage from "my-cos-wrapper";\nexport const f = (err) => err.code === -4017 && storage;',
      2,
      40,
      {
        ...JS,
        settings: { "cos-errors": { sdkModules: ["my-cos-wrapper"] } },
      },
    ),
    // ...and keeps the default modules
    invalid4017('import Sdk from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4017 && Sdk;', 2, 40, {
      ...JS,
      settings: { "cos-errors": { sdkModules: ["@acme/storage"] } },
    }),

    // ----- settings and options
    // codeNames: `res.status` is a code expression now
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport const f = (res) => res.status === -4017;', 2, 42, {
      ...JS,
      settings: { "cos-errors": { codeNames: ["status"] } },
    }),
    // extraCodes: the user's code is known and offered as a guess, by distance
    {
      ...JS,
      code: EXTRA_CODES_SOURCE,
      settings: {
        "cos-errors": { extraCodes: { "-4017": { name: "MY_CODE", category: "conflict", description: "x" } } },
      },
      errors: [
        unknownCode(EXTRA_CODES_SOURCE, -4015, { line: 3, column: 42, text: "-4015" }, [
          UPLOAD_SHA_MISMATCH,
          { code: -4017, name: "MY_CODE", en: ["x"] },
          FILE_ALREADY_UPLOADED,
          UPLOAD_RESUMABLE,
        ]),
      ],
    },
    // allow: only the listed numbers are exempt
    {
      ...JS,
      code: ALLOW_SOURCE,
      options: [{ allow: [-4017] }],
      errors: [unknownCode(ALLOW_SOURCE, -5998, { line: 3, column: 68, text: "-5998" }, NEAR_5998)],
    },
    {
      ...JS,
      code: ALLOW_SOURCE,
      options: [{ allow: [4017, -5998] }],
      errors: [unknownCode(ALLOW_SOURCE, -4017, { line: 3, column: 46, text: "-4017" }, NEAR_4017)],
    },

    // ----- file kinds
    // CommonJS, by file name
    invalid4017(
      'const COS = require("cos-nodejs-sdk-v5");\nmodule.exports = function (err) {\n  return err.code === -4017;\n};',
      3,
      23,
      {
        filename: "x.cjs",
      },
    ),
    // ES module with a .mjs name
    invalid4017('import COS from "cos-nodejs-sdk-v5";\nexport default (err) => err.code === -4017;', 2, 38, {
      filename: "x.mjs",
    }),
    // TypeScript (the rule tester's default file name is a .ts file)
    invalid4017(
      dedent`
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
      14,
      25,
    ),
    // TSX, with JSX around the site
    invalid4017(
      dedent`
        import COS from "cos-js-sdk-v5";

        export function UploadStatus({ err }: { err: { code: number } | null }) {
          if (!err) return <span>uploaded</span>;
          return <span className="error">{err.code === -4017 ? "already there" : String(err.code)}</span>;
        }
      `,
      5,
      48,
      TSX,
    ),
    // a JSX element name with the cos word is a signal
    invalid4017(
      dedent`
        export const Status = ({ err }: { err: { code: number } }) => <CosUploadStatus failed={err.code === -4017} />;
      `,
      1,
      101,
      TSX,
    ),
    // a COS host in a JSX attribute, as a plain attribute string and as an expression
    invalid4017(
      dedent`
        export const Preview = ({ err }: { err: { code: number } }) => (
          <img src="https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png" hidden={err.code === -4017} />
        );
      `,
      2,
      104,
      TSX,
    ),
    invalid4017(
      dedent`
        export const Preview = ({ err }: { err: { code: number } }) => (
          <img src={"https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.png"} hidden={err.code === -4017} />
        );
      `,
      2,
      106,
      TSX,
    ),
    invalid4017(
      dedent`
        import COS from "cos-js-sdk-v5";

        export const Codes = ({ code }: { code: number }) => (
          <ul>{[-4017, -71].includes(code) && <li>{code}</li>}</ul>
        );
      `,
      4,
      9,
      TSX,
    ),
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

/** The message of the error linting throws; fails when linting does not throw. */
const thrown = (run: () => unknown): string => thrownMessage(run, "linting");

/** Each message as [messageId, line, column, endLine, endColumn, message, [suggestion text, fixed source][]]. */
function summary(source: string, messages: readonly Linter.LintMessage[]): unknown[] {
  return messages.map((m) => [
    m.messageId,
    m.line,
    m.column,
    m.endLine,
    m.endColumn,
    m.message,
    (m.suggestions ?? []).map((s) => [
      s.messageId,
      s.desc,
      source.slice(0, s.fix.range[0]) + s.fix.text + source.slice(s.fix.range[1]),
    ]),
  ]);
}

const MESSAGE_4017 =
  "`-4017` is not a COS error code. Did you mean `-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or " +
  "`-4019` (UPLOAD_RESUMABLE)?";

describe("no-unknown-code in plain JavaScript (espree)", () => {
  it("reports in an ES module, with the exact message and suggestions", () => {
    const source = 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === "-4017";';
    const fixed = (code: number): string =>
      `import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === "${code}";`;
    expect(summary(source, lint(source))).toEqual([
      [
        "unknownCodeDidYouMean",
        2,
        40,
        2,
        47,
        MESSAGE_4017,
        [
          [
            "replaceWithKnownCode",
            "Replace with `-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete).",
            fixed(-4018),
          ],
          [
            "replaceWithKnownCode",
            "Replace with `-4016` (UPLOAD_SHA_MISMATCH: SHA of uploaded data does not match the SHA given in the request).",
            fixed(-4016),
          ],
          [
            "replaceWithKnownCode",
            "Replace with `-4019` (UPLOAD_RESUMABLE: An unfinished upload of the same file (same SHA) exists; it can be resumed).",
            fixed(-4019),
          ],
        ],
      ],
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
    const messages = lint(source, { languageOptions: { sourceType: "commonjs" } });
    expect(summary(source, messages).map((m) => (m as unknown[]).slice(0, 6))).toEqual([
      ["unknownCodeDidYouMean", 2, 16, 2, 21, MESSAGE_4017],
      ["unknownCode", 4, 50, 4, 57, "`-123456` is not a COS error code."],
    ]);
    expect(messages[0]!.suggestions!.map((s) => s.fix.text)).toEqual(["-4018", "-4016", "-4019"]);
    expect(messages[1]!.suggestions).toBeUndefined();
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
  });

  it("reports in a .cjs file, parsed as CommonJS", () => {
    // a top-level `return` parses only in a CommonJS script
    const source = dedent`
      const COS = require("cos-nodejs-sdk-v5");
      if (!COS) return;
      module.exports = (err) => err.code === '-4017';
    `;
    const messages = lint(source, {}, [], "x.cjs");
    expect(summary(source, messages).map((m) => (m as unknown[]).slice(0, 6))).toEqual([
      ["unknownCodeDidYouMean", 3, 40, 3, 47, MESSAGE_4017],
    ]);
    expect(messages[0]!.suggestions!.map((s) => s.fix.text)).toEqual(["'-4018'", "'-4016'", "'-4019'"]);
  });

  it("does not judge a file without a COS signal", () => {
    expect(lint("const cost = 1;\nexport const f = (err) => cost && err.code === -4017;")).toEqual([]);
    expect(lint("export const f = (err) => Math.cos(err.code) && err.code === -4017;")).toEqual([]);
  });

  it("judges every file with assumeCos", () => {
    const messages = lint("export const f = (err) => err.code === -4017;", {
      settings: { "cos-errors": { assumeCos: true } },
    });
    expect(messages.map((m) => [m.messageId, m.line, m.column])).toEqual([["unknownCodeDidYouMean", 1, 40]]);
  });
});

describe("no-unknown-code options", () => {
  const source = 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4017;';

  it("accepts allow and exempts the listed numbers", () => {
    expect(lint(source, {}, [{ allow: [-4017] }])).toEqual([]);
    expect(lint(source, {}, [{ allow: [] }]).map((m) => m.messageId)).toEqual(["unknownCodeDidYouMean"]);
    expect(lint(source, {}, [{}]).map((m) => m.messageId)).toEqual(["unknownCodeDidYouMean"]);
  });

  it("rejects an unknown key, naming it", () => {
    expect(() => lint(source, {}, [{ allowed: [] }])).toThrow(/allowed/u);
    expect(thrown(() => lint(source, {}, [{ allowed: [] }]))).toMatch(/cos-errors\/no-unknown-code[\s\S]*"allowed"/u);
  });

  it("rejects allow entries that are not integers or strings, or repeated", () => {
    expect(thrown(() => lint(source, {}, [{ allow: [true] }]))).toMatch(
      /cos-errors\/no-unknown-code[\s\S]*true[\s\S]*integer,string/u,
    );
    expect(thrown(() => lint(source, {}, [{ allow: [-4017.5] }]))).toMatch(
      /cos-errors\/no-unknown-code[\s\S]*integer/u,
    );
    expect(thrown(() => lint(source, {}, [{ allow: -4017 }]))).toMatch(/cos-errors\/no-unknown-code[\s\S]*array/u);
    expect(thrown(() => lint(source, {}, [{ allow: [-4017, -4017] }]))).toMatch(
      /cos-errors\/no-unknown-code[\s\S]*duplicate/u,
    );
  });
});

describe("no-unknown-code shared settings", () => {
  const source = 'import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === -4017;';
  const withSettings = (settings: unknown) => () => lint(source, { settings: { "cos-errors": settings as never } });

  it("rejects a non-boolean assumeCos, naming the setting", () => {
    expect(withSettings({ assumeCos: "yes" })).toThrow(
      "settings['cos-errors'].assumeCos: expected true or false, got \"yes\"",
    );
  });

  it("rejects a bad setting even in a file without a COS signal", () => {
    expect(() =>
      lint("export const f = (x) => x + 1;", { settings: { "cos-errors": { assumeCos: "yes" } as never } }),
    ).toThrow("settings['cos-errors'].assumeCos: expected true or false, got \"yes\"");
  });

  it("rejects an unknown setting, naming it", () => {
    expect(withSettings({ assumeCOS: true })).toThrow("settings['cos-errors'].assumeCOS: unknown setting");
  });

  it("rejects bad lists", () => {
    expect(withSettings({ codeNames: [] })).toThrow("settings['cos-errors'].codeNames: expected at least one name");
    expect(withSettings({ codeNames: "code" })).toThrow(
      "settings['cos-errors'].codeNames: expected an array of non-empty strings, got \"code\"",
    );
    expect(withSettings({ sdkModules: [""] })).toThrow(
      "settings['cos-errors'].sdkModules: expected an array of non-empty strings, got [\"\"]",
    );
  });

  it("rejects a bad extraCodes entry, naming it", () => {
    expect(withSettings({ extraCodes: { "-4017": { name: "MY_CODE", category: "nope", description: "x" } } })).toThrow(
      "settings['cos-errors'].extraCodes: [\"-4017\"].category: expected one of",
    );
    expect(
      withSettings({ extraCodes: { "-4018": { name: "MY_CODE", category: "conflict", description: "x" } } }),
    ).toThrow("settings['cos-errors'].extraCodes: [\"-4018\"].code: duplicate code -4018");
  });

  it("rejects settings['cos-errors'] that is not an object", () => {
    expect(() => lint(source, { settings: { "cos-errors": true as never } })).toThrow(
      "settings['cos-errors']: expected an object, got true",
    );
  });
});
