import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/no-retry-non-retryable.js";
import { dedent, ruleTester, thrownMessage } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];

ruleTester.run<MessageIds, Options>("no-retry-non-retryable", rule, {
  valid: [
    // an after-fix category tested through the helper, fixed before the retry
    dedent`
      import { cosErrorCategory } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params) {
        try {
          return await cos.putObject(params);
        } catch (err) {
          if (cosErrorCategory(err.code) === "signature-expired") {
            await refreshCredentials();
            return retryUpload(params);
          }
          throw err;
        }
      }
    `,
    // the fix runs inside the retry's arguments, before the call
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function download(cos, params) {
        try {
          return await cos.getObject(params);
        } catch (err) {
          if (err.code === -96) return retryDownload(cos, await resign(params));
          throw err;
        }
      }
    `,
    // the helper says the error is retryable: a retry is right
    dedent`
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params) {
        try {
          return await cos.putObject(params);
        } catch (err) {
          if (isRetryableCosError(err)) return retryUpload(params);
          throw err;
        }
      }
    `,
    // backoff-class codes retried
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        for (let attempt = 0; ; attempt++) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -71:
              case -5963:
              case -5997:
                await sleep(2 ** attempt * 100);
                continue;
              default:
                throw err;
            }
          }
        }
      }
    `,
    // after-fix codes retried after their fix
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos: COS, params: COS.SliceUploadFileParams, readSource: () => Promise<Buffer>) {
        for (let attempt = 0; attempt < 3; attempt++) {
          try {
            return await cos.sliceUploadFile(params);
          } catch (err: any) {
            switch (err.code) {
              case -96:
                await refreshCredentials();
                continue;
              case -4019: {
                const parts = await listParts(params);
                return retryUpload({ ...params, parts });
              }
              case -4016:
                params.Body = await rereadSource(readSource);
                continue;
              default:
                throw err;
            }
          }
        }
      }
    `,
    // the fix as a method call
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export class Uploader {
        constructor(private readonly cos: COS, private readonly auth: { refresh(): Promise<void> }) {}

        async upload(params: COS.PutObjectParams): Promise<unknown> {
          try {
            return await this.cos.putObject(params);
          } catch (err: any) {
            if (err.code === -96) {
              await this.auth.refresh();
              return this.upload(params);
            }
            throw err;
          }
        }
      }
    `,
    // never-class codes in branches that do not retry
    dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { CosErrorCode } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        for (let attempt = 0; attempt < 5; attempt++) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -71:
                continue;
              case -97:
              case CosErrorCode.BUCKET_NOT_FOUND:
                throw new Error("fix the configuration", { cause: err });
              case -4018:
                return null;
              default:
                throw err;
            }
          }
        }
      }
    `,
    // an after-fix code in a branch that does not retry (resuming is not retrying)
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos: COS, params: COS.SliceUploadFileParams) {
        try {
          return await cos.sliceUploadFile(params);
        } catch (err: any) {
          if (err.code === -4019) return resumeUpload(params);
          throw err;
        }
      }
    `,
    // `continue` in a for…of moves on to the next item: not a retry
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function removeAll(cos: COS, keys: string[]) {
        for (const key of keys) {
          try {
            await cos.deleteObject({ Bucket: "photos-1250000000", Region: "ap-guangzhou", Key: key });
          } catch (err: any) {
            if (err.code === -197 || err.code === -133) continue;
            throw err;
          }
        }
      }
    `,
    // `? :` chain: the never-class code is on the side that does not retry
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export const put = (cos: COS, params: COS.PutObjectParams) =>
        cos.putObject(params).catch((err) => (err.code === -97 ? Promise.reject(err) : retryUpload(params)));
    `,
    // a dispatch that only tests non-backoff codes and never retries
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function ensureUploaded(cos: COS, params: COS.PutObjectParams) {
        try {
          await cos.putObject(params);
        } catch (err: any) {
          if (err.code === -4018) return "ok";
        }
      }
    `,
    // a file that is not COS code is never judged
    {
      filename: "db.ts",
      code: dedent`
        import { Pool } from "pg";

        export async function query(pool: Pool, sql: string) {
          for (let attempt = 0; attempt < 3; attempt++) {
            try {
              return await pool.query(sql);
            } catch (err: any) {
              if (err.code === -97) continue;
              throw err;
            }
          }
        }
      `,
    },
    // option afterFixPattern: a custom fix name
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          for (let attempt = 0; attempt < 3; attempt++) {
            try {
              return await cos.putObject(params);
            } catch (err: any) {
              if (err.code === -96) {
                await reauthenticate();
                continue;
              }
              throw err;
            }
          }
        }
      `,
      options: [{ afterFixPattern: "^reauth" }],
    },
    // option retryPattern: `retryUpload` is not a retry when the pattern names something else
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -97) return retryUpload(params);
            throw err;
          }
        }
      `,
      options: [{ retryPattern: "^again$" }],
    },
  ],
  invalid: [
    // a runtime-helper test that covers categories a retry cannot fix, on a retrying branch
    {
      code: dedent`
        import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos, params) {
          try {
            return await cos.putObject(params);
          } catch (err) {
            if (!isRetryableCosError(err)) return retryUpload(params);
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "categoryNotRetryable",
          data: {
            categories:
              "signature-expired, resumable, integrity, request, auth, signature, not-found, conflict, banned, " +
              "redirect, precondition",
          },
          line: 7,
          column: 9,
          endColumn: 34,
        },
      ],
    },
    {
      code: dedent`
        import { cosErrorCategory } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos, params) {
          try {
            return await cos.putObject(params);
          } catch (err) {
            if (cosErrorCategory(err.code) === "auth") return retryUpload(params);
            throw err;
          }
        }
      `,
      errors: [{ messageId: "categoryNotRetryable", data: { categories: "auth" }, line: 7, column: 9 }],
    },
    // cosErrorCategory() takes the error object too, as isRetryableCosError() does
    {
      code: dedent`
        import { cosErrorCategory } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos, params) {
          try {
            return await cos.putObject(params);
          } catch (err) {
            if (cosErrorCategory(err) === "auth") return retryUpload(params);
            throw err;
          }
        }
      `,
      errors: [{ messageId: "categoryNotRetryable", data: { categories: "auth" }, line: 7, column: 9 }],
    },
    // a fix before the retry covers the after-fix categories, not the never ones
    {
      code: dedent`
        import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos, params) {
          try {
            return await cos.putObject(params);
          } catch (err) {
            if (!isRetryableCosError(err)) {
              await refreshCredentials();
              return retryUpload(params);
            }
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "categoryNotRetryable",
          data: { categories: "request, auth, signature, not-found, conflict, banned, precondition" },
          line: 7,
          column: 9,
        },
      ],
    },
    // a never-class code in a `continue` retry loop
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          for (let attempt = 0; attempt < 5; attempt++) {
            try {
              return await cos.putObject(params);
            } catch (err: any) {
              switch (err.code) {
                case -71:
                case -97:
                  await sleep(2 ** attempt * 100);
                  continue;
                default:
                  throw err;
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -97, description: "SIGNATURE_INVALID, signature" },
          line: 10,
          column: 14,
        },
      ],
    },
    // a runtime constant, retried by recursion
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos: COS, params: COS.PutObjectParams): Promise<unknown> {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === CosErrorCode.BUCKET_NOT_FOUND) {
              await cos.putBucket({ Bucket: params.Bucket, Region: params.Region });
              return upload(cos, params);
            }
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -133, description: "BUCKET_NOT_FOUND, not-found" },
          line: 8,
          column: 22,
        },
      ],
    },
    // an after-fix code retried with no fix
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          while (true) {
            try {
              return await cos.putObject(params);
            } catch (err: any) {
              if (err.code === -96) continue;
              throw err;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "retryBeforeFix",
          data: {
            code: -96,
            description: "SIGNATURE_EXPIRED, signature-expired",
            fixAction: "re-sign the request (and correct the clock skew) before retrying",
          },
          line: 8,
          column: 24,
        },
      ],
    },
    // the fix after the retry does not count
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export function upload(cos: COS, params: COS.PutObjectParams) {
          return cos.putObject(params).catch((err) => {
            if (err.code === -96) {
              retryUpload(params);
              refreshCredentials();
              return;
            }
            throw err;
          });
        }
      `,
      errors: [
        {
          messageId: "retryBeforeFix",
          data: {
            code: -96,
            description: "SIGNATURE_EXPIRED, signature-expired",
            fixAction: "re-sign the request (and correct the clock skew) before retrying",
          },
          line: 5,
          column: 22,
        },
      ],
    },
    // resumable code retried by recursion from a .catch callback inside the function
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export function upload(cos: COS, params: COS.SliceUploadFileParams): Promise<unknown> {
          return cos.sliceUploadFile(params).catch((err) => {
            switch (err.code) {
              case -4019:
                return upload(cos, params);
              default:
                throw err;
            }
          });
        }
      `,
      errors: [
        {
          messageId: "retryBeforeFix",
          data: {
            code: -4019,
            description: "UPLOAD_RESUMABLE, resumable",
            fixAction:
              "resume the upload (list the parts, send the missing ones, finish) instead of restarting it; " +
              "never delete and re-upload",
          },
          line: 6,
          column: 12,
        },
      ],
    },
    // integrity code retried from a timer callback
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -4016) {
              setTimeout(() => retryUpload(params), 1000);
              return;
            }
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "retryBeforeFix",
          data: {
            code: -4016,
            description: "UPLOAD_SHA_MISMATCH, integrity",
            fixAction: "re-read the source and recompute the checksum before sending it again, once",
          },
          line: 7,
          column: 22,
        },
      ],
    },
    // a retry function passed as an argument
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5"; import { retryUpload } from "./retry.js";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -197) {
              setTimeout(retryUpload, 1000);
              return;
            }
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -197, description: "FILE_NOT_FOUND, not-found" },
          line: 7,
          column: 22,
        },
      ],
    },
    // retry names matching the default retryPattern
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -97) return scheduleRetry(params);
            else if (err.code === -133) return backoff(() => cos.putObject(params));
            else if (err.code === -197) return client.retry();
            else if (err.code === -4018) return withRetry(() => cos.putObject(params));
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -97, description: "SIGNATURE_INVALID, signature" },
          line: 7,
          column: 22,
        },
        {
          messageId: "neverRetryable",
          data: { code: -133, description: "BUCKET_NOT_FOUND, not-found" },
          line: 8,
          column: 27,
        },
        {
          messageId: "neverRetryable",
          data: { code: -197, description: "FILE_NOT_FOUND, not-found" },
          line: 9,
          column: 27,
        },
        {
          messageId: "neverRetryable",
          data: { code: -4018, description: "FILE_ALREADY_UPLOADED, conflict" },
          line: 10,
          column: 27,
        },
      ],
    },
    // the code tested in an `||` with a backoff code: only the never-class one is reported
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          for (let attempt = 0; attempt < 5; attempt++) {
            try {
              return await cos.putObject(params);
            } catch (err: any) {
              if (err.code === -71 || err.code === -97) {
                await sleep(1000);
                continue;
              }
              throw err;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -97, description: "SIGNATURE_INVALID, signature" },
          line: 8,
          column: 44,
        },
      ],
    },
    // a switch group falling through into a retrying case: one report per code, in source order
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -133:
                console.warn("bucket missing, retrying");
              case -71:
              case -96:
                return retryUpload(params);
              default:
                throw err;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -133, description: "BUCKET_NOT_FOUND, not-found" },
          line: 8,
          column: 12,
        },
        {
          messageId: "retryBeforeFix",
          data: {
            code: -96,
            description: "SIGNATURE_EXPIRED, signature-expired",
            fixAction: "re-sign the request (and correct the clock skew) before retrying",
          },
          line: 11,
          column: 12,
        },
      ],
    },
    // `? :` chain
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export const put = (cos: COS, params: COS.PutObjectParams) =>
          cos.putObject(params).catch((err) => (err.code === -97 ? retryUpload(params) : Promise.reject(err)));
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -97, description: "SIGNATURE_INVALID, signature" },
          line: 4,
          column: 54,
        },
      ],
    },
    // a collection test
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        const RETRYABLE = [-71, -5963, -97];

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (RETRYABLE.includes(err.code)) return retryUpload(params);
            throw err;
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -97, description: "SIGNATURE_INVALID, signature" },
          line: 3,
          column: 32,
        },
      ],
    },
    // a method retrying itself through `this`
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export class Uploader {
          constructor(private readonly cos: COS) {}

          async upload(params: COS.PutObjectParams): Promise<unknown> {
            try {
              return await this.cos.putObject(params);
            } catch (err: any) {
              if (err.code === -4018) return this.upload(params);
              throw err;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -4018, description: "FILE_ALREADY_UPLOADED, conflict" },
          line: 10,
          column: 24,
        },
      ],
    },
    // JavaScript, CommonJS, labeled continue
    {
      filename: "upload.js",
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");

        const cos = new COS({ SecretId: process.env.SECRET_ID, SecretKey: process.env.SECRET_KEY });

        async function uploadAll(files) {
          attempts: for (let attempt = 0; attempt < 3; attempt++) {
            for (const file of files) {
              try {
                await cos.putObject(file);
              } catch (err) {
                if (err.code === -4016) continue attempts;
                throw err;
              }
            }
            return;
          }
        }

        module.exports = { uploadAll };
      `,
      errors: [
        {
          messageId: "retryBeforeFix",
          data: {
            code: -4016,
            description: "UPLOAD_SHA_MISMATCH, integrity",
            fixAction: "re-read the source and recompute the checksum before sending it again, once",
          },
          line: 11,
          column: 26,
        },
      ],
    },
    // do…while retry loop
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function head(cos: COS, params: COS.HeadObjectParams) {
          let attempt = 0;
          do {
            try {
              return await cos.headObject(params);
            } catch (err: any) {
              if (err.code === -133) {
                attempt++;
                continue;
              }
              throw err;
            }
          } while (attempt < 3);
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -133, description: "BUCKET_NOT_FOUND, not-found" },
          line: 9,
          column: 24,
        },
      ],
    },
    // `const upload = async () => …` retrying itself
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export const upload = async (cos: COS, params: COS.PutObjectParams): Promise<unknown> => {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -97:
                return upload(cos, params);
            }
            throw err;
          }
        };
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -97, description: "SIGNATURE_INVALID, signature" },
          line: 8,
          column: 12,
        },
      ],
    },
    // nested dispatches judged separately: only the inner one retries a never-class code
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function finishUpload(cos: COS, params: COS.SliceUploadFileParams) {
          try {
            return await cos.sliceUploadFile(params);
          } catch (err: any) {
            switch (err.code) {
              case -4019: {
                const res = await listParts(params);
                if (res.code === -133) return retryUpload(params);
                return resumeUpload(params, res);
              }
              default:
                throw err;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -133, description: "BUCKET_NOT_FOUND, not-found" },
          line: 10,
          column: 26,
        },
      ],
    },
    // nested dispatches judged separately: only the outer one retries a never-class code
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function finishUpload(cos: COS, params: COS.SliceUploadFileParams) {
          for (let attempt = 0; attempt < 3; attempt++) {
            try {
              return await cos.sliceUploadFile(params);
            } catch (err: any) {
              if (err.code === -97) {
                const res = await cos.headBucket(params);
                if (res.code === -133) throw err;
                continue;
              }
              throw err;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -97, description: "SIGNATURE_INVALID, signature" },
          line: 8,
          column: 24,
        },
      ],
    },
    // an `else if` on another code expression starts a dispatch of its own
    {
      name: "else if on another code expression is judged as its own dispatch",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          for (let attempt = 0; attempt < 3; attempt++) {
            const { error, response } = await send(cos, params);
            if (error?.code === -71) {
              await sleep(1000);
              continue;
            } else if (response.code === -97) {
              continue;
            }
            return response;
          }
        }
      `,
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -97, description: "SIGNATURE_INVALID, signature" },
          line: 9,
          column: 34,
        },
      ],
    },
    // option afterFixPattern replaces the default fix names
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          for (let attempt = 0; attempt < 3; attempt++) {
            try {
              return await cos.putObject(params);
            } catch (err: any) {
              if (err.code === -96) {
                await refreshCredentials();
                continue;
              }
              throw err;
            }
          }
        }
      `,
      options: [{ afterFixPattern: "^reauth" }],
      errors: [
        {
          messageId: "retryBeforeFix",
          data: {
            code: -96,
            description: "SIGNATURE_EXPIRED, signature-expired",
            fixAction: "re-sign the request (and correct the clock skew) before retrying",
          },
          line: 8,
          column: 24,
        },
      ],
    },
    // without the option, a custom fix name is not a fix
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          for (let attempt = 0; attempt < 3; attempt++) {
            try {
              return await cos.putObject(params);
            } catch (err: any) {
              if (err.code === -96) {
                await reauthenticate();
                continue;
              }
              throw err;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "retryBeforeFix",
          data: {
            code: -96,
            description: "SIGNATURE_EXPIRED, signature-expired",
            fixAction: "re-sign the request (and correct the clock skew) before retrying",
          },
          line: 8,
          column: 24,
        },
      ],
    },
    // option retryPattern: a custom retry name
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -97) return queue.again(params);
            throw err;
          }
        }
      `,
      options: [{ retryPattern: "^again$" }],
      errors: [
        {
          messageId: "neverRetryable",
          data: { code: -97, description: "SIGNATURE_INVALID, signature" },
          line: 7,
          column: 22,
        },
      ],
    },
  ],
});

describe("no-retry-non-retryable options", () => {
  // Plain JavaScript: the Linter parses with espree.
  const source = dedent`
    import COS from "cos-nodejs-sdk-v5";

    export async function upload(cos, params) {
      try {
        return await cos.putObject(params);
      } catch (err) {
        if (err.code === -96) {
          await reauth();
          return again(params);
        }
        throw err;
      }
    }
  `;
  const lint = (options: unknown): Linter.LintMessage[] =>
    new Linter().verify(source, [
      {
        plugins: { "cos-errors": plugin },
        rules: { "cos-errors/no-retry-non-retryable": ["error", options as never] },
      },
    ]);
  const thrown = (options: unknown): string => thrownMessage(() => lint(options), `options ${JSON.stringify(options)}`);

  it("accepts valid options", () => {
    expect(lint({ retryPattern: "^again$", afterFixPattern: "^reauth" })).toEqual([]);
    expect(lint({ retryPattern: "^again$", afterFixPattern: "^refresh" })).toEqual([
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "retryBeforeFix",
        message:
          "`-96` (SIGNATURE_EXPIRED, signature-expired) is retried without its fix: " +
          "re-sign the request (and correct the clock skew) before retrying.",
        line: 7,
        column: 22,
        endLine: 7,
        endColumn: 25,
      },
    ]);
  });

  it("rejects an unknown key, naming it", () => {
    // ESLint's rule-option validator prints the options with their defaults filled in.
    expect(thrown({ categories: ["auth"] })).toBe(
      'Key "rules": Key "cos-errors/no-retry-non-retryable":\n' +
        '\tValue {"retryPattern":"^(?:retry|withRetry|backoff)|retry$",' +
        '"afterFixPattern":"^(?:refresh|renew|resign|reSign|sign|getAuthorization|getCredentials|updateCredentials|' +
        'rotateCredentials|syncClock|correctClock|resume|listParts|recompute|rehash|reread|reRead)",' +
        '"categories":["auth"]} should NOT have additional properties.\n' +
        '\t\tUnexpected property "categories". Expected properties: "retryPattern", "afterFixPattern".\n',
    );
  });

  it("rejects a non-string afterFixPattern through ESLint's schema check, naming the rule and the value", () => {
    // ESLint's rule-option validator prints the rule and the bad value, not the option's path.
    expect(thrown({ afterFixPattern: ["^refresh"] })).toBe(
      'Key "rules": Key "cos-errors/no-retry-non-retryable":\n\tValue ["^refresh"] should be string.\n',
    );
  });

  it("rejects patterns that are not regular expressions", () => {
    expect(thrown({ retryPattern: "(" })).toBe(
      "Error while loading rule 'cos-errors/no-retry-non-retryable': eslint-plugin-cos-errors: " +
        'rule "cos-errors/no-retry-non-retryable" option retryPattern: not a valid regular expression: ' +
        "Invalid regular expression: /(/iu: Unterminated group\n" +
        "Occurred while linting <input>",
    );
    expect(thrown({ afterFixPattern: "*" })).toBe(
      "Error while loading rule 'cos-errors/no-retry-non-retryable': eslint-plugin-cos-errors: " +
        'rule "cos-errors/no-retry-non-retryable" option afterFixPattern: not a valid regular expression: ' +
        "Invalid regular expression: /*/iu: Nothing to repeat\n" +
        "Occurred while linting <input>",
    );
  });
});

describe("no-retry-non-retryable: the `if` and `?:` tests the dispatch listeners are called for", () => {
  // The listeners use narrow selectors (src/detect/dispatch.ts): each shape a code test can have must still
  // reach the rule, in an `if` (line 5) and in a `?:` (line 6); the shapes left out can never be one.
  // The rule reports each code's literal, or the helper test itself.
  const lint = (source: string): Linter.LintMessage[] =>
    new Linter().verify(source, [
      {
        plugins: { "cos-errors": plugin },
        rules: { "cos-errors/no-retry-non-retryable": "error" },
      },
    ]);

  it("=== reaches the rule", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params, err, quiet) {
        if (err.code === -133) return retryUpload(params);
        return err.code === -133 ? retryUpload(params) : undefined;
      }
    `;
    expect(lint(source)).toEqual([
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 5,
        column: 20,
        endLine: 5,
        endColumn: 24,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 6,
        column: 23,
        endLine: 6,
        endColumn: 27,
      },
    ]);
  });

  it("== reaches the rule", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params, err, quiet) {
        if (err.code == -133) return retryUpload(params);
        return err.code == -133 ? retryUpload(params) : undefined;
      }
    `;
    expect(lint(source)).toEqual([
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 5,
        column: 19,
        endLine: 5,
        endColumn: 23,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 6,
        column: 22,
        endLine: 6,
        endColumn: 26,
      },
    ]);
  });

  it("&& reaches the rule", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params, err, quiet) {
        if (err.code === -133 && !quiet) return retryUpload(params);
        return err.code === -133 && !quiet ? retryUpload(params) : undefined;
      }
    `;
    expect(lint(source)).toEqual([
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 5,
        column: 20,
        endLine: 5,
        endColumn: 24,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 6,
        column: 23,
        endLine: 6,
        endColumn: 27,
      },
    ]);
  });

  it("|| reaches the rule", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params, err, quiet) {
        if (err.code === -133 || err.code === -197) return retryUpload(params);
        return err.code === -133 || err.code === -197 ? retryUpload(params) : undefined;
      }
    `;
    expect(lint(source)).toEqual([
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 5,
        column: 20,
        endLine: 5,
        endColumn: 24,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-197` (FILE_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 5,
        column: 41,
        endLine: 5,
        endColumn: 45,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 6,
        column: 23,
        endLine: 6,
        endColumn: 27,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-197` (FILE_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 6,
        column: 44,
        endLine: 6,
        endColumn: 48,
      },
    ]);
  });

  it("a one-argument includes reaches the rule", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params, err, quiet) {
        if ([-133, -197].includes(err.code)) return retryUpload(params);
        return [-133, -197].includes(err.code) ? retryUpload(params) : undefined;
      }
    `;
    expect(lint(source)).toEqual([
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 5,
        column: 8,
        endLine: 5,
        endColumn: 12,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-197` (FILE_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 5,
        column: 14,
        endLine: 5,
        endColumn: 18,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-133` (BUCKET_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 15,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "neverRetryable",
        message: "`-197` (FILE_NOT_FOUND, not-found) is not retryable; retrying repeats the failure.",
        line: 6,
        column: 17,
        endLine: 6,
        endColumn: 21,
      },
    ]);
  });

  it("`!` before a one-argument helper call reaches the rule", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params, err, quiet) {
        if (!isRetryableCosError(err)) return retryUpload(params);
        return !isRetryableCosError(err) ? retryUpload(params) : undefined;
      }
    `;
    expect(lint(source)).toEqual([
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "categoryNotRetryable",
        message:
          "This branch retries errors a plain retry cannot fix: signature-expired, resumable, integrity, request, " +
          "auth, signature, not-found, conflict, banned, redirect, precondition.",
        line: 5,
        column: 7,
        endLine: 5,
        endColumn: 32,
      },
      {
        ruleId: "cos-errors/no-retry-non-retryable",
        severity: 2,
        messageId: "categoryNotRetryable",
        message:
          "This branch retries errors a plain retry cannot fix: signature-expired, resumable, integrity, request, " +
          "auth, signature, not-found, conflict, banned, redirect, precondition.",
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 35,
      },
    ]);
  });

  it("!== is no code test", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params, err, quiet) {
        if (err.code !== -133) return retryUpload(params);
        return err.code !== -133 ? retryUpload(params) : undefined;
      }
    `;
    expect(lint(source)).toEqual([]);
  });

  it("!= is no code test", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params, err, quiet) {
        if (err.code != -133) return retryUpload(params);
        return err.code != -133 ? retryUpload(params) : undefined;
      }
    `;
    expect(lint(source)).toEqual([]);
  });

  it("?? is no code test", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos, params, err, quiet) {
        if (err.code === -133 ?? quiet) return retryUpload(params);
        return err.code === -133 ?? quiet ? retryUpload(params) : undefined;
      }
    `;
    expect(lint(source)).toEqual([]);
  });
});
