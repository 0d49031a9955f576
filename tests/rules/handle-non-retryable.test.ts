import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/handle-non-retryable.js";
import { dedent, ruleTester, thrownMessage } from "../helpers/index.js";

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];

ruleTester.run<MessageIds, Options>("handle-non-retryable", rule, {
  valid: [
    // switch with a default that rethrows
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      const cos = new COS({ SecretId: process.env.COS_SECRET_ID, SecretKey: process.env.COS_SECRET_KEY });

      export async function upload(params: COS.PutObjectParams) {
        for (let attempt = 0; attempt < 5; attempt++) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -71:
              case -5963:
                await sleep(2 ** attempt * 100);
                continue;
              default:
                throw err;
            }
          }
        }
      }
    `,
    // a switch with a default that does not retry, even if a case retries a code it should not (the other rule's job)
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          switch (err.code) {
            case -97:
              return retryUpload(params);
            default:
              throw err;
          }
        }
      }
    `,
    // a switch without default that handles every required category explicitly (literals and constants)
    dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { CosErrorCode } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          switch (err.code) {
            case CosErrorCode.TOO_MANY_REQUESTS:
              return retryUpload(params);
            case CosErrorCode.SIGNATURE_EXPIRED:
            case -4019:
            case -4016:
            case CosErrorCode.INVALID_PARAMETER:
            case -55:
            case CosErrorCode.SIGNATURE_INVALID:
            case -197:
            case -4018:
            case -46621:
              throw err;
          }
        }
      }
    `,
    // if / else if / else whose else rethrows
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos: COS, params: COS.PutObjectParams, attempt = 0): Promise<unknown> {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          if (err.code === -71 || err.code === -5963) {
            await sleep(2 ** attempt * 100);
            return upload(cos, params, attempt + 1);
          } else if (err.code === -4018) {
            return null;
          } else {
            throw err;
          }
        }
      }
    `,
    // if chain without else whose branches all leave, followed by a rethrow: the rethrow is the fallback
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        for (let attempt = 0; attempt < 5; attempt++) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -71 || err.code === -5963) {
              await sleep(2 ** attempt * 100);
              continue;
            }
            throw err;
          }
        }
      }
    `,
    // consecutive ifs on the same code form one dispatch; here what follows them rethrows
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      async function uploadFile(cos: COS, params: COS.PutObjectParams, attempt = 0): Promise<unknown> {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          if (err.code === -5997 && attempt < 3) return uploadFile(cos, params, attempt + 1);
          if (err.code === -4018) return null;
          throw err;
        }
      }
    `,
    // a dispatch that only tests non-backoff codes and never retries is not judged
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
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function remove(cos: COS, keys: string[]) {
        for (const key of keys) {
          try {
            await cos.deleteObject({ Bucket: "photos-1250000000", Region: "ap-guangzhou", Key: key });
          } catch (err: any) {
            switch (err.code) {
              case -197:
                continue; // for…of: moves on to the next key, not a retry
              case -133:
                throw err;
            }
          }
        }
      }
    `,
    // `continue` in a for…of loop nested in a retry loop still continues the for…of
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function uploadParts(cos: COS, parts: COS.PutObjectParams[]) {
        for (let round = 0; round < 3; round++) {
          for (const part of parts) {
            try {
              await cos.putObject(part);
            } catch (err: any) {
              if (err.code === -4018) continue;
            }
          }
        }
      }
    `,
    // runtime helpers
    dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          if (isRetryableCosError(err)) return retryUpload(params);
          throw err;
        }
      }
    `,
    dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        for (let attempt = 0; attempt < 5; attempt++) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (!isRetryableCosError(err)) throw err;
            await sleep(2 ** attempt * 100);
            continue;
          }
        }
      }
    `,
    // `!isRetryableCosError(err)` handles every non-backoff category even with no fallback
    dedent`
      import COS from "cos-nodejs-sdk-v5";
      import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        for (let attempt = 0; attempt < 5; attempt++) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (!isRetryableCosError(err.code)) {
              throw err;
            } else if (err.code === -71) {
              await sleep(5000);
              continue;
            }
          }
        }
      }
    `,
    // `? :` chains
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export const putOnce = (cos: COS, params: COS.PutObjectParams) =>
        cos.putObject(params).catch((err) => (err.code === -71 ? retryUpload(params) : fail(err)));
    `,
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export const putOnce = (cos: COS, params: COS.PutObjectParams) =>
        cos
          .putObject(params)
          .catch((err) =>
            err.code === -71 || err.code === -5963 ? retryUpload(params) : err.code === -4018 ? null : Promise.reject(err),
          );
    `,
    // promise .catch handler with a default
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export function uploadLogo(cos: COS, body: Buffer) {
        return cos
          .putObject({ Bucket: "assets-1250000000", Region: "ap-beijing", Key: "logo.png", Body: body })
          .catch((err) => {
            switch (err.code) {
              case -71:
                return retryUpload(body);
              default:
                throw err;
            }
          });
      }
    `,
    // JavaScript, CommonJS, node-style callback: the branch leaves, the callback call after it is the fallback
    {
      filename: "upload.js",
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");

        const cos = new COS({ SecretId: process.env.SECRET_ID, SecretKey: process.env.SECRET_KEY });

        function upload(params, callback) {
          cos.putObject(params, function (err, data) {
            if (err && err.code === -71) return setTimeout(() => upload(params, callback), 1000);
            callback(err, data);
          });
        }

        module.exports = { upload };
      `,
    },
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
              switch (err.code) {
                case -71:
                  continue;
              }
            }
          }
        }
      `,
    },
    // "cos" appears in the text (computeCost), but nothing in the file is COS
    dedent`
      export async function computeCost(fetchPrice: () => Promise<number>): Promise<number> {
        try {
          return await fetchPrice();
        } catch (err: any) {
          if (err.code === -71) return retryFetch(fetchPrice);
        }
      }
    `,
    // escape hatch: the comment on the line before the dispatch
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          // cos-errors: handled elsewhere
          switch (err.code) {
            case -71:
              return retryUpload(params);
          }
        }
      }
    `,
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          /* cos-errors: handled elsewhere (the caller's queue gives up after 3 attempts) */
          if (err.code === -71) return retryUpload(params);
        }
      }
    `,
    // escape hatch: the last comment inside the dispatch
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos: COS, params: COS.PutObjectParams) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          switch (err.code) {
            case -71:
              return retryUpload(params);
            // cos-errors: handled elsewhere
          }
        }
      }
    `,
    // option categories narrows what must be handled
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -71:
                return retryUpload(params);
              case -55:
              case -79:
                throw new Error("check the COS credentials", { cause: err });
            }
          }
        }
      `,
      options: [{ categories: ["auth"] }],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { cosErrorCategory } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (cosErrorCategory(err.code) === "auth") {
              throw new Error("check the COS credentials", { cause: err });
            } else {
              return retryUpload(params);
            }
          }
        }
      `,
      options: [{ categories: ["auth"] }],
    },
    // option retryPattern replaces the default names
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return retryUpload(params);
            }
          }
        }
      `,
      options: [{ retryPattern: "^again$" }],
    },
    // option fallbackCommentPattern
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            // Upload queue: gives up after three attempts
            if (err.code === -71) return retryUpload(params);
          }
        }
      `,
      options: [{ fallbackCommentPattern: "^\\s*upload queue:" }],
    },
    // nested dispatches, both fine
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function finishUpload(cos: COS, params: COS.SliceUploadFileParams) {
        try {
          return await cos.sliceUploadFile(params);
        } catch (err: any) {
          switch (err.code) {
            case -4019: {
              const res = await listParts(params);
              if (res.code === -71) return retryUpload(params);
              return resumeUpload(params, res);
            }
            default:
              throw err;
          }
        }
      }
    `,
    // calls that are not retries in the default
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          switch (err.code) {
            case -4018:
              return null;
            default:
              throw err;
          }
        }
      }
    `,
    // calls that are not retries in the default
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          switch (err.code) {
            case -4018:
              return null;
            default:
              reportFailure(params); throw err;
          }
        }
      }
    `,
    // calls that are not retries in the default: `retr…`, not `retry`
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          switch (err.code) {
            case -4018:
              return null;
            default:
              return retrieveBackup(params);
          }
        }
      }
    `,
    // calls that are not retries in the default: `…retryable`, not `…retry`
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          switch (err.code) {
            case -4018:
              return null;
            default:
              if (isRetryable(err)) { notifyOps(err); } throw err;
          }
        }
      }
    `,
    // calls that are not retries in the default
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          switch (err.code) {
            case -4018:
              return null;
            default:
              setTimeout(notifyOps, 1000); throw err;
          }
        }
      }
    `,
    // calls that are not retries in the default
    dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
        try {
          return await cos.putObject(params);
        } catch (err: any) {
          switch (err.code) {
            case -4018:
              return null;
            default:
              return cos.putObject(params, { retryCount: 0 });
          }
        }
      }
    `,
    // a variable whose name looks like a retry, passed as a value, is not a retry
    {
      name: "a retryCount variable passed to a logger is not a retry",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                logger.warn("upload failed after", retryCount, "attempts"); throw err;
            }
          }
        }
      `,
    },
    // a switch without default whose cases all leave, followed by a rethrow: the rethrow is the fallback
    {
      name: "switch without default whose cases all leave, followed by throw err",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          for (let attempt = 0; attempt < 5; attempt++) {
            try {
              return await cos.putObject(params);
            } catch (err: any) {
              switch (err.code) {
                case -71:
                case -5963:
                  await sleep(2 ** attempt * 100);
                  continue;
              }
              throw err;
            }
          }
        }
      `,
    },
  ],
  invalid: [
    // consecutive ifs on the same code form one dispatch, reported once; nothing follows them, so the
    // codes they do not match are swallowed
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        async function uploadFile(cos: COS, params: COS.PutObjectParams, attempt = 0): Promise<unknown> {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -5997 && attempt < 3) return uploadFile(cos, params, attempt + 1);
            if (err.code === -4018) return null;
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // consecutive ifs whose common fallback retries: one report, on the first if
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        async function uploadFile(cos: COS, params: COS.PutObjectParams, attempt = 0): Promise<unknown> {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -4018) return null;
            if (err.code === -4019) return resumeUpload(params);
            return retryUpload(params);
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), integrity (-4016), request (-5999) and 4 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // switch without default in a `for` retry loop: suggestion adds `default: throw err;`
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        const cos = new COS({ SecretId: process.env.COS_SECRET_ID, SecretKey: process.env.COS_SECRET_KEY });

        export async function upload(params: COS.PutObjectParams) {
          for (let attempt = 0; attempt < 5; attempt++) {
            try {
              return await cos.putObject(params);
            } catch (err: any) {
              switch (err.code) {
                case -71:
                case -5963:
                  await sleep(2 ** attempt * 100);
                  continue;
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 10,
          column: 7,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "err",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), auth (-55), " +
                  "signature (-97), not-found (-133), conflict (-4018) and banned (-46620)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                const cos = new COS({ SecretId: process.env.COS_SECRET_ID, SecretKey: process.env.COS_SECRET_KEY });

                export async function upload(params: COS.PutObjectParams) {
                  for (let attempt = 0; attempt < 5; attempt++) {
                    try {
                      return await cos.putObject(params);
                    } catch (err: any) {
                      switch (err.code) {
                        case -71:
                        case -5963:
                          await sleep(2 ** attempt * 100);
                          continue;
                        default:
                          throw err;
                      }
                    }
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    // switch whose default retries
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        async function putWithRetry(cos: COS, params: COS.PutObjectParams) {
          let attempt = 0;
          while (true) {
            try {
              return await cos.putObject(params);
            } catch (err: any) {
              switch (err.code) {
                case -4018:
                  return null;
                default:
                  if (++attempt > 3) throw err;
                  await sleep(attempt * 200);
                  continue;
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 9,
          column: 7,
          suggestions: [],
        },
      ],
    },
    // `continue` of a `while` is a retry, so the case that "skips" -4018 retries it and handles nothing
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function drain(cos: COS, queue: COS.PutObjectParams[]) {
          while (queue.length > 0) {
            const params = queue[0]!;
            try {
              await cos.putObject(params);
              queue.shift();
            } catch (err: any) {
              switch (err.code) {
                case -4018:
                  continue;
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 10,
          column: 7,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "err",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), auth (-55), " +
                  "signature (-97), not-found (-133), conflict (-4018) and banned (-46620)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export async function drain(cos: COS, queue: COS.PutObjectParams[]) {
                  while (queue.length > 0) {
                    const params = queue[0]!;
                    try {
                      await cos.putObject(params);
                      queue.shift();
                    } catch (err: any) {
                      switch (err.code) {
                        case -4018:
                          continue;
                        default:
                          throw err;
                      }
                    }
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    // if / else if / else whose else retries (recursive function declaration)
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function uploadPart(cos: COS, part: { key: string; body: Buffer }, attempt = 0): Promise<unknown> {
          try {
            return await cos.putObject({ Bucket: "photos-1250000000", Region: "ap-guangzhou", Key: part.key, Body: part.body });
          } catch (err: any) {
            if (err.code === -97 || err.code === -81) {
              throw new Error("check the signing code", { cause: err });
            } else if (err.code === -133) {
              throw new Error("bucket is gone", { cause: err });
            } else {
              await sleep(2 ** attempt * 100);
              return uploadPart(cos, part, attempt + 1);
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 4 more" },
          line: 7,
          column: 5,
        },
      ],
    },
    // if chain without else whose branches leave, followed by a retry: the retry is the fallback
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export function uploadAvatar(cos: COS, file: File, retryUpload: () => void) {
          cos.putObject({ Bucket: "avatars-1250000000", Region: "ap-shanghai", Key: file.name, Body: file }, (err, data) => {
            if (!err) return done(data);
            if (err.code === -4018) return done(data);
            else if (err.code === -285) return fail(err);
            retryUpload();
          });
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 4 more" },
          line: 6,
          column: 5,
        },
      ],
    },
    // if without else whose branch does not leave: no fallback
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function syncFile(cos: COS, params: COS.PutObjectParams) {
          try {
            await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -71 || err.code === -5963) {
              scheduleRetry(params);
            }
            console.warn("upload failed", err.code);
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 7,
          column: 5,
        },
      ],
    },
    // do…while with continue
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function headWithRetry(cos: COS, params: COS.HeadObjectParams) {
          let attempt = 0;
          do {
            try {
              return await cos.headObject(params);
            } catch (err: any) {
              if (err.code === -71) {
                attempt++;
                continue;
              }
            }
          } while (attempt < 3);
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 9,
          column: 7,
        },
      ],
    },
    // labeled continue retries the outer loop; the plain continue only moves on in the for…of
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function uploadParts(cos: COS, parts: COS.PutObjectParams[]) {
          attempts: for (let attempt = 0; attempt < 3; attempt++) {
            for (const part of parts) {
              try {
                await cos.putObject(part);
              } catch (err: any) {
                switch (err.code) {
                  case -4018: continue;
                  case -71: continue attempts;
                }
              }
            }
            return;
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 9,
          column: 9,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "err",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), auth (-55), " +
                  "signature (-97), not-found (-133) and banned (-46620)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export async function uploadParts(cos: COS, parts: COS.PutObjectParams[]) {
                  attempts: for (let attempt = 0; attempt < 3; attempt++) {
                    for (const part of parts) {
                      try {
                        await cos.putObject(part);
                      } catch (err: any) {
                        switch (err.code) {
                          case -4018: continue;
                          case -71: continue attempts;
                          default:
                            throw err;
                        }
                      }
                    }
                    return;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    // recursion: function declaration, nothing after the if
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        const cos = new COS({ SecretId: "id", SecretKey: "key" });

        async function uploadFile(params: COS.PutObjectParams, attempt = 0): Promise<unknown> {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -5997 && attempt < 3) return uploadFile(params, attempt + 1);
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 9,
          column: 5,
        },
      ],
    },
    // recursion: `const upload = async () => …`
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export const upload = async (cos: COS, params: COS.PutObjectParams): Promise<unknown> => {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -71:
                await sleep(1000);
                return upload(cos, params);
            }
          }
        };
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "err",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), auth (-55), " +
                  "signature (-97), not-found (-133), conflict (-4018) and banned (-46620)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export const upload = async (cos: COS, params: COS.PutObjectParams): Promise<unknown> => {
                  try {
                    return await cos.putObject(params);
                  } catch (err: any) {
                    switch (err.code) {
                      case -71:
                        await sleep(1000);
                        return upload(cos, params);
                      default:
                        throw err;
                    }
                  }
                };
              `,
            },
          ],
        },
      ],
    },
    // recursion: a method calling `this.upload()`, also from a `.catch` callback inside it
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export class Uploader {
          constructor(private readonly cos: COS) {}

          async upload(params: COS.PutObjectParams): Promise<unknown> {
            try {
              return await this.cos.putObject(params);
            } catch (err: any) {
              if (err.code === -5963) {
                return this.upload(params);
              }
            }
          }

          upload2(params: COS.PutObjectParams): Promise<unknown> {
            return this.cos.putObject(params).catch((err) => {
              if (err.code === -71) return this.upload2(params);
            });
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 10,
          column: 7,
        },
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 18,
          column: 7,
        },
      ],
    },
    // retry calls in the default: names matching the default retryPattern, a retry passed as an argument, a callback
    // a retry call in the default
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return retryUpload(params);
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // a retry call in the default
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return scheduleRetry(params);
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // a retry call in the default
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return backoff(() => cos.putObject(params));
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // a retry call in the default
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return client.retry();
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // a retry call in the default
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return withRetry(() => cos.putObject(params));
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // a retry call in the default: `retry$`, case-insensitive
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return queue.autoRetry(params);
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // a retry call in the default: `^retry`, case-insensitive
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return RetryUpload(params);
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // a retry call in the default: a retry function passed as an argument
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                { const retryLater = () => cos.putObject(params); setTimeout(retryLater, 1000); return null; }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // a retry call in the default: inside a callback
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                setTimeout(() => retryUpload(params), 1000); return null;
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // a retry call in the default
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams, client: { retry(): Promise<unknown> }, queue: Queue) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return new Promise((resolve) => setTimeout(() => resolve(scheduleRetry(params)), 1000));
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // promise .catch handler: suggestion uses the callback's parameter
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export function uploadLogo(cos: COS, body: Buffer) {
          return cos
            .putObject({ Bucket: "assets-1250000000", Region: "ap-beijing", Key: "logo.png", Body: body })
            .catch((err) => {
              switch (err.code) {
                case -71:
                  return retryUpload(body);
              }
            });
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 7,
          column: 7,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "err",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), auth (-55), " +
                  "signature (-97), not-found (-133), conflict (-4018) and banned (-46620)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function uploadLogo(cos: COS, body: Buffer) {
                  return cos
                    .putObject({ Bucket: "assets-1250000000", Region: "ap-beijing", Key: "logo.png", Body: body })
                    .catch((err) => {
                      switch (err.code) {
                        case -71:
                          return retryUpload(body);
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
    // .catch(function (error) { … }) with a braced last case on the case's line
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export function uploadLogo(cos: COS, body: Buffer) {
          return cos.putObject({ Bucket: "assets-1250000000", Region: "ap-beijing", Key: "logo.png", Body: body }).catch(function (error) {
            switch (error.code) {
              case -4018: return null;
              case -5963: {
                return retryUpload(body);
              }
            }
          });
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 5,
          column: 5,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "error",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), auth (-55), " +
                  "signature (-97), not-found (-133) and banned (-46620)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export function uploadLogo(cos: COS, body: Buffer) {
                  return cos.putObject({ Bucket: "assets-1250000000", Region: "ap-beijing", Key: "logo.png", Body: body }).catch(function (error) {
                    switch (error.code) {
                      case -4018: return null;
                      case -5963: {
                        return retryUpload(body);
                      }
                      default:
                        throw error;
                    }
                  });
                }
              `,
            },
          ],
        },
      ],
    },
    // the suggestion goes after a trailing comment of the last case, which stays on its line
    {
      name: "the default is inserted after a trailing comment of the last case",
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -71:
                return retryUpload(params); // throttled: back off and try again
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "err",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), auth (-55), " +
                  "signature (-97), not-found (-133), conflict (-4018) and banned (-46620)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export async function upload(cos: COS, params: COS.PutObjectParams) {
                  try {
                    return await cos.putObject(params);
                  } catch (err: any) {
                    switch (err.code) {
                      case -71:
                        return retryUpload(params); // throttled: back off and try again
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
    // no suggestion: the error is the second argument of `.then`, not a `.catch` callback
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export function uploadLogo(cos: COS, body: Buffer) {
          return cos.putObject({ Bucket: "assets-1250000000", Region: "ap-beijing", Key: "logo.png", Body: body }).then(
            (data) => data.Location,
            (err) => {
              switch (err.code) {
                case -71:
                  return retryUpload(body);
              }
            },
          );
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 7,
          column: 7,
          suggestions: [],
        },
      ],
    },
    // no suggestion: node-style callback parameter
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export function uploadLogo(cos: COS, body: Buffer, retryUpload: () => void) {
          cos.putObject({ Bucket: "assets-1250000000", Region: "ap-beijing", Key: "logo.png", Body: body }, (err, data) => {
            if (err) {
              switch (err.code) {
                case -71:
                  return retryUpload();
              }
            }
            console.log(data);
          });
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 6,
          column: 7,
          suggestions: [],
        },
      ],
    },
    // no suggestion: the code expression is not `<catch param>.code`
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: unknown) {
            switch ((err as { code: number }).code) {
              case -71:
                return retryUpload(params);
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch ({ code }: any) {
            switch (code) {
              case -71:
                return retryUpload(params);
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // no suggestion: the last case does not always leave (a default after it would run too)
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              case -71:
                scheduleRetry(params);
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // `? :` chains
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export const putOrRetry = (cos: COS, params: COS.PutObjectParams) =>
          cos.putObject(params).catch((err) => (err.code === -4018 ? null : retryUpload(params)));
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 4,
          column: 41,
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export const putOrRetry = (cos: COS, params: COS.PutObjectParams) =>
          cos.putObject(params).catch((err) =>
            err.code === -71 ? retryUpload(params) : err.code === -97 ? Promise.reject(err) : scheduleRetry(params),
          );
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 5,
          column: 5,
        },
      ],
    },
    // runtime helpers
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { isRetryableCosError } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (isRetryableCosError(err)) return retryUpload(params);
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: {
            categories: "signature-expired (RequestTimeTooSkewed) and 10 more",
          },
          line: 8,
          column: 5,
        },
      ],
    },
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { cosErrorCategory } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (cosErrorCategory(err.code) === "auth") throw err;
            return retryUpload(params);
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: {
            categories: "signature-expired (RequestTimeTooSkewed) and 9 more",
          },
          line: 8,
          column: 5,
        },
      ],
    },
    // the helper called with the error object reads the same code
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { cosErrorCategory } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (cosErrorCategory(err) === "auth") throw err;
            return retryUpload(params);
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: {
            categories: "signature-expired (RequestTimeTooSkewed) and 9 more",
          },
          line: 8,
          column: 5,
        },
      ],
    },
    // constants from the runtime module
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";
        import { CosErrorCode } from "eslint-plugin-cos-errors/codes";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === CosErrorCode.SIGNATURE_INVALID) throw err;
            return retryUpload(params);
          }
        }
      `,
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 8,
          column: 5,
        },
      ],
    },
    // JavaScript, CommonJS
    {
      filename: "upload.js",
      code: dedent`
        const COS = require("cos-nodejs-sdk-v5");

        const cos = new COS({ SecretId: process.env.SECRET_ID, SecretKey: process.env.SECRET_KEY });

        async function upload(params) {
          try {
            return await cos.putObject(params);
          } catch (e) {
            switch (e.code) {
              case -71:
              case -5963:
                return upload(params);
              case -4018:
                return null;
            }
          }
        }

        module.exports = { upload };
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 9,
          column: 5,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "e",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), auth (-55), " +
                  "signature (-97), not-found (-133) and banned (-46620)",
              },
              output: dedent`
                const COS = require("cos-nodejs-sdk-v5");

                const cos = new COS({ SecretId: process.env.SECRET_ID, SecretKey: process.env.SECRET_KEY });

                async function upload(params) {
                  try {
                    return await cos.putObject(params);
                  } catch (e) {
                    switch (e.code) {
                      case -71:
                      case -5963:
                        return upload(params);
                      case -4018:
                        return null;
                      default:
                        throw e;
                    }
                  }
                }

                module.exports = { upload };
              `,
            },
          ],
        },
      ],
    },
    // a `cos` identifier alone puts the file in COS context
    {
      filename: "upload.js",
      code: dedent`
        export async function upload(cos, params) {
          try {
            return await cos.putObject(params);
          } catch (err) {
            if (err.code === -71) return retryUpload(params);
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 5,
          column: 5,
        },
      ],
    },
    // nested dispatches: the inner one (on res.code) is reported, the outer one has a default
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
                switch (res.code) {
                  case -71:
                  case -5963:
                    await retryUpload(params);
                    break;
                }
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
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 10,
          column: 9,
          suggestions: [],
        },
      ],
    },
    // nested dispatches: the outer one is reported, the inner one has a fallback
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
                if (res.code === -71) return retryUpload(params);
                return resumeUpload(params, res);
              }
              case -5963:
                return retryUpload(params);
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "err",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), auth (-55), " +
                  "signature (-97), not-found (-133), conflict (-4018) and banned (-46620)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export async function finishUpload(cos: COS, params: COS.SliceUploadFileParams) {
                  try {
                    return await cos.sliceUploadFile(params);
                  } catch (err: any) {
                    switch (err.code) {
                      case -4019: {
                        const res = await listParts(params);
                        if (res.code === -71) return retryUpload(params);
                        return resumeUpload(params, res);
                      }
                      case -5963:
                        return retryUpload(params);
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
    // escape hatch not applying: a blank line between the comment and the dispatch
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            // cos-errors: handled elsewhere

            if (err.code === -71) return retryUpload(params);
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 9,
          column: 5,
        },
      ],
    },
    // escape hatch not applying: the comment inside is not the last one
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -71) {
              // cos-errors: handled elsewhere
              return retryUpload(params); // throttled: try again
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 7,
          column: 5,
        },
      ],
    },
    // option categories: only the listed ones are required, in catalogue order
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -71:
                return retryUpload(params);
              case -97:
                throw err;
            }
          }
        }
      `,
      options: [{ categories: ["banned", "signature", "auth"] }],
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "auth (-55) and banned (-46620)" },
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: { name: "err", categories: "auth (-55) and banned (-46620)" },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export async function upload(cos: COS, params: COS.PutObjectParams) {
                  try {
                    return await cos.putObject(params);
                  } catch (err: any) {
                    switch (err.code) {
                      case -71:
                        return retryUpload(params);
                      case -97:
                        throw err;
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
    // option categories may name a backoff category: a category with one example
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            if (err.code === -5963) return retryUpload(params);
          }
        }
      `,
      options: [{ categories: ["throttling"] }],
      errors: [{ messageId: "noFallback", data: { categories: "throttling (-71)" }, line: 7, column: 5 }],
    },
    // the same code without the option: every non-backoff category
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -71:
                return retryUpload(params);
              case -55:
              case -79:
                throw new Error("check the COS credentials", { cause: err });
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: "addDefaultRethrow",
              data: {
                name: "err",
                categories:
                  "signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), " +
                  "signature (-97), not-found (-133), conflict (-4018) and banned (-46620)",
              },
              output: dedent`
                import COS from "cos-nodejs-sdk-v5";

                export async function upload(cos: COS, params: COS.PutObjectParams) {
                  try {
                    return await cos.putObject(params);
                  } catch (err: any) {
                    switch (err.code) {
                      case -71:
                        return retryUpload(params);
                      case -55:
                      case -79:
                        throw new Error("check the COS credentials", { cause: err });
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
    // option retryPattern: a custom name is a retry (case-insensitive)
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function save(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            switch (err.code) {
              case -4018:
                return null;
              default:
                return uploader.Again(params);
            }
          }
        }
      `,
      options: [{ retryPattern: "^again$" }],
      errors: [
        {
          messageId: "fallbackRetries",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    // option fallbackCommentPattern replaces the default comment
    {
      code: dedent`
        import COS from "cos-nodejs-sdk-v5";

        export async function upload(cos: COS, params: COS.PutObjectParams) {
          try {
            return await cos.putObject(params);
          } catch (err: any) {
            // cos-errors: handled elsewhere
            if (err.code === -71) return retryUpload(params);
          }
        }
      `,
      options: [{ fallbackCommentPattern: "^\\s*upload queue:" }],
      errors: [
        {
          messageId: "noFallback",
          data: { categories: "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more" },
          line: 8,
          column: 5,
        },
      ],
    },
  ],
});

