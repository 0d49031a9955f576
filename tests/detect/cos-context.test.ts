import { Linter } from "eslint";
import { ESLintUtils } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { fileAnalysis } from "../../src/detect/index.js";

/** A rule that reports what the engine knows about the file, as `active=… isCos=…`. */
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: "problem", schema: [], messages: { state: "{{state}}" } },
  defaultOptions: [],
  create(context) {
    const file = fileAnalysis(context)!;
    return {
      Program(node) {
        context.report({ node, messageId: "state", data: { state: `active=${file.active} isCos=${file.isCos}` } });
      },
    };
  },
});

const plugin = { rules: { probe } } as unknown as NonNullable<Linter.Config["plugins"]>[string];

/** What the probe reports for `code` (plain JavaScript, parsed by espree). */
function judge(code: string, settings?: Record<string, unknown>): string {
  const messages = new Linter().verify(code, [
    {
      plugins: { test: plugin },
      rules: { "test/probe": "error" },
      ...(settings ? { settings: { "cos-errors": settings } } : {}),
    },
  ]);
  expect(messages).toHaveLength(1);
  return messages[0]!.message;
}

const NOT_COS = "active=false isCos=false";
const COS = "active=true isCos=true";

describe("COS context: files without cos, qcloud or an SDK name in their text", () => {
  it.each([
    ["a file without cos or qcloud", "const total = price * 2;\nexport default total;"],
    ["a file with an upload string that names no COS operation", 'const op = "upload_part";'],
    ["an empty file", ""],
  ])("skips %s: no listeners (active is false)", (_, code) => {
    expect(judge(code)).toBe(NOT_COS);
  });

  it("looks only at the tokens where the text says cos or qcloud: comments are no signal", () => {
    expect(judge("// talks to QCLOUD\nconst x = 1;")).toBe(NOT_COS);
    expect(judge("// Cos\nconst x = 1;")).toBe(NOT_COS);
    expect(judge("/* cos */")).toBe(NOT_COS);
  });

  it("finds a signal after mentions that are not one", () => {
    expect(
      judge(
        "const costs = 1; /* cos */ const label = 'cos'; export const put = (cosClient) => cosClient.put(costs, label);",
      ),
    ).toBe(COS);
    expect(judge("const a = Math.cos(1); const b = 'x'; const url = 'https://b.cos.ap-beijing.myqcloud.com';")).toBe(
      COS,
    );
    expect(judge("const costs = 1; const cosine = 2;\nexport const COSClient = {};")).toBe(COS);
    expect(judge("const Cost = 1; export const Tacos = 2; const uploader = new QCloudUploader();")).toBe(COS);
  });
});

describe("COS context: COS signals", () => {
  it.each([
    ["Math.cos", "const y = Math.cos(angle);"],
    ["Math?.cos", "const y = Math?.cos(angle);"],
    ["cost", "const cost = price * 2;"],
    ["cosine and acos", "const cosine = acos(x);"],
    ["a module that only starts with an SDK name", 'const sdk = require("cos-js-sdk-v5-fake");'],
    ["an SDK name in a comment", "// cos-nodejs-sdk-v5\nconst x = 1;"],
  ])("%s alone is not COS", (_, code) => {
    expect(judge(code)).toBe(NOT_COS);
  });

  it.each([
    ["an import of the SDK", 'import COS from "cos-nodejs-sdk-v5";'],
    ["an import of the SDK under a neutral name", 'import storage from "cos-nodejs-sdk-v5";\nstorage.init();'],
    ["a require of an SDK subpath", 'const sdk = require("cos-js-sdk-v5/dist/x");'],
    ["an import of the runtime constants", 'import { X } from "eslint-plugin-cos-errors/codes";'],
    ["a COS host", 'const url = "https://bucket-1250000000.cos.ap-guangzhou.myqcloud.com";'],
    ["a slice-upload operation", 'const op = "upload_slice_list";'],
    ["a template literal with a COS host", "const url = `https://${bucket}.cos.${region}.myqcloud.com/${key}`;"],
    ["a cos identifier", "export function upload(cos, params) { return cos.putObject(params); }"],
    ["a cos property name", "export const put = (client, p) => client.cosBucket.put(p);"],
    ["a cos private name", "export class Uploader { #cosClient = null; }"],
    ["cos beside Math.cos", "const y = Math.cos(angle);\nconst cos = 1;"],
    ["a qcloud identifier", "const qcloudKey = 1;"],
  ])("%s is COS", (_, code) => {
    expect(judge(code)).toBe(COS);
  });
});

