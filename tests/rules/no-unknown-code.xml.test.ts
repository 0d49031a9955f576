// no-unknown-code on XML-API strings and HTTP statuses: which unknown strings are reported (near misses
// of a known string code, and strings among XML-API codes), which never are (API 3.0 codes, Node and SDK
// codes, success words alone, statuses, non-code properties), with the exact messages and suggestions.
import { type InvalidTestCase } from "@typescript-eslint/rule-tester";
import rule from "../../src/rules/no-unknown-code.js";
import { dedent, ruleTester } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];
type Invalid = InvalidTestCase<MessageIds, Options>;

// The descriptions the suggestions give, from data/cos-xml-error-codes.json, data/cos-sdk-client-codes.json
// and data/node-system-codes.json.
const NO_SUCH_KEY =
  "`NoSuchKey` (HTTP 404: The specified object key is not found. You can call HEAD Object to check whether the " +
  "object exists)";
const ACCESS_DENIED =
  "`AccessDenied` (HTTP 403: The access is denied due to an incorrect signature or permission. For more " +
  "information, please see Request Signature and ACL Overview)";
const NO_SUCH_BUCKET = "`NoSuchBucket` (HTTP 404: The specified bucket is not found)";
const SLOW_DOWN = "`SlowDown` (HTTP 503: The access frequency should be slowed down)";
const ETIMEDOUT = "`ETIMEDOUT` (node code: A connect or socket operation timed out)";
const EAI_AGAIN = "`EAI_AGAIN` (node code: DNS lookup failed temporarily)";
const ERROR =
  "`Error` (sdk code: A client-side error without a server code, e.g. a parameter check " +
  '("Bucket should format as ..."); when the error has a statusCode, the status decides)';

const JS = { filename: "file.js" } as const;
/** dedent keeps escapes as written: a backtick goes in as a value. */
const BACKTICK = "`";
const TS = { filename: "file.ts" } as const;

/** The report of a near miss with one guess, and its suggestion. */
function nearMiss(
  code: string,
  guess: string,
  description: string,
  at: { line: number; column: number; length: number },
  output: string,
): Invalid["errors"][number] {
  return {
    messageId: "unknownCodeDidYouMean",
    data: { code, guesses: `\`${guess}\`` },
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column + at.length,
    suggestions: [{ messageId: "replaceWithKnownCode", data: { guess: description }, output }],
  };
}

/** The report of an unknown string among known codes: no guess, no suggestion. */
function unknown(code: string, line: number, column: number, length: number): Invalid["errors"][number] {
  return {
    messageId: "unknownCode",
    data: { code, guesses: "" },
    line,
    column,
    endLine: line,
    endColumn: column + length,
    suggestions: [],
  };
}