describe("handle-non-retryable options", () => {
  // Plain JavaScript: the Linter parses with espree.
  const source = dedent`
    import COS from "cos-nodejs-sdk-v5";

    export async function upload(cos, params) {
      try {
        return await cos.putObject(params);
      } catch (err) {
        if (err.code === -71) return again(params);
      }
    }
  `;
  const lint = (options: unknown): Linter.LintMessage[] =>
    new Linter().verify(source, [
      {
        plugins: { "cos-errors": plugin },
        rules: { "cos-errors/handle-non-retryable": ["error", options as never] },
      },
    ]);
  const thrown = (options: unknown): string => thrownMessage(() => lint(options), `options ${JSON.stringify(options)}`);

  it("accepts valid options", () => {
    const messages = lint({ categories: ["auth"], retryPattern: "^again$", fallbackCommentPattern: "^todo" });
    expect(messages.map((m) => [m.messageId, m.line, m.column, m.message])).toEqual([
      [
        "noFallback",
        7,
        5,
        "This COS error dispatch has no fallback, " +
          "so errors a plain retry cannot fix go unhandled: auth (-55). Handle them, or add a fallback.",
      ],
    ]);
  });

  it("rejects an unknown key, naming it", () => {
    expect(thrown({ nope: true })).toBe(
      'Key "rules": Key "cos-errors/handle-non-retryable":\n' +
        '\tValue {"retryPattern":"^(?:retry|withRetry|backoff)|retry$",' +
        '"fallbackCommentPattern":"^\\\\s*cos-errors: handled elsewhere","nope":true} ' +
        "should NOT have additional properties.\n" +
        '\t\tUnexpected property "nope". ' +
        'Expected properties: "categories", "retryPattern", "fallbackCommentPattern".\n',
    );
  });

  it("rejects an empty categories list through ESLint's schema check", () => {
    expect(thrown({ categories: [] })).toBe(
      'Key "rules": Key "cos-errors/handle-non-retryable":\n\tValue [] should NOT have fewer than 1 items.\n',
    );
  });

  it("rejects an unknown category, naming the option", () => {
    expect(thrown({ categories: ["nope"] })).toBe(
      "Error while loading rule 'cos-errors/handle-non-retryable': " +
        'eslint-plugin-cos-errors: rule "cos-errors/handle-non-retryable" option categories: ' +
        '"nope" is not a category ' +
        "(known: throttling, transient, internal, signature-expired, resumable, integrity, request, auth, signature, " +
        "not-found, conflict, banned, redirect, precondition)\n" +
        "Occurred while linting <input>",
    );
  });

  it("rejects a non-string retryPattern through ESLint's schema check, naming the rule and the value", () => {
    // ESLint's rule-option validator prints the rule and the bad value, not the option's path.
    expect(thrown({ retryPattern: 5 })).toBe(
      'Key "rules": Key "cos-errors/handle-non-retryable":\n\tValue 5 should be string.\n',
    );
  });

  it("rejects a retryPattern that is not a regular expression", () => {
    expect(thrown({ retryPattern: "(" })).toBe(
      "Error while loading rule 'cos-errors/handle-non-retryable': " +
        'eslint-plugin-cos-errors: rule "cos-errors/handle-non-retryable" option retryPattern: ' +
        "not a valid regular expression: Invalid regular expression: /(/iu: Unterminated group\n" +
        "Occurred while linting <input>",
    );
  });

  it("rejects a bad option in a file without COS code too (checked before the file is skipped)", () => {
    const message = thrownMessage(
      () =>
        new Linter().verify("export const total = (a, b) => a + b;\n", [
          {
            plugins: { "cos-errors": plugin },
            rules: { "cos-errors/handle-non-retryable": ["error", { categories: ["nope"] }] },
          },
        ]),
      "a bad option in a file without COS code",
    );
    expect(message).toBe(
      "Error while loading rule 'cos-errors/handle-non-retryable': " +
        'eslint-plugin-cos-errors: rule "cos-errors/handle-non-retryable" option categories: ' +
        '"nope" is not a category ' +
        "(known: throttling, transient, internal, signature-expired, resumable, integrity, request, auth, signature, " +
        "not-found, conflict, banned, redirect, precondition)\n" +
        "Occurred while linting <input>",
    );
  });

  it("rejects a fallbackCommentPattern that is not a regular expression", () => {
    expect(thrown({ fallbackCommentPattern: "[" })).toBe(
      "Error while loading rule 'cos-errors/handle-non-retryable': " +
        'eslint-plugin-cos-errors: rule "cos-errors/handle-non-retryable" option fallbackCommentPattern: ' +
        "not a valid regular expression: Invalid regular expression: /[/iu: Unterminated character class\n" +
        "Occurred while linting <input>",
    );
  });
});

