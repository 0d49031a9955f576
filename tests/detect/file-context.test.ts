import { Linter, type Rule } from "eslint";
import { describe, expect, it } from "vitest";
import { getFileContext, lastAnswer, type FileContext } from "../../src/detect/file-context.js";
import type { TSESTree } from "@typescript-eslint/utils";

type EngineContext = Parameters<typeof getFileContext>[0];

/** The file contexts each probe rule got, in the order it was created. */
const seen: Record<"probe" | "second", FileContext[]> = { probe: [], second: [] };

/** A rule that reports what the engine knows about the file, as `active=… isCos=…`. */
function probe(name: keyof typeof seen): Rule.RuleModule {
  return {
    meta: { type: "problem", schema: [] },
    create(context) {
      const file = getFileContext(context as unknown as EngineContext);
      seen[name].push(file);
      return {
        Program(node) {
          context.report({ node, message: `active=${file.active} isCos=${file.isCos()}` });
        },
      };
    },
  };
}

const plugin = { rules: { probe: probe("probe"), second: probe("second") } };

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

describe("getFileContext: files without cos, qcloud or an SDK name in their text", () => {
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

describe("getFileContext: COS signals", () => {
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

describe("getFileContext: settings", () => {
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

describe("getFileContext: one context per file", () => {
  it("returns the same object to every rule linting a file, and a new one for the next file", () => {
    seen.probe.length = 0;
    seen.second.length = 0;
    const linter = new Linter();
    const config: Linter.Config[] = [
      { plugins: { test: plugin }, rules: { "test/probe": "error", "test/second": "error" } },
    ];
    const first = linter.verify("const cos = 1;", config, "first.js");
    const second = linter.verify("const total = 1;", config, "second.js");
    expect(first.map((m) => m.message)).toEqual([COS, COS]);
    expect(second.map((m) => m.message)).toEqual([NOT_COS, NOT_COS]);
    expect(seen.probe).toHaveLength(2);
    expect(seen.second).toHaveLength(2);
    expect(seen.second[0]).toBe(seen.probe[0]);
    expect(seen.second[1]).toBe(seen.probe[1]);
    expect(seen.probe[1]).not.toBe(seen.probe[0]);
    expect(seen.probe[0]!.sourceCode.text).toBe("const cos = 1;");
    expect(seen.probe[1]!.sourceCode.text).toBe("const total = 1;");
  });

  it("hands out the shared settings and no type services without typeAware", () => {
    seen.probe.length = 0;
    judge("const cos = 1;", { codeNames: ["status"] });
    const file = seen.probe[0]!;
    expect([...file.settings.codeNames]).toEqual(["status"]);
    expect(file.services).toBeUndefined();
    expect(file.isCos()).toBe(true);
  });
});

describe("getFileContext: text pre-checks", () => {
  /** The context of `code` linted with `settings`. */
  function contextOf(code: string, settings?: Record<string, unknown>): FileContext {
    seen.probe.length = 0;
    judge(code, settings);
    return seen.probe[0]!;
  }

  /** Which of `names` the text may bind to a code by a renaming destructuring. */
  const renamed = (code: string, names: readonly string[], settings?: Record<string, unknown>): string[] => {
    const file = contextOf(code, settings);
    return names.filter((name) => file.mayBeRenamedCode(name));
  };

  it("mayBeRenamedCode: the name after a code name and a `:`, the key maybe quoted or in `[…]`", () => {
    expect(renamed("const { code: c } = err;", ["c", "d", "code"])).toEqual(["c"]);
    expect(renamed("const { 'errorCode' : c = 0 } = err;", ["c", "d"])).toEqual(["c"]);
    expect(renamed('const { ["retcode"]: $c } = err;', ["$c", "c"])).toEqual(["$c"]);
    expect(renamed("function f({ ErrorCode:\n  códe }) {}", ["códe", "c"])).toEqual(["códe"]);
    expect(renamed("const { code: a } = e1, { errCode: b } = e2;", ["a", "b", "c"])).toEqual(["a", "b"]);
  });

  it("mayBeRenamedCode: no name after a code name and a `:`", () => {
    expect(renamed("const { node: c } = err; const code = 1;", ["c", "node"])).toEqual([]);
    expect(renamed("const x = { code: 1, errorCode: 'a', retCode: [c], errcode: { d } };", ["c", "d"])).toEqual([]);
    expect(renamed("const code = x ? c : d;", ["c", "d"])).toEqual([]);
    // a pre-check on the text, not on names: `decode:` has `code:` in it
    expect(renamed("const { decode: c, decoder: d } = x;", ["c", "d"])).toEqual(["c"]);
  });

  it("mayBeRenamedCode: every name when a comment or an escape follows the `:`", () => {
    expect(renamed("const { code: /* the code */ c } = err;", ["c", "anything"])).toEqual(["c", "anything"]);
    expect(renamed("const { code: \\u0063 } = err;", ["c", "anything"])).toEqual(["c", "anything"]);
    expect(renamed("const { code: c\\u0061 } = err;", ["ca", "anything"])).toEqual(["ca", "anything"]);
  });

  it("mayBeRenamedCode: custom code names, shorter than three characters or ending in an astral character", () => {
    expect(renamed("const { rc: c } = err;", ["c"], { codeNames: ["rc"] })).toEqual(["c"]);
    expect(renamed("const { rx: c } = err;", ["c"], { codeNames: ["rc"] })).toEqual([]);
    expect(renamed("const { status: s, code: c } = err;", ["s", "c"], { codeNames: ["status"] })).toEqual(["s"]);
    expect(renamed("const { 'err𝒞': c } = err;", ["c"], { codeNames: ["err𝒞"] })).toEqual(["c"]);
  });

  it("mentionsConstantsModule: the constants module named anywhere in the text", () => {
    expect(contextOf('import { CosErrorCode } from "eslint-plugin-cos-errors/codes";').mentionsConstantsModule()).toBe(
      true,
    );
    expect(contextOf('const cos = require("cos-nodejs-sdk-v5");').mentionsConstantsModule()).toBe(false);
    expect(
      contextOf('const cos = require("./my-codes");', { constantsModule: "./my-codes" }).mentionsConstantsModule(),
    ).toBe(true);
  });
});

describe("lastAnswer", () => {
  const node = (name: string): TSESTree.Node => ({ type: "Identifier", name }) as unknown as TSESTree.Node;
  const fileA = {} as FileContext;
  const fileB = {} as FileContext;

  it("answers a repeated question about the same node and file from its slot, and asks again otherwise", () => {
    const asked: string[] = [];
    const check = lastAnswer((n: TSESTree.Node, file: FileContext) => {
      const name = (n as TSESTree.Identifier).name;
      asked.push(`${name}@${file === fileA ? "A" : "B"}`);
      return `${name}!`;
    });
    const x = node("x");
    const y = node("y");
    expect([
      check(x, fileA),
      check(x, fileA),
      check(y, fileA),
      check(y, fileB),
      check(y, fileB),
      check(x, fileB),
    ]).toEqual(["x!", "x!", "y!", "y!", "y!", "x!"]);
    expect(asked).toEqual(["x@A", "y@A", "y@B", "x@B"]);
  });

  it("keeps the outer answer when the check asks about a part of the node first", () => {
    let calls = 0;
    const outer = node("outer");
    const inner = node("inner");
    const check: (n: TSESTree.Node, file: FileContext) => boolean = lastAnswer(
      (n: TSESTree.Node, file: FileContext) => {
        calls++;
        return n === outer ? !check(inner, file) : true;
      },
    );
    expect(check(outer, fileA)).toBe(false);
    expect(check(outer, fileA)).toBe(false);
    expect(calls).toBe(2); // outer, inner; the second question about outer is answered from the slot
  });
});
