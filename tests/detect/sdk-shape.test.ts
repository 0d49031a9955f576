// The engine's support for sdk-error-shape: which SDK a file imports, where an error comes from, whether
// `err.error` was tested to be present.
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { ESLintUtils, type TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { fileAnalysis, isPresenceGuarded, specifierSdk } from "../../src/detect/index.js";

type Probe = "sdk" | "origin" | "guarded";

/**
 * A rule that reports, per `probe`: the SDKs the file imports and the one it uses (`node,wx -`); the origin
 * of every `err` read as `err.<name>` (`callback headObject`, or `-`); whether each `err.error.Code` is guarded.
 */
const probe = ESLintUtils.RuleCreator.withoutDocs<[Probe], "state">({
  meta: { type: "problem", schema: [{ type: "string" }], messages: { state: "{{state}}" } },
  defaultOptions: ["sdk"],
  create(context, [kind]) {
    const file = fileAnalysis(context)!;
    const say = (node: TSESTree.Node, state: string): void =>
      context.report({ node, messageId: "state", data: { state } });
    if (kind === "sdk") {
      return {
        Program(node) {
          say(
            node,
            `${
              file
                .sdks()
                .map((sdk) => sdk.id)
                .join(",") || "-"
            } ${file.sdk()?.id ?? "-"}`,
          );
        },
      };
    }
    if (kind === "origin") {
      return {
        "MemberExpression > Identifier.object[name='err']"(node: TSESTree.Identifier) {
          const origin = file.errorOrigin(node);
          say(node, origin ? `${origin.via} ${origin.method}` : "-");
        },
      };
    }
    return {
      "MemberExpression[property.name='Code'][object.property.name='error']"(node: TSESTree.MemberExpression) {
        say(node, String(isPresenceGuarded(node, "err.error", context.sourceCode)));
      },
    };
  },
});

const plugin = { rules: { probe } } as unknown as NonNullable<Linter.Config["plugins"]>[string];

/** What the probe reports on `code` (TypeScript's parser, which takes JavaScript too), in order. */
function run(kind: Probe, code: string): string[] {
  const messages = new Linter().verify(
    code,
    [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: tsParser },
        plugins: { test: plugin },
        rules: { "test/probe": ["error", kind] },
      },
    ],
    "file.ts",
  );
  return messages.map((m) => m.message);
}

describe("importedSdks / FileAnalysis.sdk", () => {
  it.each([
    ['import COS from "cos-nodejs-sdk-v5";', "node node"],
    ["const COS = require('cos-js-sdk-v5');", "browser browser"],
    ['import COS = require("cos-wx-sdk-v5");', "wx wx"],
    ['import type { CosError } from "cos-nodejs-sdk-v5";', "node node"],
    ['export { default } from "cos-js-sdk-v5";', "browser browser"],
    ['export * from "cos-js-sdk-v5";', "browser browser"],
    ["const COS = await import(`cos-wx-sdk-v5`);", "wx wx"],
    ['import "cos-js-sdk-v5/dist/cos-js-sdk-v5.min.js";', "browser browser"],
    ['const COS = require("../../lib/cos-wx-sdk-v5.min.js");', "wx wx"],
    ['const COS = require("./cos-wx-sdk-v5");', "wx wx"],
    ['import a from "cos-nodejs-sdk-v5"; import b from "cos-wx-sdk-v5";', "node,wx -"],
    ['import a from "cos-nodejs-sdk-v5"; import b from "cos-nodejs-sdk-v5/sdk/util";', "node node"],
  ])("%s: %s", (code, expected) => {
    expect(run("sdk", code)).toEqual([expected]);
  });

  it.each([
    ["no SDK", 'import COS from "qcloud_cos";'],
    ["a comment", '// import COS from "cos-nodejs-sdk-v5";\nconst cos = 1;'],
    ["a string that is no module specifier", 'const name = "cos-nodejs-sdk-v5"; jest.mock("cos-wx-sdk-v5");'],
    ["another package whose name starts like an SDK", 'import x from "cos-nodejs-sdk-v5-mock";'],
    ["a package path that only ends like an SDK", 'import x from "my-cos-js-sdk-v5";'],
    ["a template with an expression", "const COS = require(`cos-wx-sdk-v5${suffix}`);"],
  ])("none for %s", (_, code) => {
    expect(run("sdk", code)).toEqual(["- -"]);
  });

  it("specifierSdk: packages, subpaths and local copies of a bundle", () => {
    expect(specifierSdk("cos-nodejs-sdk-v5")?.id).toBe("node");
    expect(specifierSdk("cos-js-sdk-v5/dist/cos-js-sdk-v5.js")?.id).toBe("browser");
    expect(specifierSdk("/static/cos-js-sdk-v5.min.js")?.id).toBe("browser");
    expect(specifierSdk("./cos-wx-sdk-v5.cjs")?.id).toBe("wx");
    expect(specifierSdk("lib/cos-wx-sdk-v5.js")).toBeUndefined(); // a package named `lib`
    expect(specifierSdk("./cos-wx-sdk-v5-helpers.js")).toBeUndefined();
  });
});