describe("handle-non-retryable messages, written out", () => {
  const lint = (source: string, options?: { categories: string[] }): Linter.LintMessage[] =>
    new Linter().verify(source, [
      {
        plugins: { "cos-errors": plugin },
        rules: { "cos-errors/handle-non-retryable": options ? ["error", options] : "error" },
      },
    ]);

  it("names three categories with one example each and counts the rest; the suggestion names them all", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos, params) {
        try {
          return await cos.putObject(params);
        } catch (err) {
          switch (err.code) { case -71: return retryUpload(params); }
        }
      }
    `;
    const [message, ...rest] = lint(source);
    expect(rest).toEqual([]);
    expect(message!.message).toBe(
      "This COS error dispatch has no fallback, so errors a plain retry cannot fix go unhandled: " +
        "signature-expired (-96), resumable (-4019), integrity (-4016) and 6 more. Handle them, or add a fallback.",
    );
    expect(message!.suggestions!.map((s) => s.desc)).toEqual([
      "Add `default: throw err;` so that codes no case matches are rethrown: signature-expired (-96), " +
        "resumable (-4019), integrity (-4016), request (-5999), auth (-55), signature (-97), not-found (-133), " +
        "conflict (-4018) and banned (-46620).",
    ]);
  });

  it("says `and 1 more` for a fourth category, and lists three or fewer in full", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos, params) {
        try {
          return await cos.putObject(params);
        } catch (err) {
          switch (err.code) { case -71: return retryUpload(params); }
        }
      }
    `;
    expect(lint(source, { categories: ["auth", "banned", "signature", "request"] }).map((m) => m.message)).toEqual([
      "This COS error dispatch has no fallback, so errors a plain retry cannot fix go unhandled: " +
        "request (-5999), auth (-55), signature (-97) and 1 more. Handle them, or add a fallback.",
    ]);
    expect(lint(source, { categories: ["auth", "banned", "signature"] }).map((m) => m.message)).toEqual([
      "This COS error dispatch has no fallback, so errors a plain retry cannot fix go unhandled: " +
        "auth (-55), signature (-97) and banned (-46620). Handle them, or add a fallback.",
    ]);
    expect(lint(source, { categories: ["banned", "auth"] }).map((m) => m.message)).toEqual([
      "This COS error dispatch has no fallback, so errors a plain retry cannot fix go unhandled: " +
        "auth (-55) and banned (-46620). Handle them, or add a fallback.",
    ]);
    expect(lint(source, { categories: ["banned"] }).map((m) => m.message)).toEqual([
      "This COS error dispatch has no fallback, so errors a plain retry cannot fix go unhandled: " +
        "banned (-46620). Handle them, or add a fallback.",
    ]);
  });

  it("retries on the fallback: the same short list", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos, params) {
        try {
          return await cos.putObject(params);
        } catch (err) {
          if (err.code === -4018) return null;
          return retryUpload(params);
        }
      }
    `;
    const [message] = lint(source);
    expect(message!.message).toBe(
      "This COS error dispatch retries on its fallback, so errors a plain retry cannot fix are retried too: " +
        "signature-expired (-96), resumable (-4019), integrity (-4016) and 5 more.",
    );
  });

  it("stays under 200 characters (the suggestion under 300) with every category required", () => {
    const source = dedent`
      import COS from "cos-nodejs-sdk-v5";

      export async function upload(cos, params) {
        try {
          return await cos.putObject(params);
        } catch (err) {
          switch (err.code) { case -71: return retryUpload(params); }
        }
      }
    `;
    const [message] = lint(source, {
      categories: [
        "throttling",
        "transient",
        "internal",
        "signature-expired",
        "resumable",
        "integrity",
        "request",
        "auth",
        "signature",
        "not-found",
        "conflict",
        "banned",
      ],
    });
    expect(message!.message).toBe(
      "This COS error dispatch has no fallback, so errors a plain retry cannot fix go unhandled: " +
        "throttling (-71), transient (-5963), internal (-5997) and 9 more. Handle them, or add a fallback.",
    );
    const [suggestion] = message!.suggestions!;
    expect(suggestion!.desc).toBe(
      "Add `default: throw err;` so that codes no case matches are rethrown: throttling (-71), transient (-5963), " +
        "internal (-5997), signature-expired (-96), resumable (-4019), integrity (-4016), request (-5999), " +
        "auth (-55), signature (-97), not-found (-133), conflict (-4018) and banned (-46620).",
    );
    expect(suggestion!.desc.length).toBeLessThan(300);
    // The default list is the longest a report can name: signature-expired, two of 17 characters, a count.
    expect(lint(source)[0]!.message.length).toBeLessThanOrEqual(200);
  });
});
