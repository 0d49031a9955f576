// prefer-named-code through the ESLint Node API with `fix: true`, as `eslint --fix` runs it: a file with
// many sites comes out fully fixed with exactly one import (or require) of the constants, and fixing that
// output again changes nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import { dedent } from "../helpers/index.js";
import plugin from "../../src/index.js";

const RULE_ID = "cos-errors/prefer-named-code";
const cwd = mkdtempSync(path.join(tmpdir(), "prefer-named-code-fix-twice-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const config: Linter.Config[] = [
  {
    files: ["**/*.js", "**/*.cjs"],
    plugins: { "cos-errors": plugin },
    rules: { [RULE_ID]: "warn" },
  },
];

async function lintFixed(code: string, file: string): Promise<ESLint.LintResult> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, fix: true });
  const results = await eslint.lintText(code, { filePath: path.join(cwd, file) });
  expect(results).toHaveLength(1);
  return results[0]!;
}

/** Occurrences of the constants module in a text (imports, requires, anything). */
const moduleMentions = (text: string): number => text.split("cos-error-codes").length - 1;

describe("prefer-named-code --fix through the ESLint API", () => {
  it("fixes every site of an ES module with one import, after the existing one, below the licence; a second --fix changes nothing", async () => {
    const source = dedent`
      /*!
       * upload.js: part of example-app.
       * Copyright (c) 2024 Example Corp. Licensed under the MIT licence.
       */
      import { setTimeout as sleep } from "node:timers/promises";

      const EXPIRED = -96;
      const RETRYABLE = [-71, -5963];

      export async function upload(cos, params, attempt = 0) {
        try {
          return await cos.putObject(params);
        } catch (err) {
          switch (err.code) {
            case -4018:
              return null;
            case EXPIRED:
              params.Authorization = await resign(params);
              return upload(cos, params, attempt + 1);
            default:
              break;
          }
          if (err.code === -97) {
            throw new Error("bad signature", { cause: err });
          } else if (err.code === -55 || err.code === -133) {
            throw new Error("denied", { cause: err });
          }
          if (RETRYABLE.includes(err.code) && attempt < 3) {
            await sleep(2 ** attempt * 50);
            return upload(cos, params, attempt + 1);
          }
          throw err;
        }
      }
    `;
    const expected = dedent`
      /*!
       * upload.js: part of example-app.
       * Copyright (c) 2024 Example Corp. Licensed under the MIT licence.
       */
      import { setTimeout as sleep } from "node:timers/promises";
      import { CosErrorCode } from "cos-error-codes";

      const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
      const RETRYABLE = [CosErrorCode.TOO_MANY_REQUESTS, CosErrorCode.READ_DATA_TIMEOUT];

      export async function upload(cos, params, attempt = 0) {
        try {
          return await cos.putObject(params);
        } catch (err) {
          switch (err.code) {
            case CosErrorCode.FILE_ALREADY_UPLOADED:
              return null;
            case EXPIRED:
              params.Authorization = await resign(params);
              return upload(cos, params, attempt + 1);
            default:
              break;
          }
          if (err.code === CosErrorCode.SIGNATURE_INVALID) {
            throw new Error("bad signature", { cause: err });
          } else if (err.code === CosErrorCode.ACCESS_DENIED || err.code === CosErrorCode.BUCKET_NOT_FOUND) {
            throw new Error("denied", { cause: err });
          }
          if (RETRYABLE.includes(err.code) && attempt < 3) {
            await sleep(2 ** attempt * 50);
            return upload(cos, params, attempt + 1);
          }
          throw err;
        }
      }
    `;

    // Without --fix, every site is reported: the fix below has something to do.
    const unfixed = await new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config }).lintText(source, {
      filePath: path.join(cwd, "src/upload.js"),
    });
    expect(unfixed[0]!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      [RULE_ID, 7, 17],
      [RULE_ID, 8, 20],
      [RULE_ID, 8, 25],
      [RULE_ID, 15, 12],
      [RULE_ID, 23, 22],
      [RULE_ID, 25, 29],
      [RULE_ID, 25, 49],
    ]);

    const first = await lintFixed(source, "src/upload.js");
    expect(first.output).toBe(expected);
    expect(first.messages).toEqual([]);
    expect(moduleMentions(first.output!)).toBe(1);
    expect(first.output!.match(/^import /gmu)).toHaveLength(2);

    const second = await lintFixed(first.output!, "src/upload.js");
    expect(second.output).toBeUndefined();
    expect(second.messages.filter((m) => m.ruleId === RULE_ID)).toEqual([]);
    expect(second.messages).toEqual([]);
  });

  it("fixes every site of a CommonJS file with one require, after the last one; a second --fix changes nothing", async () => {
    const source = dedent`
      #!/usr/bin/env node
      // Copyright (c) 2024 Example Corp. SPDX-License-Identifier: MIT
      'use strict';

      const COS = require('cos-nodejs-sdk-v5');
      const { promisify } = require('node:util');

      const EXPIRED = -96;
      const FATAL = new Set([-97, -55]);

      async function download(cos, params) {
        try {
          return await promisify(cos.getObject.bind(cos))(params);
        } catch (err) {
          if (FATAL.has(err.code)) throw err;
          switch (err.code) {
            case EXPIRED:
              return download(cos, await resign(params));
            case -133:
            case -197:
              return null;
            default:
              if (err.code === -71 || err.code === -5963) return download(cos, params);
              throw err;
          }
        }
      }

      module.exports = { COS, download };
    `;
    const expected = dedent`
      #!/usr/bin/env node
      // Copyright (c) 2024 Example Corp. SPDX-License-Identifier: MIT
      'use strict';

      const COS = require('cos-nodejs-sdk-v5');
      const { promisify } = require('node:util');
      const { CosErrorCode } = require('cos-error-codes');

      const EXPIRED = CosErrorCode.SIGNATURE_EXPIRED;
      const FATAL = new Set([CosErrorCode.SIGNATURE_INVALID, CosErrorCode.ACCESS_DENIED]);

      async function download(cos, params) {
        try {
          return await promisify(cos.getObject.bind(cos))(params);
        } catch (err) {
          if (FATAL.has(err.code)) throw err;
          switch (err.code) {
            case EXPIRED:
              return download(cos, await resign(params));
            case CosErrorCode.BUCKET_NOT_FOUND:
            case CosErrorCode.FILE_NOT_FOUND:
              return null;
            default:
              if (err.code === CosErrorCode.TOO_MANY_REQUESTS || err.code === CosErrorCode.READ_DATA_TIMEOUT) return download(cos, params);
              throw err;
          }
        }
      }

      module.exports = { COS, download };
    `;

    const unfixed = await new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config }).lintText(source, {
      filePath: path.join(cwd, "bin/download.cjs"),
    });
    expect(unfixed[0]!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      [RULE_ID, 8, 17],
      [RULE_ID, 9, 24],
      [RULE_ID, 9, 29],
      [RULE_ID, 19, 12],
      [RULE_ID, 20, 12],
      [RULE_ID, 23, 26],
      [RULE_ID, 23, 46],
    ]);

    const first = await lintFixed(source, "bin/download.cjs");
    expect(first.output).toBe(expected);
    expect(first.messages).toEqual([]);
    expect(moduleMentions(first.output!)).toBe(1);
    expect(first.output).not.toMatch(/^import /mu);

    const second = await lintFixed(first.output!, "bin/download.cjs");
    expect(second.output).toBeUndefined();
    expect(second.messages.filter((m) => m.ruleId === RULE_ID)).toEqual([]);
    expect(second.messages).toEqual([]);
  });
});