ruleTester.run<MessageIds, Options>("no-unknown-code (XML API)", rule, {
  valid: [
    // ----- known XML-API codes, however the code is read
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          const { code } = err;
          if (err.code === 'NoSuchKey') return 1;
          if (err.Code === 'AccessDenied') return 2;
          if (err.error.Code === 'NoSuchBucket') return 3;
          if (err.error?.Code === 'SlowDown') return 4;
          if (err?.code === 'InternalError') return 5;
          if (code === 'RequestTimeTooSkewed') return 6;
          if (['NoSuchUpload', 'BucketNotEmpty'].includes(err.code)) return 7;
          if (new Set(['BucketAlreadyExists', 'BucketAlreadyOwnedByYou']).has(err.code)) return 8;
          if (err.code === 'InvalidArgument' || err.code === 'MalformedXML') return 9;
          switch (err.error.Code) {
            case 'PreconditionFailed':
            case 'ServiceUnavailable':
              return 10;
          }
          return 0;
        }
      `,
    },
    // a known misspelling the service really sends is a known code
    { ...JS, code: `import COS from "cos-nodejs-sdk-v5";\nexport const bad = (err) => err.code === 'BadRquest';` },
    // named codes: the runtime constant, a const, an enum member
    {
      ...TS,
      code: dedent`
        import { CosXmlErrorCode } from "cos-error-codes";
        const NOT_FOUND = 'NoSuchKey';
        enum Denied { Access = 'AccessDenied' }
        export function onError(err: { code: string }): number {
          switch (err.code) {
            case CosXmlErrorCode.NoSuchBucket:
            case NOT_FOUND:
            case Denied.Access:
              return 1;
          }
          return 0;
        }
      `,
    },

    // ----- strings that are never reported
    // a known variant: the Node SDK's own sdk/base.js compares this spelling, which no error-code table has
    // (data/README.md: it is a variant of ReplicationConfigurationNotFoundError)
    {
      ...JS,
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");
        exports.none = (err) => err.error === 'Not Found' || err.error.Code === 'ReplicationConfigurationnotFoundError';
      `,
    },
    // Tencent Cloud API 3.0 codes: another API's, alone and among XML-API codes
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.code === 'AuthFailure.SignatureExpire') return 1;
          switch (err.code) {
            case 'NoSuchBucket':
            case 'ResourceNotFound.BucketNotExist':
              return 2;
          }
          return ['NoSuchKey', 'InternalError.ServiceError'].includes(err.code);
        }
      `,
    },
    // API 3.0's common codes have no dot: among XML-API codes they are not reported either
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.code === 'NoSuchKey' || err.code === 'ResourceNotFound') return 1;
          switch (err.code) {
            case 'AccessDenied':
            case 'UnauthorizedOperation':
            case 'AuthFailure':
              return 2;
          }
          return ['SlowDown', 'RequestLimitExceeded', 'LimitExceeded', 'InvalidParameterValue'].includes(err.code);
        }
      `,
    },
    // success words alone are no code of any vocabulary the rule can judge
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const ok = (res) => res.code === 'SUCCESS' || res.code === 'OK';
        export const done = (res) => res.code === 'OK';
      `,
    },
    // Node's codes (also any ERR_*), the SDKs' own codes, the Node SDK's '404'
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err: { code: string }): number {
          if (err.code === 'ECONNRESET' || err.code === 'ETIMEDOUT') return 1;
          if (err.code === 'ERR_INVALID_URL' || err.code === 'ERR_NOT_YET_IN_THE_TABLE') return 2;
          if (err.code === 'CannotDownload' || err.code === 'ObjectHasChanged') return 3;
          if (err.code === 'timeout' || err.code === 'Error') return 4;
          if (err.code === 'CORS blocked or network error') return 5;
          if (err.code === '404') return 6;
          return 0;
        }
      `,
    },
    // HTTP statuses are not this rule's business, known or not
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.statusCode === 404 || err.statusCode === 599) return 1;
          if (err.code === '404' || err.code === '599') return 2;
          return 0;
        }
      `,
    },
    // a string that is no near miss, alone: not reported (it may be any other library's code)
    { ...JS, code: `import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === 'Whatever';` },
    // another casing convention is no near miss: S3's (and many libraries') NotFound is not Node's
    // ENOTFOUND, OAuth's access_denied and invalid_request are not AccessDenied and InvalidRequest
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === 'NotFound' || err.code === 'access_denied';
        export const g = (err) => err.code === 'invalid_request';
      `,
    },
    // short strings (under 5 characters) are near misses only by case
    { ...JS, code: `import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === 'Eror';` },
    // among known codes that are no XML-API code (Node and SDK codes only): not reported
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          switch (err.code) {
            case 'ECONNRESET':
            case 'CannotDownload':
            case 'Unheard':
              return 1;
          }
          return 0;
        }
      `,
    },
    // among JSON-API numbers only: no XML-API string to stand among
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => [-4018, -96, 'Unheard'].includes(err.code);
      `,
    },
    // two unknown strings among XML-API codes: the other strings are not all known codes, neither is reported
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => ['NoSuchKey', 'Unheard', 'Unseen'].includes(err.code);
        export const g = (err) => err.code === 'NoSuchKey' || err.code === 'Unheard' || err.code === 'Unseen';
      `,
    },
    // strings compared with properties that hold no code
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.message === 'NoSuchkey' || err.name === 'AccesDenied') return 1;
          if (err.error.Message === 'NoSuchBuckt' || err.statusCode === 'NoSuchKey') return 2;
          return 0;
        }
      `,
    },
    // no COS context: nothing is judged
    {
      ...JS,
      code: dedent`
        export function onError(err) {
          if (err.code === 'NoSuchkey') return 1;
          return ['NoSuchKey', 'Unheard'].includes(err.code);
        }
      `,
    },
    // allow takes strings: a near miss and a string among XML-API codes
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === 'NoSuchkey' || ['NoSuchKey', 'GatewayBusy'].includes(err.code);
      `,
      options: [{ allow: ["NoSuchkey", "GatewayBusy"] }],
    },
    // an integer string in allow allows the number, however it is written
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => err.code === -4017 || err.code === '-4017';
      `,
      options: [{ allow: ["-4017"] }],
    },
  ],
  invalid: [
    // ----- near misses: same but for case, or within the edit limit
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const missing = (err) => err.code === 'NoSuchkey';
      `,
      errors: [
        nearMiss(
          "NoSuchkey",
          "NoSuchKey",
          NO_SUCH_KEY,
          { line: 2, column: 46, length: 11 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            export const missing = (err) => err.code === 'NoSuchKey';
          `,
        ),
      ],
    },
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const denied = (err: COS.CosSdkError) => err.error.Code === "AccesDenied";
      `,
      errors: [
        nearMiss(
          "AccesDenied",
          "AccessDenied",
          ACCESS_DENIED,
          { line: 2, column: 68, length: 13 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            export const denied = (err: COS.CosSdkError) => err.error.Code === "AccessDenied";
          `,
        ),
      ],
    },
    // a Node code's near miss; 'timeout' (the browser SDK's) is one edit away too but for case, which
    // counts: a typo keeps its code's casing
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const timedOut = (err) => err?.code === 'ETIMEOUT';
      `,
      errors: [
        nearMiss(
          "ETIMEOUT",
          "ETIMEDOUT",
          ETIMEDOUT,
          { line: 2, column: 48, length: 10 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            export const timedOut = (err) => err?.code === 'ETIMEDOUT';
          `,
        ),
      ],
    },
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const dns = (err) => err.code === 'EAI_AGAINN';
      `,
      errors: [
        nearMiss(
          "EAI_AGAINN",
          "EAI_AGAIN",
          EAI_AGAIN,
          { line: 2, column: 42, length: 12 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            export const dns = (err) => err.code === 'EAI_AGAIN';
          `,
        ),
      ],
    },
    // a short string is a near miss by case only: 'error' is the SDKs' 'Error'
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const client = (err) => err.code === 'error';
      `,
      errors: [
        nearMiss(
          "error",
          "Error",
          ERROR,
          { line: 2, column: 45, length: 7 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            export const client = (err) => err.code === 'Error';
          `,
        ),
      ],
    },
    // err.Code, err.error?.Code, a destructured code, a template literal (respelled in its backticks)
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err: any): number {
          const { code } = err;
          if (err.Code === 'NoSuchBuckt') return 1;
          if (err.error?.Code === ${BACKTICK}SlowDwn${BACKTICK}) return 2;
          if (code === 'nosuchkey') return 3;
          return 0;
        }
      `,
      errors: [
        nearMiss(
          "NoSuchBuckt",
          "NoSuchBucket",
          NO_SUCH_BUCKET,
          { line: 4, column: 20, length: 13 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            export function onError(err: any): number {
              const { code } = err;
              if (err.Code === 'NoSuchBucket') return 1;
              if (err.error?.Code === ${BACKTICK}SlowDwn${BACKTICK}) return 2;
              if (code === 'nosuchkey') return 3;
              return 0;
            }
          `,
        ),
        nearMiss(
          "SlowDwn",
          "SlowDown",
          SLOW_DOWN,
          { line: 5, column: 27, length: 9 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            export function onError(err: any): number {
              const { code } = err;
              if (err.Code === 'NoSuchBuckt') return 1;
              if (err.error?.Code === ${BACKTICK}SlowDown${BACKTICK}) return 2;
              if (code === 'nosuchkey') return 3;
              return 0;
            }
          `,
        ),
        nearMiss(
          "nosuchkey",
          "NoSuchKey",
          NO_SUCH_KEY,
          { line: 6, column: 16, length: 11 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            export function onError(err: any): number {
              const { code } = err;
              if (err.Code === 'NoSuchBuckt') return 1;
              if (err.error?.Code === ${BACKTICK}SlowDwn${BACKTICK}) return 2;
              if (code === 'NoSuchKey') return 3;
              return 0;
            }
          `,
        ),
      ],
    },
    // a const and an enum member are reported at their initialisers
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const NOT_FOUND = 'NoSuchKye';
        enum Denied { Access = 'AccesDenied' }
        export const f = (err: { code: string }) => err.code === NOT_FOUND || err.code === Denied.Access;
      `,
      errors: [
        nearMiss(
          "NoSuchKye",
          "NoSuchKey",
          NO_SUCH_KEY,
          { line: 2, column: 19, length: 11 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            const NOT_FOUND = 'NoSuchKey';
            enum Denied { Access = 'AccesDenied' }
            export const f = (err: { code: string }) => err.code === NOT_FOUND || err.code === Denied.Access;
          `,
        ),
        nearMiss(
          "AccesDenied",
          "AccessDenied",
          ACCESS_DENIED,
          { line: 3, column: 24, length: 13 },
          dedent`
            import COS from "cos-nodejs-sdk-v5";
            const NOT_FOUND = 'NoSuchKye';
            enum Denied { Access = 'AccessDenied' }
            export const f = (err: { code: string }) => err.code === NOT_FOUND || err.code === Denied.Access;
          `,
        ),
      ],
    },

    // ----- unknown strings among XML-API codes: no guess, so no suggestion
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          switch (err.code) {
            case 'NoSuchKey':
              return 1;
            case 'SlowDown':
              return 2;
            case 'Unheard':
              return 3;
          }
          return 0;
        }
      `,
      errors: [unknown("Unheard", 8, 10, 9)],
    },
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err: { code: string }): number {
          if (['NoSuchKey', 'Gone'].includes(err.code)) return 1;
          if (new Set(['AccessDenied', 'ECONNRESET', 'Nope']).has(err.code)) return 2;
          if (err.code === 'NoSuchBucket' || err.code === 'Whatever') return 3;
          return 0;
        }
      `,
      errors: [unknown("Gone", 3, 21, 6), unknown("Nope", 4, 46, 6), unknown("Whatever", 5, 51, 10)],
    },
    // an if / else-if chain is one dispatch
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.error.Code === 'NoSuchBucket') return 1;
          else if (err.error.Code === 'Mystery') return 2;
          return 0;
        }
      `,
      errors: [unknown("Mystery", 4, 31, 9)],
    },
    // a runtime constant counts as the XML-API code it names
    {
      ...JS,
      code: dedent`
        import { CosXmlErrorCode } from "cos-error-codes";
        export function onError(err) {
          switch (err.code) {
            case CosXmlErrorCode.NoSuchKey:
            case 'Unheard':
              return 1;
          }
          return 0;
        }
      `,
      errors: [unknown("Unheard", 5, 10, 9)],
    },
    // a dispatch mixing JSON-API numbers and XML-API strings: each judged in its vocabulary
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          switch (err.code) {
            case -4018:
            case 'NoSuchKey':
              return 1;
            case -4017:
              return 2;
            case 'Unheard':
              return 3;
          }
          return 0;
        }
      `,
      errors: [
        {
          messageId: "unknownCodeDidYouMean",
          data: {
            code: -4017,
            guesses: "`-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or `-4019` (UPLOAD_RESUMABLE)",
          },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 15,
          suggestions: [
            {
              messageId: "replaceWithKnownCode",
              data: { guess: "`-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function onError(err) {
                  switch (err.code) {
                    case -4018:
                    case 'NoSuchKey':
                      return 1;
                    case -4018:
                      return 2;
                    case 'Unheard':
                      return 3;
                  }
                  return 0;
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
                  switch (err.code) {
                    case -4018:
                    case 'NoSuchKey':
                      return 1;
                    case -4016:
                      return 2;
                    case 'Unheard':
                      return 3;
                  }
                  return 0;
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
                  switch (err.code) {
                    case -4018:
                    case 'NoSuchKey':
                      return 1;
                    case -4019:
                      return 2;
                    case 'Unheard':
                      return 3;
                  }
                  return 0;
                }
              `,
            },
          ],
        },
        unknown("Unheard", 9, 10, 9),
      ],
    },
    // allow spares only what it names
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => ['NoSuchKey', 'GatewayBusy', 'Unheard'].includes(err.code);
      `,
      options: [{ allow: ["GatewayBusy"] }],
      errors: [unknown("Unheard", 2, 56, 9)],
    },
  ],
});
