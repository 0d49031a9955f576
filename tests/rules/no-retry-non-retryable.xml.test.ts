// no-retry-non-retryable on XML-API codes and HTTP statuses: which retries are reported, with the
// description each vocabulary gets (`not-found`; a variant `BadRequest, request`; `HTTP status, not-found`;
// JSON `SIGNATURE_EXPIRED, signature-expired`), and which are fine (backoff codes, 5xx, network errors).
import rule from "../../src/rules/no-retry-non-retryable.js";
import { dedent, ruleTester } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];

const JS = { filename: "file.js" } as const;
const TS = { filename: "file.ts" } as const;

const RESIGN = "re-sign the request (and correct the clock skew) before retrying";
const REDIRECT =
  "send the request to the endpoint the response names (Location header), or fix the bucket's region or domain " +
  "in the client configuration";
const REREAD = "re-read the source and recompute the checksum before sending it again, once";

/** A `neverRetryable` report of the operand written at line:column, `length` characters long. */
function never(code: string | number, description: string, line: number, column: number, length: number) {
  return {
    messageId: "neverRetryable" as const,
    data: { code, description },
    line,
    column,
    endLine: line,
    endColumn: column + length,
  };
}

/** A `retryBeforeFix` report. */
function beforeFix(
  code: string | number,
  description: string,
  fixAction: string,
  line: number,
  column: number,
  length: number,
) {
  return {
    messageId: "retryBeforeFix" as const,
    data: { code, description, fixAction },
    line,
    column,
    endLine: line,
    endColumn: column + length,
  };
}