describe("COS context: settings", () => {
  it("assumeCos makes every file COS, with no signal", () => {
    expect(judge("const total = price * 2;", { assumeCos: true })).toBe(COS);
  });

  it("a custom SDK module is a signal, found by its name in the text", () => {
    const code = 'import storage from "storage-wrapper";\nstorage.put();';
    expect(judge(code)).toBe(NOT_COS);
    expect(judge(code, { sdkModules: ["storage-wrapper"] })).toBe(COS);
  });

  it("a custom SDK module whose cos is followed by a lower-case letter is found too", () => {
    // The text search passes over `cos` + lower-case (cost, cosine); such a module name is searched as is.
    const code = 'import store from "@acme/cosmos-store";\nstore.put();';
    expect(judge(code)).toBe(NOT_COS);
    expect(judge(code, { sdkModules: ["@acme/cosmos-store"] })).toBe(COS);
  });

  it("a subpath of a custom scoped SDK module is a signal", () => {
    const code = 'const storage = require("@acme/storage/put");';
    expect(judge(code, { sdkModules: ["@acme/storage"] })).toBe(COS);
    // the name in the text is not enough: the signal needs the module or a subpath of it
    expect(judge('const storage = require("@acme/storage-other");', { sdkModules: ["@acme/storage"] })).toBe(NOT_COS);
  });

  it("a custom constantsModule is a signal", () => {
    expect(judge('import { Codes } from "@acme/errors";', { constantsModule: "@acme/errors" })).toBe(COS);
  });

  it("a custom contextPattern replaces the default one and is tested against every name", () => {
    expect(judge("export const get = (key) => bucketClient.get(key);", { contextPattern: "^bucketClient$" })).toBe(COS);
    expect(judge("export const get = (key) => otherClient.get(key);", { contextPattern: "^bucketClient$" })).toBe(
      NOT_COS,
    );
    expect(judge("export const get = (key) => cosClient.get(key);", { contextPattern: "^bucketClient$" })).toBe(
      NOT_COS,
    );
    // strings and modules are still signals
    expect(judge('import x from "cos-nodejs-sdk-v5";', { contextPattern: "^bucketClient$" })).toBe(COS);
  });
});

describe("COS context: precision (Engine v2)", () => {
  it.each([
    ["cos destructured from Math", "const { cos } = Math;\nexport const y = cos(angle);"],
    ["cos taken from Math by name", "const cos = Math.cos;\nexport const y = cos(angle);"],
    ["Math['cos']", 'export const y = Math["cos"](angle);'],
    ["Math?.['cos']", 'export const y = Math?.["cos"](angle);'],
    ["cos imported from mathjs", 'import { cos } from "mathjs";\nexport const y = cos(angle);'],
    ["cos required from mathjs", 'const { cos } = require("mathjs");\nexport const y = cos(angle);'],
    ["a module whose path only contains cos", 'import costs from "./costs";\nexport default costs;'],
    ["a wrapper-like string that is not a module specifier", 'export const name = "./cos";'],
    ["a path segment that only starts with cos letters", 'import c from "../cosmos/client";\nexport default c;'],
  ])("%s is not COS", (_, code) => {
    expect(judge(code)).toBe(NOT_COS);
  });

  it.each([
    ["a local wrapper module named cos", 'import cos from "../utils/cos";\nexport default cos;'],
    ["a wrapper named storage, from a module cos", 'import storage from "../utils/cos";\nexport default storage;'],
    ["a wrapper module cos-client", 'import storage from "./cos-client";\nexport default storage;'],
    ["a wrapper module cos_upload.js", 'const storage = require("./lib/cos_upload.js");'],
    ["a wrapper module cosClient", 'export { default } from "./cosClient";'],
    ["a dynamic import of a wrapper", 'export const load = () => import("./cos");'],
    ["an x-cos- header", 'export const headers = { "x-cos-meta-owner": "me" };'],
    ["an X-Cos- header", 'export const headers = { "X-Cos-Security-Token": token };'],
    ["a tencentcos.cn host", 'export const url = "https://bucket-1250000000.cos.ap-guangzhou.tencentcos.cn/a";'],
    ["a require of the SDK through a template literal", "const COSSDK = require(`cos-nodejs-sdk-v5`);"],
    ["a template literal naming the SDK", "export const sdk = `cos-js-sdk-v5`;"],
    ["cos imported from the SDK itself", 'import { cos } from "cos-nodejs-sdk-v5/lib";\nexport default cos;'],
    ["cos from a local binding, not Math", "const cos = createClient();\nexport default cos;"],
    ["a property cos of another object", "export const y = client.cos.putObject(p);"],
  ])("%s is COS", (_, code) => {
    expect(judge(code)).toBe(COS);
  });
});

describe("COS context: other storage clients (same XML strings as COS)", () => {
  const S3 = dedentLines([
    'import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";',
    "export async function read(s3, Bucket, Key) {",
    "  try { return await s3.send(new GetObjectCommand({ Bucket, Key })); }",
    "  catch (err) { if (err.name === 'NoSuchKey') return null; throw err; }",
    "}",
  ]);

  it.each([
    ["@aws-sdk/client-s3, even with assumeCos", S3],
    ["aws-sdk v2 through a subpath require", 'const S3 = require("aws-sdk/clients/s3");\nexport const s3 = new S3();'],
    ["ali-oss", 'import OSS from "ali-oss";\nexport const client = new OSS({ region });'],
    ["minio through a dynamic import", 'export const load = () => import("minio");'],
  ])("%s is not COS", (_, code) => {
    expect(judge(code, { assumeCos: true })).toBe(NOT_COS);
  });

  it.each([
    [
      "@aws-sdk/client-s3 against a COS endpoint",
      `${S3}\nexport const endpoint = "https://cos.ap-guangzhou.myqcloud.com";`,
    ],
    ["aws-sdk next to the COS SDK", 'import AWS from "aws-sdk";\nimport COS from "cos-nodejs-sdk-v5";'],
    ["a name that only contains a client's name", 'import m from "./minio-like";\nexport const cos = m;'],
  ])("%s is COS", (_, code) => {
    expect(judge(code, { assumeCos: true })).toBe(COS);
  });

  it("a client's name in a string that is no module specifier does not count", () => {
    expect(judge('export const provider = "aws-sdk";', { assumeCos: true })).toBe(COS);
  });
});

function dedentLines(lines: readonly string[]): string {
  return lines.join("\n");
}