describe("FileAnalysis.errorOrigin", () => {
  it("finds the call of a callback, of .catch, of .then's second callback, of an awaited call in try", () => {
    const code = `
      cos.headObject(params, function (err, data) { err.code; });
      cos.headBucket(params, (err) => err.code);
      cos.getObject(params).catch((err) => err.code);
      cos.headObject(params).then((data) => data, (err) => err.code);
      cos.headBucket(params).then(() => true).then(function (found) { return !found; }).catch((err) => err.code);
      async function f() {
        try { await cos.headObject(a); await cos.headObject(b); } catch (err) { err.code; }
        try { const { Body } = await this.cos.getObject(a); } catch (err) { err.code; }
      }
    `;
    expect(run("origin", code)).toEqual([
      "callback headObject",
      "callback headBucket",
      "catch getObject",
      "then headObject",
      "catch headBucket",
      "try headObject",
      "try getObject",
    ]);
  });

  it("finds none where the error may come from elsewhere", () => {
    const code = `
      cos.headObject((err) => err.code, params);
      cos.headObject(params, (data, err) => err.code);
      cos.headObject(params).then((err) => err.code);
      cos.headObject(params).then(check).catch((err) => err.code);
      cos.headObject(params).then(() => cos.getObject(params)).catch((err) => err.code);
      promise.catch((err) => err.code);
      headObject(params, (err) => err.code);
      async function f(err) {
        err.code;
        try { await cos.headObject(a); await cos.getObject(b); } catch (err) { err.code; }
        try { await cos.headObject(a); cos.getObjectUrl(b); } catch (err) { err.code; }
        try { await cos.headObject(a); await other.headBucket(b); } catch (err) { err.code; }
        try { cos.headObject(a); } catch (err) { err.code; }
        try { await cos.headObject(a); } catch (err) { err = wrap(err); err.code; }
        try { await cos.headObject(a); } catch ({ err }) { err.code; }
      }
    `;
    // `.then(f).catch(…)` catches the error of `then` (of `f` as well as of the request), unless `f` calls nothing
    expect(run("origin", code)).toEqual(["-", "-", "-", "catch then", "catch then", ...Array<string>(9).fill("-")]);
  });
});

describe("isPresenceGuarded", () => {
  it("knows the tests that let err.error.Code run only where err.error is there", () => {
    const code = `
      err.error && err.error.Code;
      !err.error || err.error.Code;
      err?.error != null && err.error.Code;
      typeof err.error === "object" && err.error.Code;
      Boolean(err.error) ? err.error.Code : null;
      err.error === undefined ? null : err.error.Code;
      if (!!err.error) err.error.Code;
      if (!err.error) {} else err.error.Code;
      if (err.statusCode === 404 && err.error) { f(() => err.error.Code); }
      function a() { if (!err.error) return; err.error.Code; }
      function b() { if (typeof err.error === "undefined") { log(); throw err; } err.error.Code; }
      for (;;) { if (err.error == null) continue; err.error.Code; }
      function c() { if (!err.error) return; else log(); err.error.Code; }
      err.error !== undefined && err.error.Code;
    `;
    expect(run("guarded", code)).toEqual(Array(14).fill("true"));
  });

  it("knows the tests that do not", () => {
    const code = `
      err.error.Code;
      err.error || err.error.Code;
      err.error ? null : err.error.Code;
      err && err.error.Code;
      err.error.Message && err.error.Code;
      err.error === null || err.error.Code;
      if (err.error) {} else err.error.Code;
      function a() { if (!err.error) log(); err.error.Code; }
      function b() { err.error.Code; if (!err.error) return; }
      err.error !== null && err.error.Code;
      other.error && err.error.Code;
    `;
    expect(run("guarded", code)).toEqual(Array(11).fill("false"));
  });
});
