// handle-non-retryable on dispatches over XML-API codes and HTTP statuses: the categories required are
// those a plain retry cannot fix that have codes in the dispatch's vocabularies, named with an example in
// the first vocabulary of the dispatch that has one; `default: throw err;` is offered for a `switch`.
import rule from "../../src/rules/handle-non-retryable.js";
import { dedent, ruleTester } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];

const JS = { filename: "file.js" } as const;
const TS = { filename: "file.ts" } as const;

// The categories a plain retry cannot fix, in data/categories.json order, with the example the reports give.
// XML-API codes (11 categories):
/** What a report names of them: XML examples are long, so only the first fits in its 66 characters. */
const XML_FIRST = "signature-expired (RequestTimeTooSkewed)";
/** The suggestion's list of every XML category: too long with examples (over 225 characters), so by id only. */
const XML_IDS =
  "signature-expired, resumable, integrity, request, auth, signature, not-found, conflict, banned, redirect and precondition";
const XML_IDS_BUT_NOT_FOUND = XML_IDS.replace("not-found, ", "");
// HTTP statuses (6 categories; the example is the category's lowest status):
const STATUS_SHORT = "request (400), auth (403), conflict (409)";

ruleTester.run<MessageIds, Options>("handle-non-retryable (XML API, HTTP statuses)", rule, {
  valid: [
    // the fallback rethrows what no case handles
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function get(cos, params) {
          try {
            return await cos.getObject(params);
          } catch (err) {
            switch (err.code) {
              case 'SlowDown':
              case 'ServiceUnavailable':
                return retryGet(params);
              case 'NoSuchKey':
                return undefined;
              default:
                throw err;
            }
          }
        }
      `,
    },
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function get(cos: COS, params: COS.GetObjectParams): Promise<unknown> {
          try {
            return await cos.getObject(params);
          } catch (err: any) {
            if (err.code === 'SlowDown') return retryGet(params);
            if (err.statusCode === 503) return retryGet(params);
            throw err;
          }
        }
      `,
    },
    // a retry in the fallback that only errors a retry can fix reach: a test of a 5xx status or of codes
    // that are all `backoff`, also on another read of the code
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function head(cos, params, attempt) {
          try {
            return await cos.headObject(params);
          } catch (err) {
            if (err.code === 'NoSuchKey') return null;
            if (err.statusCode >= 500 && attempt < 3) return retryHead(params);
            if (499 < err.statusCode || err.error.Code === 'SlowDown') return retryHead(params);
            throw err;
          }
        }
      `,
    },
    // `>=` is no code site: retrying every 5xx is what the SDKs do too
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function put(cos, params) {
          try {
            return await cos.putObject(params);
          } catch (err) {
            if (err.statusCode >= 500) return retryPut(params);
            throw err;
          }
        }
      `,
    },
    // a dispatch that retries nothing is not judged
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function describe(err) {
          switch (err.error.Code) {
            case 'NoSuchKey':
              return "missing";
            case 'AccessDenied':
              return "denied";
          }
          return "other";
        }
      `,
    },
    // the categories option: only those must be handled, here by XML-API codes
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function get(cos, params) {
          try {
            return await cos.getObject(params);
          } catch (err) {
            switch (err.code) {
              case 'SlowDown':
                return retryGet(params);
              case 'NoSuchKey':
                return undefined;
              case 'AccessDenied':
                return null;
            }
          }
        }
      `,
      options: [{ categories: ["not-found", "auth"] }],
    },
    // the escape-hatch comment
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function get(cos, params) {
          try {
            return await cos.getObject(params);
          } catch (err) {
            // cos-errors: handled elsewhere
            switch (err.code) {
              case 'SlowDown':
                return retryGet(params);
            }
          }
        }
      `,
    },
    // no COS context
    {
      ...JS,
      code: dedent`
        export async function get(client, params) {
          try {
            return await client.get(params);
          } catch (err) {
            switch (err.code) {
              case 'SlowDown':
                return retryGet(params);
            }
          }
        }
      `,
    },
  ],
  invalid: [
    // `err.error.Code` is the same code as `err.code`: one dispatch, one report (on its first `if`)
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function read(cos, params) {
          try {
            return await cos.getObject(params);
          } catch (err) {
            if (err.code === "NoSuchKey") return null;
            if (err.error?.Code === "SlowDown") return retryLater(params);
            return retryLater(params);
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: `${XML_FIRST} and 9 more` },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 7,
        },
      ],
    },
    // an XML switch with a retrying case and no default: the XML categories with XML examples, and the
    // suggestion that rethrows
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function get(cos, params) {
          try {
            return await cos.getObject(params);
          } catch (err) {
            switch (err.code) {
              case 'SlowDown':
                return retryGet(params);
              case 'NoSuchKey':
                return undefined;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: `${XML_FIRST} and 9 more` },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 11,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: { name: "err", categories: XML_IDS_BUT_NOT_FOUND },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export async function get(cos, params) {
                  try {
                    return await cos.getObject(params);
                  } catch (err) {
                    switch (err.code) {
                      case 'SlowDown':
                        return retryGet(params);
                      case 'NoSuchKey':
                        return undefined;
                      default:
                        throw err;
                    }
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    // err.error?.Code (the XML body's code) and a runtime constant, in TypeScript: the suggestion rethrows
    // the caught error; a JSON-API number in the same dispatch adds its categories, named in XML first
    {
      ...TS,
      code: dedent`
        import { CosXmlErrorCode } from "cos-error-codes";
        export async function get(cos: any, params: object): Promise<unknown> {
          try {
            return await cos.getObject(params);
          } catch (err: any) {
            switch (err.error?.Code) {
              case CosXmlErrorCode.SlowDown:
                return retryGet(params);
              case -4018:
                return null;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: `${XML_FIRST} and 9 more` },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 11,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "err",
                categories:
                  "signature-expired, resumable, integrity, request, auth, signature, not-found, banned, redirect " +
                  "and precondition",
              },
              output: dedent`
                import { CosXmlErrorCode } from "cos-error-codes";
                export async function get(cos: any, params: object): Promise<unknown> {
                  try {
                    return await cos.getObject(params);
                  } catch (err: any) {
                    switch (err.error?.Code) {
                      case CosXmlErrorCode.SlowDown:
                        return retryGet(params);
                      case -4018:
                        return null;
                      default:
                        throw err;
                    }
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    // a dispatch that starts with JSON-API numbers: JSON examples first, XML ones for the categories
    // that have no JSON code
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          switch (err.code) {
            case -71:
            case 'SlowDown':
              return retry();
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 8 more" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 9,
          suggestions: [],
        },
      ],
    },
    // HTTP statuses: the status categories, with statuses as examples
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function upload(cos: COS, params: COS.PutObjectParams): void {
          cos.putObject(params).catch((err) => {
            switch (err.statusCode) {
              case 429:
              case 503:
                return retryUpload(params);
              case 404:
                return undefined;
            }
          });
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: `${STATUS_SHORT} and 2 more` },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 11,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: { name: "err", categories: `${STATUS_SHORT}, redirect (300) and precondition (412)` },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export function upload(cos: COS, params: COS.PutObjectParams): void {
                  cos.putObject(params).catch((err) => {
                    switch (err.statusCode) {
                      case 429:
                      case 503:
                        return retryUpload(params);
                      case 404:
                        return undefined;
                      default:
                        throw err;
                    }
                  });
                }
              `,
            },
          ],
        },
      ],
    },
    // a fallback that retries: everything the branches do not handle is retried
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function head(cos, params) {
          try {
            return await cos.headObject(params);
          } catch (err) {
            if (err.statusCode === 404) return null;
            return retryHead(params);
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: `${STATUS_SHORT} and 2 more` },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 7,
          suggestions: [],
        },
      ],
    },
    // a status range handles the categories of the statuses it selects: 4xx rethrown, 3xx retried
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (err.statusCode >= 400 && err.statusCode < 500) throw err;
          return retry();
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "redirect (300)" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 5,
          suggestions: [],
        },
      ],
    },
    // a fallback whose retry is guarded by something that selects errors a retry cannot fix too
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function head(cos, params, attempt) {
          try {
            return await cos.headObject(params);
          } catch (err) {
            if (err.code === 'NoSuchKey') return null;
            if (err.statusCode >= 400 || attempt < 3) return retryHead(params);
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: `${XML_FIRST} and 9 more` },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 7,
          suggestions: [],
        },
      ],
    },
    // the Node SDK's HEAD 404 ('404' in err.code) next to the XML code: both vocabularies, XML examples
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function head(cos, params) {
          try {
            return await cos.headObject(params);
          } catch (err) {
            if (err.code === 'NoSuchKey' || err.code === '404') return null;
            return retryHead(params);
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: `${XML_FIRST} and 9 more` },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 7,
          suggestions: [],
        },
      ],
    },
    // a const and an enum member in a collection, an optional read, nothing after it: no fallback
    {
      ...TS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        const THROTTLED = 'SlowDown';
        enum Server { Down = 'ServiceUnavailable' }
        export function onError(err?: { code: string }): unknown {
          if ([THROTTLED, Server.Down].includes(err?.code as string)) return retry();
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: `${XML_FIRST} and 10 more` },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 5,
          suggestions: [],
        },
      ],
    },
    // err.Code (a wrapper's copy of the XML code) in a Set, handled codes of two categories
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError(err) {
          if (new Set(['SlowDown', 'InternalError']).has(err.Code)) return retry();
          if (err.Code === 'NoSuchKey' || err.Code === 'AccessDenied') return null;
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: `${XML_FIRST} and 8 more` },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 5,
          suggestions: [],
        },
      ],
    },
    // a destructured code: the report, but no suggestion (there is no caught error to name)
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export function onError({ code }) {
          switch (code) {
            case 'InternalError':
              return retry();
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: `${XML_FIRST} and 10 more` },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 9,
          suggestions: [],
        },
      ],
    },
    // err.error.Code in a .catch callback, nothing handled: the whole XML list in the suggestion
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const get = (cos, params) =>
          cos.getObject(params).catch((e) => {
            switch (e.error.Code) {
              case 'InternalError':
                return retryGet(params);
            }
          });
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: `${XML_FIRST} and 10 more` },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 11,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: { name: "e", categories: XML_IDS },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export const get = (cos, params) =>
                  cos.getObject(params).catch((e) => {
                    switch (e.error.Code) {
                      case 'InternalError':
                        return retryGet(params);
                      default:
                        throw e;
                    }
                  });
              `,
            },
          ],
        },
      ],
    },
    // the categories option picks categories of every vocabulary
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function get(cos, params) {
          try {
            return await cos.getObject(params);
          } catch (err) {
            switch (err.code) {
              case 'SlowDown':
                return retryGet(params);
            }
          }
        }
      `,
      options: [{ categories: ["precondition"] }],
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "precondition (PreconditionFailed)" },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 11,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: { name: "err", categories: "precondition (PreconditionFailed)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                export async function get(cos, params) {
                  try {
                    return await cos.getObject(params);
                  } catch (err) {
                    switch (err.code) {
                      case 'SlowDown':
                        return retryGet(params);
                      default:
                        throw err;
                    }
                  }
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
