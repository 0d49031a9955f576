import rule from "../../src/rules/sdk-error-shape.js";
import { dedent, ruleTester } from "../helpers/index.js";

const JS = { filename: "file.js" } as const;
const TSX = {
  filename: "file.tsx",
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
} as const;

const NODE = "`cos-nodejs-sdk-v5`";
const BROWSER = "`cos-js-sdk-v5`";
const WX = "`cos-wx-sdk-v5`";
const ANY = "any COS SDK";

ruleTester.run("sdk-error-shape", rule, {
  valid: [
    // ----- the mini-program SDK: the XML code is in err.error.Code
    {
      ...JS,
      code: dedent`
        import COS from "cos-wx-sdk-v5";
        cos.getObject(params, (err) => {
          if (err.error.Code === "NoSuchKey") return null;
          if (err.error?.Code === "AccessDenied") return null;
          if (err.statusCode === 404) return null;
          if (err.code === "ECONNRESET") return null; // not an XML-API code
        });
      `,
    },
    // ----- the Node SDK: err.code, or err.error.Code behind a test or `?.`
    {
      ...JS,
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");
        cos.getObject(params, (err) => {
          if (err.code === "NoSuchKey") return null;
          if (err.error?.Code === "NoSuchKey") return null;
          if (err?.error?.Code === "NoSuchKey") return null;
          if (err.error && err.error.Code === "NoSuchKey") return null;
          if (!err.error || err.error.Code !== "SlowDown") return null;
          return err.error != null ? err.error.Code === "SlowDown" : false;
        });
        cos.putObject(params, (err) => {
          if (typeof err.error !== "object") throw err;
          if (err.error) {
            if (err.error.Code === "SlowDown") return;
          }
          switch (err.statusCode) {
            case 404:
              return;
          }
        });
        export function f(err) {
          if (!err.error) return;
          return err.error.Code === "NoSuchKey";
        }
      `,
    },
    // the Node SDK's HEAD 404 sets err.code to the string '404': compared as a string, it is read right
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        cos.headObject(params, (err) => {
          if (err && err.code === "404") return false;
          if (err.statusCode === 404) return false;
          throw err;
        });
      `,
    },
    // ----- the browser SDK sets err.error on every error (`{}` for a HEAD 404): err.error.Code never throws
    {
      ...JS,
      code: dedent`
        import COS from "cos-js-sdk-v5";
        cos.getObject(params, (err) => err.error.Code === "NoSuchKey");
      `,
    },
    // ----- the SDK is not known: none imported, or several
    {
      ...JS,
      code: dedent`
        export const missing = (cosError) => cosError.error.Code === "NoSuchKey" || cosError.code === "NoSuchKey";
      `,
    },
    {
      ...JS,
      code: dedent`
        import NodeCos from "cos-nodejs-sdk-v5";
        import WxCos from "cos-wx-sdk-v5";
        export const missing = (err) => err.error.Code === "NoSuchKey" || err.code === "NoSuchKey";
      `,
    },
    // the `sdk` option only applies where the file imports no SDK
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const missing = (err) => err.code === "NoSuchKey";
      `,
      options: [{ sdk: "cos-wx-sdk-v5" }],
    },
    // a mention of the SDK that is no import
    {
      ...JS,
      code: dedent`
        // import COS from "cos-wx-sdk-v5";
        const cos = createClient("cos-wx-sdk-v5");
        export const missing = (err) => err.code === "NoSuchKey";
      `,
    },
    // ----- a name, not a member: where the code was read from is not known
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export const missing = ({ code }) => code === 404;
      `,
    },
    // a status string in err.code: right with the Node SDK; with no SDK known, or outside a HEAD request,
    // the rule does not say (it reports only what holds for every SDK)
    {
      ...JS,
      code: dedent`
        import { cos } from "../utils/cos";
        cos.headObject(params, (err) => err.code === "404");
      `,
    },
    {
      ...JS,
      code: dedent`
        import COS from "cos-js-sdk-v5";
        cos.getObject(params, (err) => err.code === "404");
        cos.headObject(params, (err) => err.statusCode === 404);
      `,
    },
    // ----- not an error handler of a HEAD request
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        export async function exists(params) {
          try {
            await cos.headObject(params);
            await cos.getObject(params);
          } catch (err) {
            if (err.code === "NoSuchKey") return false;
          }
          try {
            await cos.headObject(params);
          } catch (err) {
            err = await describe(err);
            if (err.code === "NoSuchKey") return false;
          }
          cos.headObject(params).then(onFound).catch((err) => err.code === "NoSuchKey");
          cos.headObject(params).then(() => cos.getObject(params)).catch((err) => err.code === "NoSuchKey");
          cos.headObject(params).then((data) => new Date(data.LastModified)).catch((err) => err.code === "NoSuchKey");
          cos.headObject(params).then(() => true, onError).catch((err) => err.code === "NoSuchKey");
          cos.headObject(params, (err) => done(err.code === "NoSuchBucket"), extra);
          cos.getObject(params, (err) => err.code === "NoSuchKey");
          cos.headObject(params, (data, err) => err.code === "NoSuchKey");
          return true;
        }
      `,
    },
    // ----- no COS context: never judged
    {
      ...JS,
      code: dedent`
        storage.headObject(params, (err) => {
          if (err.code == 404) return;
          if (err.code === "NoSuchKey") return;
        });
      `,
    },
    "export const missing = (err: { code: number }) => err.code === 404;",
  ],
  invalid: [
    // ----- 1. the mini-program SDK has no err.code
    {
      ...JS,
      code: dedent`
        import COS from "cos-wx-sdk-v5";
        cos.getObject(params, (err) => {
          if (err.code === "NoSuchKey") return null;
          if (err?.code === "BadRquest") return null;
        });
      `,
      errors: [
        {
          messageId: "wxHasNoCode",
          data: { read: "err.code", code: "NoSuchKey" },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err.error?.Code" },
              output: dedent`
                import COS from "cos-wx-sdk-v5";
                cos.getObject(params, (err) => {
                  if (err.error?.Code === "NoSuchKey") return null;
                  if (err?.code === "BadRquest") return null;
                });
              `,
            },
          ],
        },
        {
          messageId: "wxHasNoCode",
          data: { read: "err?.code", code: "BadRquest" },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err?.error?.Code" },
              output: dedent`
                import COS from "cos-wx-sdk-v5";
                cos.getObject(params, (err) => {
                  if (err.code === "NoSuchKey") return null;
                  if (err?.error?.Code === "BadRquest") return null;
                });
              `,
            },
          ],
        },
      ],
    },
    // a mini-program's own copy of the SDK bundle; a switch reports its discriminant once
    {
      ...JS,
      code: dedent`
        const COS = require("./lib/cos-wx-sdk-v5.min.js");
        function onError(err) {
          switch (err["code"]) {
            case "NoSuchKey":
            case "NoSuchBucket":
              return null;
          }
        }
      `,
      errors: [
        {
          messageId: "wxHasNoCode",
          data: { read: 'err["code"]', code: "NoSuchKey" },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err.error?.Code" },
              output: dedent`
                const COS = require("./lib/cos-wx-sdk-v5.min.js");
                function onError(err) {
                  switch (err.error?.Code) {
                    case "NoSuchKey":
                    case "NoSuchBucket":
                      return null;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    // TypeScript: the error object keeps its assertion, in parentheses
    {
      code: dedent`
        import type { CosError } from "cos-wx-sdk-v5";
        export const slowDown = (err: unknown) => (err as CosError).code === "SlowDown";
      `,
      errors: [
        {
          messageId: "wxHasNoCode",
          data: { read: "(err as CosError).code", code: "SlowDown" },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "(err as CosError).error?.Code" },
              output: dedent`
                import type { CosError } from "cos-wx-sdk-v5";
                export const slowDown = (err: unknown) => (err as CosError).error?.Code === "SlowDown";
              `,
            },
          ],
        },
      ],
    },
    // the `sdk` option, for a file that imports no SDK
    {
      ...JS,
      code: dedent`
        export const denied = (cosError) => ["AccessDenied", "NoSuchKey"].includes(cosError.code);
      `,
      options: [{ sdk: "cos-wx-sdk-v5" }],
      errors: [
        {
          messageId: "wxHasNoCode",
          data: { read: "cosError.code", code: "AccessDenied" },
          line: 1,
          column: 76,
          endLine: 1,
          endColumn: 89,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "cosError.error?.Code" },
              output: dedent`
                export const denied = (cosError) => ["AccessDenied", "NoSuchKey"].includes(cosError.error?.Code);
              `,
            },
          ],
        },
      ],
    },

    // ----- 2. the Node SDK: err.error is missing when the error has no body
    {
      ...JS,
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");
        cos.getObject(params, (err) => {
          if (err.error.Code === "NoSuchKey") return null;
          if (err?.error.Code === "SlowDown") return retry();
          if (err.statusCode === 404 && err.error.Code === "NoSuchKey") return null;
        });
      `,
      errors: [
        {
          messageId: "bodyMayBeMissing",
          data: { read: "err.error.Code", body: "err.error" },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err.code" },
              output: dedent`
                const COS = require("cos-nodejs-sdk-v5");
                cos.getObject(params, (err) => {
                  if (err.code === "NoSuchKey") return null;
                  if (err?.error.Code === "SlowDown") return retry();
                  if (err.statusCode === 404 && err.error.Code === "NoSuchKey") return null;
                });
              `,
            },
          ],
        },
        {
          messageId: "bodyMayBeMissing",
          data: { read: "err?.error.Code", body: "err?.error" },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err?.code" },
              output: dedent`
                const COS = require("cos-nodejs-sdk-v5");
                cos.getObject(params, (err) => {
                  if (err.error.Code === "NoSuchKey") return null;
                  if (err?.code === "SlowDown") return retry();
                  if (err.statusCode === 404 && err.error.Code === "NoSuchKey") return null;
                });
              `,
            },
          ],
        },
        {
          messageId: "bodyMayBeMissing",
          data: { read: "err.error.Code", body: "err.error" },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 47,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err.code" },
              output: dedent`
                const COS = require("cos-nodejs-sdk-v5");
                cos.getObject(params, (err) => {
                  if (err.error.Code === "NoSuchKey") return null;
                  if (err?.error.Code === "SlowDown") return retry();
                  if (err.statusCode === 404 && err.code === "NoSuchKey") return null;
                });
              `,
            },
          ],
        },
      ],
    },
    // TypeScript: `!` does not make err.error present
    {
      code: dedent`
        import COS = require("cos-nodejs-sdk-v5");
        export async function read(cos: COS, params: COS.GetObjectParams) {
          try {
            return await cos.getObject(params);
          } catch (e: any) {
            if (["NoSuchKey", "NoSuchBucket"].includes(e.error!.Code)) return undefined;
            throw e;
          }
        }
      `,
      errors: [
        {
          messageId: "bodyMayBeMissing",
          data: { read: "e.error!.Code", body: "e.error" },
          line: 6,
          column: 48,
          endLine: 6,
          endColumn: 61,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "e.code" },
              output: dedent`
                import COS = require("cos-nodejs-sdk-v5");
                export async function read(cos: COS, params: COS.GetObjectParams) {
                  try {
                    return await cos.getObject(params);
                  } catch (e: any) {
                    if (["NoSuchKey", "NoSuchBucket"].includes(e.code)) return undefined;
                    throw e;
                  }
                }
              `,
            },
          ],
        },
      ],
    },

    // ----- 3. a number that is an HTTP status, compared with the code
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        cos.headObject(params, (err) => {
          if (err.code == 404) return false;
        });
      `,
      errors: [
        {
          messageId: "statusInCode",
          data: { sdk: NODE, read: "err.code", status: 404 },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err.statusCode" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                cos.headObject(params, (err) => {
                  if (err.statusCode == 404) return false;
                });
              `,
            },
          ],
        },
      ],
    },
    // no SDK imported (COS context from a name); `!==`, `?.`, a `const`
    {
      ...JS,
      code: dedent`
        const NOT_FOUND = 404;
        export const found = (cosErr) => cosErr?.code !== 404 && cosErr.code !== NOT_FOUND;
      `,
      errors: [
        {
          messageId: "statusInCode",
          data: { sdk: ANY, read: "cosErr?.code", status: 404 },
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "cosErr?.statusCode" },
              output: dedent`
                const NOT_FOUND = 404;
                export const found = (cosErr) => cosErr?.statusCode !== 404 && cosErr.code !== NOT_FOUND;
              `,
            },
          ],
        },
        {
          messageId: "statusInCode",
          data: { sdk: ANY, read: "cosErr.code", status: 404 },
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 69,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "cosErr.statusCode" },
              output: dedent`
                const NOT_FOUND = 404;
                export const found = (cosErr) => cosErr?.code !== 404 && cosErr.statusCode !== NOT_FOUND;
              `,
            },
          ],
        },
      ],
    },
    // a switch of statuses only: the discriminant is replaced; the browser SDK; err.error.Code on the Node SDK
    {
      ...JS,
      code: dedent`
        import COS from "cos-js-sdk-v5";
        function onError(err) {
          switch (err.code) {
            case 403:
            case 404:
              return null;
          }
        }
      `,
      errors: [
        {
          messageId: "statusInCode",
          data: { sdk: BROWSER, read: "err.code", status: 403 },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err.statusCode" },
              output: dedent`
                import COS from "cos-js-sdk-v5";
                function onError(err) {
                  switch (err.statusCode) {
                    case 403:
                    case 404:
                      return null;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        function onError(err) {
          if (err.error.Code === 404) return null;
          switch (err.code) {
            case "NoSuchKey":
            case 404:
              return null;
          }
        }
      `,
      errors: [
        {
          messageId: "statusInCode",
          data: { sdk: NODE, read: "err.error.Code", status: 404 },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err.statusCode" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                function onError(err) {
                  if (err.statusCode === 404) return null;
                  switch (err.code) {
                    case "NoSuchKey":
                    case 404:
                      return null;
                  }
                }
              `,
            },
          ],
        },
        // the switch also compares an XML code: replacing its discriminant would break that case
        {
          messageId: "statusInCode",
          data: { sdk: NODE, read: "err.code", status: 404 },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    // TypeScript, the mini-program SDK
    {
      code: dedent`
        import COS from "cos-wx-sdk-v5";
        export const missing = (err: { code?: unknown }) => [404, 410].includes(err.code as number);
      `,
      errors: [
        {
          messageId: "statusInCode",
          data: { sdk: WX, read: "err.code", status: 404 },
          line: 2,
          column: 73,
          endLine: 2,
          endColumn: 81,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err.statusCode" },
              output: dedent`
                import COS from "cos-wx-sdk-v5";
                export const missing = (err: { code?: unknown }) => [404, 410].includes(err.statusCode as number);
              `,
            },
          ],
        },
      ],
    },

    // ----- 4. an XML code in the error handler of a HEAD request
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        cos.headObject(params, function (err, data) {
          if (err && err.code === "NoSuchKey") return false;
          if (err.error.Code === "NoSuchKey") return false;
          if (err.code !== "InvalidObjectState") throw err;
        });
      `,
      errors: [
        {
          messageId: "headHasNoBody",
          data: { method: "headObject", sdk: NODE, read: "err.code", code: "NoSuchKey" },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 38,
          suggestions: [
            {
              messageId: "compareHttpStatus",
              data: { replacement: "err.statusCode === 404" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                cos.headObject(params, function (err, data) {
                  if (err && err.statusCode === 404) return false;
                  if (err.error.Code === "NoSuchKey") return false;
                  if (err.code !== "InvalidObjectState") throw err;
                });
              `,
            },
          ],
        },
        // reported once: comparing the status also ends the read of the missing err.error
        {
          messageId: "headHasNoBody",
          data: { method: "headObject", sdk: NODE, read: "err.error.Code", code: "NoSuchKey" },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            {
              messageId: "compareHttpStatus",
              data: { replacement: "err.statusCode === 404" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                cos.headObject(params, function (err, data) {
                  if (err && err.code === "NoSuchKey") return false;
                  if (err.statusCode === 404) return false;
                  if (err.code !== "InvalidObjectState") throw err;
                });
              `,
            },
          ],
        },
        // two HTTP statuses (403, 409): no single status to compare
        {
          messageId: "headHasNoBody",
          data: { method: "headObject", sdk: NODE, read: "err.code", code: "InvalidObjectState" },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    // `.catch` and `.then(…, onRejected)` on the call; the browser SDK; the code on the right
    {
      ...JS,
      code: dedent`
        import COS from "cos-js-sdk-v5";
        export const exists = (params) =>
          cos.headObject(params).then(
            () => true,
            (err) => ("NoSuchKey" === err?.code ? false : Promise.reject(err)),
          );
        export const bucketExists = (params) =>
          cos.headBucket(params).catch((e) => e.code != "NoSuchBucket");
      `,
      errors: [
        {
          messageId: "headHasNoBody",
          data: { method: "headObject", sdk: BROWSER, read: "err?.code", code: "NoSuchKey" },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 40,
          suggestions: [
            {
              messageId: "compareHttpStatus",
              data: { replacement: "404 === err?.statusCode" },
              output: dedent`
                import COS from "cos-js-sdk-v5";
                export const exists = (params) =>
                  cos.headObject(params).then(
                    () => true,
                    (err) => (404 === err?.statusCode ? false : Promise.reject(err)),
                  );
                export const bucketExists = (params) =>
                  cos.headBucket(params).catch((e) => e.code != "NoSuchBucket");
              `,
            },
          ],
        },
        {
          messageId: "headHasNoBody",
          data: { method: "headBucket", sdk: BROWSER, read: "e.code", code: "NoSuchBucket" },
          line: 8,
          column: 39,
          endLine: 8,
          endColumn: 63,
          suggestions: [
            {
              messageId: "compareHttpStatus",
              data: { replacement: "e.statusCode != 404" },
              output: dedent`
                import COS from "cos-js-sdk-v5";
                export const exists = (params) =>
                  cos.headObject(params).then(
                    () => true,
                    (err) => ("NoSuchKey" === err?.code ? false : Promise.reject(err)),
                  );
                export const bucketExists = (params) =>
                  cos.headBucket(params).catch((e) => e.statusCode != 404);
              `,
            },
          ],
        },
      ],
    },
    // the browser and mini-program SDKs never put a HEAD error's status in err.code ('404' is the Node SDK's)
    {
      ...JS,
      code: dedent`
        import COS from "cos-js-sdk-v5";
        cos.headObject(params, (err) => {
          if (err && err.code === "404") return false;
          throw err;
        });
      `,
      errors: [
        {
          messageId: "headStatusOnlyOnNode",
          data: { method: "headObject", sdk: BROWSER, read: "err.code", code: '"404"' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 32,
          suggestions: [
            {
              messageId: "compareHttpStatus",
              data: { replacement: "err.statusCode === 404" },
              output: dedent`
                import COS from "cos-js-sdk-v5";
                cos.headObject(params, (err) => {
                  if (err && err.statusCode === 404) return false;
                  throw err;
                });
              `,
            },
          ],
        },
      ],
    },
    // through a name, in a switch (no suggestion) and a comparison written the other way round
    {
      ...JS,
      code: dedent`
        import COS from "cos-js-sdk-v5";
        const NOT_FOUND = "404";
        cos.headBucket(params, (err) => {
          switch (err.code) {
            case NOT_FOUND:
              return false;
          }
          return NOT_FOUND == err.code;
        });
      `,
      errors: [
        {
          messageId: "headStatusOnlyOnNode",
          data: { method: "headBucket", sdk: BROWSER, read: "err.code", code: '"404"' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: "headStatusOnlyOnNode",
          data: { method: "headBucket", sdk: BROWSER, read: "err.code", code: '"404"' },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 31,
          suggestions: [
            {
              messageId: "compareHttpStatus",
              data: { replacement: "404 == err.statusCode" },
              output: dedent`
                import COS from "cos-js-sdk-v5";
                const NOT_FOUND = "404";
                cos.headBucket(params, (err) => {
                  switch (err.code) {
                    case NOT_FOUND:
                      return false;
                  }
                  return 404 == err.statusCode;
                });
              `,
            },
          ],
        },
      ],
    },
    // `.catch` after `.then(f)` links whose callbacks call nothing: the rejection is the HEAD request's
    {
      ...JS,
      code: dedent`
        import COS from "cos-wx-sdk-v5";
        export const exists = (params) =>
          cos
            .headObject(params)
            .then(() => true)
            .catch((err) => (err.code === "404" ? false : Promise.reject(err)));
      `,
      errors: [
        {
          messageId: "headStatusOnlyOnNode",
          data: { method: "headObject", sdk: WX, read: "err.code", code: '"404"' },
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 40,
          suggestions: [
            {
              messageId: "compareHttpStatus",
              data: { replacement: "err.statusCode === 404" },
              output: dedent`
                import COS from "cos-wx-sdk-v5";
                export const exists = (params) =>
                  cos
                    .headObject(params)
                    .then(() => true)
                    .catch((err) => (err.statusCode === 404 ? false : Promise.reject(err)));
              `,
            },
          ],
        },
      ],
    },
    {
      ...JS,
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        cos.headBucket(params).then(() => true).then(async (found) => !found).catch((e) => e.code === "NoSuchBucket");
      `,
      errors: [
        {
          messageId: "headHasNoBody",
          data: { method: "headBucket", sdk: NODE, read: "e.code", code: "NoSuchBucket" },
          line: 2,
          column: 84,
          endLine: 2,
          endColumn: 109,
          suggestions: [
            {
              messageId: "compareHttpStatus",
              data: { replacement: "e.statusCode === 404" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";
                cos.headBucket(params).then(() => true).then(async (found) => !found).catch((e) => e.statusCode === 404);
              `,
            },
          ],
        },
      ],
    },
    // `try` / `catch` around an awaited HEAD request, TypeScript; the mini-program SDK reads err.error.Code
    {
      code: dedent`
        import COS from "cos-wx-sdk-v5";
        export async function exists(cos: COS, key: string): Promise<boolean> {
          try {
            await cos.headObject({ Bucket: "b-1250000000", Region: "ap-guangzhou", Key: key });
            return true;
          } catch (err: any) {
            if (err?.error?.Code === "NoSuchKey") return false;
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "headHasNoBody",
          data: { method: "headObject", sdk: WX, read: "err?.error?.Code", code: "NoSuchKey" },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 41,
          suggestions: [
            {
              messageId: "compareHttpStatus",
              data: { replacement: "err?.statusCode === 404" },
              output: dedent`
                import COS from "cos-wx-sdk-v5";
                export async function exists(cos: COS, key: string): Promise<boolean> {
                  try {
                    await cos.headObject({ Bucket: "b-1250000000", Region: "ap-guangzhou", Key: key });
                    return true;
                  } catch (err: any) {
                    if (err?.statusCode === 404) return false;
                    throw err;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    // no SDK imported; a switch case and a collection element are reported where they are, without a suggestion
    {
      ...JS,
      code: dedent`
        export function exists(cosClient, params, done) {
          cosClient.headObject(params, (err) => {
            if (["NoSuchKey", "NoSuchBucket"].includes(err.code)) return done(null, false);
            switch (err.code) {
              case "AccessDenied":
                return done(err);
            }
          });
        }
      `,
      errors: [
        {
          messageId: "headHasNoBody",
          data: { method: "headObject", sdk: ANY, read: "err.code", code: "NoSuchKey" },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: "headHasNoBody",
          data: { method: "headObject", sdk: ANY, read: "err.code", code: "NoSuchBucket" },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 37,
          suggestions: [],
        },
        {
          messageId: "headHasNoBody",
          data: { method: "headObject", sdk: ANY, read: "err.code", code: "AccessDenied" },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    // JSX
    {
      ...TSX,
      code: dedent`
        import COS from "cos-js-sdk-v5";
        export const Status = ({ err }: { err: any }) => <span>{err.code === 404 ? "missing" : "error"}</span>;
      `,
      errors: [
        {
          messageId: "statusInCode",
          data: { sdk: BROWSER, read: "err.code", status: 404 },
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: "readInstead",
              data: { replacement: "err.statusCode" },
              output: dedent`
                import COS from "cos-js-sdk-v5";
                export const Status = ({ err }: { err: any }) => <span>{err.statusCode === 404 ? "missing" : "error"}</span>;
              `,
            },
          ],
        },
      ],
    },
  ],
});