ruleTester.run<MessageIds, Options>("no-retry-non-retryable (XML API, HTTP statuses)", rule, {
  valid: [
    // codes and statuses a retry with backoff can fix; network and SDK transport errors
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.code === 'SlowDown') retry();
          if (err.error.Code === 'ServiceUnavailable' || err.error?.Code === 'InternalError') retry();
          if (['RequestTimeout', 'KmsFreqControl'].includes(err?.code)) retry();
          if (new Set(['ECONNRESET', 'ETIMEDOUT', 'timeout']).has(err.code)) retry();
          if (err.code === 'ERR_SOCKET_CONNECTION_TIMEOUT') retry();
          if (err.statusCode === 503 || err.statusCode === 429 || err.statusCode === 500) retry();
          switch (err.statusCode) {
            case 408:
            case 502:
              retry();
          }
        }
      `,
    },
    // a range of 5xx statuses selects `internal` (backoff): what the SDKs retry themselves. An upper bound
    // (`< 500`) is no code test, and `err.code` holds no status to compare with a bound
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.statusCode >= 501) retry();
          if (err.statusCode < 500) retry();
          if (err.code >= 400) retry();
        }
      `,
    },
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err: { statusCode?: number }): void {
          if ((err.statusCode ?? 0) >= 500) retry();
          if (err.statusCode! > 499) retry();
        }
      `,
    },
    // the fix before the retry: re-signing for a clock skew, sending to the endpoint for a redirect
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function put(cos, params) {
          try {
            return await cos.putObject(params);
          } catch (err) {
            if (err.code === 'RequestTimeTooSkewed') return retryPut(await resign(params));
            if (err.code === 'TemporaryRedirect') {
              await refreshEndpoint(err.headers.location);
              return retryPut(params);
            }
            throw err;
          }
        }
      `,
      options: [{ afterFixPattern: "^(?:resign|refreshEndpoint)$" }],
    },
    // a code that is not retried, and strings compared with what holds no code
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.code === 'NoSuchKey') return null;
          if (err.message === 'NoSuchKey' || err.name === 'AccessDenied') retry();
          throw err;
        }
      `,
    },
    // unknown strings are another rule's business
    {
      ...JS,
      code: `import COS from "cos-nodejs-sdk-v5";\nexport const f = (err) => err.code === 'Unheard' && retry();`,
    },
    // no COS context
    { ...JS, code: "export function f(err) { if (err.code === 'NoSuchKey') retry(); }" },
  ],
  invalid: [
    // an XML-API code: its category names it
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.code === 'NoSuchKey') retry();
        }
      `,
      errors: [never("NoSuchKey", "not-found", 3, 20, 11)],
    },
    // every code read, constants, an enum member, a const; TypeScript
    {
      ...TS,
      code: dedent`
        import { CosXmlErrorCode } from "cos-error-codes";
        const DENIED = 'AccessDenied';
        enum Bucket { Exists = 'BucketAlreadyExists' }
        export async function put(cos: any, params: object, attempt = 0): Promise<unknown> {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            const { code } = err;
            if (err.Code === CosXmlErrorCode.NoSuchBucket) return put(cos, params, attempt + 1);
            if (err.error?.Code === DENIED) return put(cos, params, attempt + 1);
            if (code === Bucket.Exists) return put(cos, params, attempt + 1);
            if (err?.code === 'BadDigest') return put(cos, params, attempt + 1);
            throw err;
          }
        }
      `,
      errors: [
        never("NoSuchBucket", "not-found", 9, 22, 28),
        never("AccessDenied", "auth", 10, 29, 6),
        never("BucketAlreadyExists", "conflict", 11, 18, 13),
        beforeFix("BadDigest", "integrity", REREAD, 12, 23, 11),
      ],
    },
    // a known misspelling: the code it means; after-fix codes without their fix
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          switch (err.code) {
            case 'BadRquest':
            case 'RequestTimeTooSkewed':
            case 'TemporaryRedirect':
              return retry();
            default:
              throw err;
          }
        }
      `,
      errors: [
        never("BadRquest", "BadRequest, request", 4, 10, 11),
        beforeFix("RequestTimeTooSkewed", "signature-expired", RESIGN, 5, 10, 22),
        beforeFix("TemporaryRedirect", "redirect", REDIRECT, 6, 10, 19),
      ],
    },
    // SDK codes: their category
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const f = (err) => (['CannotDownload', 'Error'].includes(err.code) ? retry() : null);
      `,
      errors: [never("CannotDownload", "precondition", 2, 29, 16), never("Error", "request", 2, 47, 7)],
    },
    // HTTP statuses: err.statusCode, and the Node SDK's '404' in err.code
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.statusCode === 404) retry();
          if (err.code === '404') retry();
          if (err.statusCode === 403 || err.statusCode === 409) retry();
          if (err.statusCode === 301) retry();
        }
      `,
      errors: [
        never(404, "HTTP status, not-found", 3, 26, 3),
        never(404, "HTTP status, not-found", 4, 20, 5),
        never(403, "HTTP status, auth", 5, 26, 3),
        never(409, "HTTP status, conflict", 5, 52, 3),
        beforeFix(301, "HTTP status, redirect", REDIRECT, 6, 26, 3),
      ],
    },
    // a status range with a lower bound retries every status from it up: reported at the bound, with the
    // lowest status it selects that a retry cannot fix (or that needs a fix first)
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.statusCode >= 400) retry();
          if (err.statusCode > 403) retry();
          if (400 <= err?.statusCode && err.statusCode < 500) retry();
          if (err.statusCode >= 300) retry();
        }
      `,
      errors: [
        never(400, "HTTP status, request", 3, 25, 3),
        never(404, "HTTP status, not-found", 4, 24, 3),
        never(400, "HTTP status, request", 5, 7, 3),
        beforeFix(300, "HTTP status, redirect", REDIRECT, 6, 25, 3),
      ],
    },
    // a dispatch mixing JSON-API numbers and XML-API strings: each described in its vocabulary; the
    // backoff ones (-71, SlowDown) are fine
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          switch (err.code) {
            case -71:
            case 'SlowDown':
            case -96:
            case 'ExpiredToken':
            case -133:
            case 'NoSuchUpload':
              return retry();
          }
          throw err;
        }
      `,
      errors: [
        beforeFix(-96, "SIGNATURE_EXPIRED, signature-expired", RESIGN, 6, 10, 3),
        beforeFix("ExpiredToken", "signature-expired", RESIGN, 7, 10, 14),
        never(-133, "BUCKET_NOT_FOUND, not-found", 8, 10, 4),
        never("NoSuchUpload", "not-found", 9, 10, 14),
      ],
    },
    // a retry of an XML-API code in an || chain, in a .catch callback, through recursion
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function head(cos: COS, params: COS.HeadObjectParams): Promise<unknown> {
          return cos.headObject(params).catch((err) => {
            if (err.code === 'SlowDown' || err.code === 'NoSuchKey') return head(cos, params);
            throw err;
          });
        }
      `,
      errors: [never("NoSuchKey", "not-found", 4, 49, 11)],
    },
    // a runtime helper covering categories that only XML-API codes have
    {
      ...JS,
      code: dedent`
        import { cosErrorCategory, isRetryableCosError } from "cos-error-codes";
        export function onError(err) {
          if (cosErrorCategory(err.code) === "precondition") retry();
          if (cosErrorCategory(err.code) === "redirect") retry();
          if (!isRetryableCosError(err)) retry();
        }
      `,
      errors: [
        { messageId: "categoryNotRetryable", data: { categories: "precondition" }, line: 3, column: 7 },
        { messageId: "categoryNotRetryable", data: { categories: "redirect" }, line: 4, column: 7 },
        {
          messageId: "categoryNotRetryable",
          data: {
            categories:
              "signature-expired, resumable, integrity, request, auth, signature, not-found, conflict, banned, " +
              "redirect, precondition",
          },
          line: 5,
          column: 7,
        },
      ],
    },
    // settings: another status name; codeNames without `Code` (err.error.Code is then no code)
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.status === 404) retry();
          if (err.statusCode === 404) retry();
          if (err.error.Code === 'NoSuchKey') retry();
          if (err.code === 'NoSuchKey') retry();
        }
      `,
      settings: { "cos-errors": { statusNames: ["status"], codeNames: ["code"] } },
      errors: [never(404, "HTTP status, not-found", 3, 22, 3), never("NoSuchKey", "not-found", 6, 20, 11)],
    },
    // one object of the user's with both kinds of constants: each resolved in its vocabulary
    {
      ...JS,
      code: dedent`
        import { Codes } from "./codes";
        export function onError(err) {
          if (err.code === Codes.NoSuchKey) retry();
          if (err.code === Codes.ACCESS_DENIED) retry();
        }
      `,
      settings: { "cos-errors": { constantsModule: "./codes", constantsName: "Codes", xmlConstantsName: "Codes" } },
      errors: [never("NoSuchKey", "not-found", 3, 20, 15), never(-55, "ACCESS_DENIED, auth", 4, 20, 19)],
    },
  ],
});
