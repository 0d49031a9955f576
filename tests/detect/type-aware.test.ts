/**
 * `typeAware`: no-unknown-code with type information (typescript-eslint's project service over the
 * fixture project tests/fixtures/typed/), and the error for `typeAware` without type information.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RuleTester } from "@typescript-eslint/rule-tester";
import { Linter } from "eslint";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import rule from "../../src/rules/no-unknown-code.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixtureDir = path.join(root, "tests/fixtures/typed");
// file.ts is empty on disk: the rule tester lints each case's code as its content.
const filename = path.join(fixtureDir, "file.ts");

const ruleTester = new RuleTester({
  languageOptions: {
    // file.ts is part of the fixture's tsconfig.json, so the project service finds it there;
    // `allowDefaultProject: ["*.ts"]` would make typescript-eslint reject it as in both.
    parserOptions: { projectService: true, tsconfigRootDir: fixtureDir },
  },
  settings: { "cos-errors": { typeAware: true } },
});

type MessageIds = keyof typeof rule.meta.messages;
type Options = Parameters<typeof rule.create>[0]["options"];

/** The report for the unknown code `-99999` (no known code is one edit away), at its last occurrence in `code`. */
function unknown99999(code: string, spelled = "-99999") {
  const offset = code.lastIndexOf(spelled);
  const before = code.slice(0, offset).split("\n");
  const line = before.length;
  const column = before.at(-1)!.length + 1;
  return {
    messageId: "unknownCode" as const,
    data: { code: -99999 },
    line,
    column,
    endLine: line,
    endColumn: column + spelled.length,
  };
}

/** The report for the unknown string `'Unheard'` among XML-API codes (no guess), at its last occurrence in `code`. */
function unheard(code: string) {
  const offset = code.lastIndexOf('"Unheard"');
  const before = code.slice(0, offset).split("\n");
  const line = before.length;
  const column = before.at(-1)!.length + 1;
  return {
    messageId: "unknownCode" as const,
    data: { code: "Unheard", guesses: "" },
    line,
    column,
    endLine: line,
    endColumn: column + '"Unheard"'.length,
    suggestions: [],
  };
}

const valid = (code: string) => ({ code, filename });
const invalid = (code: string, spelled?: string) => ({ code, filename, errors: [unknown99999(code, spelled)] });
const invalidUnheard = (code: string) => ({ code, filename, errors: [unheard(code)] });

ruleTester.run<MessageIds, Options>("no-unknown-code, typeAware", rule, {
  valid: [
    // In COS context (`cosErr`), but the code expression's type cannot be a number or a numeric string.
    valid("declare const cosErr: { code: boolean };\nif (cosErr.code === -99999) {}"),
    valid('declare const cosErr: { code: "ok" | "fail" };\nif (cosErr.code === -99999) {}'),
    valid("declare const cosErr: { code: { value: number } };\nif (cosErr.code === -99999) {}"),
    valid("declare const cosErr: { code: null };\nif (cosErr.code === -99999) {}"),
    valid("declare const cosErr: { code: boolean };\nswitch (cosErr.code) { case -99999: break; }"),
    // No COS signal, and a type that says nothing: no context.
    valid("declare const err: { code: any };\nif (err.code === -99999) {}"),
    valid("declare const err: { code: number };\nif (err.code === -99999) {}"),
    // Resolved by package name from the fixture (dist/, built by tests/global-setup.ts): the runtime
    // module's code type without its numbers is `never`. Unresolved, it would be `any`, and reported.
    valid(
      'import type { CosErrorCodeValue } from "eslint-plugin-cos-errors/codes";\n' +
        "declare const err: { code: Exclude<CosErrorCodeValue, number> };\n" +
        "if (err.code === -99999) {}",
    ),
    // Known codes are never reported, typed or not.
    valid(
      'import type { Code } from "./codes-reexport.js";\ndeclare const err: { code: Code };\nif (err.code === -96) {}',
    ),
  ],
  invalid: [
    // In COS context, with a type that can hold a code.
    invalid("declare const cosErr: { code: number };\nif (cosErr.code === -99999) {}"),
    invalid("declare const cosErr: { code: -99999 };\nif (cosErr.code === -99999) {}"),
    invalid("declare const cosErr: { code?: number };\nif (cosErr.code === -99999) {}"),
    invalid("declare const cosErr: { code: string };\nif (cosErr.code === -99999) {}"),
    invalid('declare const cosErr: { code: "-99999" | "-1" };\nif (cosErr.code === "-99999") {}', '"-99999"'),
    invalid("declare const cosErr: { code: any };\nif (cosErr.code === -99999) {}"),
    invalid("declare const cosErr: { code: unknown };\nif (cosErr.code === -99999) {}"),
    invalid("enum Code { Expired = -96 }\ndeclare const cosErr: { code: Code };\nif (cosErr.code === -99999) {}"),
    invalid("declare const cosErr: { code: `${number}` };\nif (cosErr.code === -99999) {}"),
    invalid("declare const cosErr: { code: number & { brand: true } };\nif (cosErr.code === -99999) {}"),
    invalid("export function check<T>(cosErr: { code: T }) {\n  return cosErr.code === -99999;\n}"),
    // Types the checker prints without naming a primitive, yet can hold a code.
    invalid("declare const cosErr: { code: Uppercase<string> };\nif (cosErr.code === -99999) {}"),
    invalid(
      "export function check<E extends Record<string, number>, K extends keyof E>(cosErr: E, key: K) {\n" +
        "  const code = cosErr[key];\n  return code === -99999;\n}",
    ),
    invalid("declare const cosErr: { code: number };\nswitch (cosErr.code) { case -99999: break; }"),
    invalid("export function check(cosErr: { code: number }) {\n  return [-99999, -96].includes(cosErr.code);\n}"),
    // Typed as the runtime module's CosErrorCodeValue (re-exported as `Code`, so that nothing in the file
    // is a COS signal): the type puts the site in COS context.
    invalid(
      'import type { Code } from "./codes-reexport.js";\ndeclare const err: { code: Code };\nif (err.code === -99999) {}',
    ),
    invalid('export function check(code: import("./codes-reexport.js").Code) {\n  return code === -99999;\n}'),
    invalid(
      'import type { Code } from "./codes-reexport.js";\ntype Alias = Code;\ndeclare const errorCode: Alias;\nif (errorCode === -99999) {}',
    ),
    // A union of XML-API code strings can hold a code: judged by COS context, like `string`.
    invalidUnheard(
      'declare const cosErr: { code: "NoSuchKey" | "SlowDown" | "Unheard" };\n' +
        'switch (cosErr.code) { case "NoSuchKey": break; case "Unheard": break; }',
    ),
    // The runtime module's XML-API code type, under another name: the type puts the site in COS context.
    invalidUnheard(
      'import type { XmlCode } from "./codes-reexport.js";\ndeclare const err: { code: XmlCode };\n' +
        'switch (err.code) { case "NoSuchKey": break; case "Unheard": break; }',
    ),
    // The runtime module's type by its own name, imported by package name.
    invalid(
      'import type { CosErrorCodeValue } from "eslint-plugin-cos-errors/codes";\n' +
        "declare const err: { code: CosErrorCodeValue };\nif (err.code === -99999) {}",
    ),
  ],
});

describe("the typed fixture", () => {
  it("resolves the package's runtime module by name, through package.json exports, to dist/", () => {
    const read = ts.readConfigFile(path.join(fixtureDir, "tsconfig.json"), (file) => ts.sys.readFile(file));
    expect(read.error).toBeUndefined();
    const { options, errors } = ts.parseJsonConfigFileContent(read.config as object, ts.sys, fixtureDir);
    expect(errors).toEqual([]);
    const resolved = ts.resolveModuleName(
      "eslint-plugin-cos-errors/codes",
      filename,
      options,
      ts.sys,
      undefined,
      undefined,
      ts.ModuleKind.ESNext,
    );
    expect(resolved.resolvedModule?.resolvedFileName).toBe(path.join(root, "dist/esm/codes.d.ts"));
  });
});

describe("typeAware without type information", () => {
  it("throws an error naming the setting and the file", () => {
    const lint = (): Linter.LintMessage[] =>
      new Linter().verify(
        "if (cosErr.code === -99999) {}",
        [
          {
            plugins: { "cos-errors": plugin },
            rules: { "cos-errors/no-unknown-code": "error" },
            settings: { "cos-errors": { typeAware: true } },
          },
        ],
        "plain.js",
      );
    let message: string | undefined;
    try {
      lint();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("eslint-plugin-cos-errors: settings['cos-errors'].typeAware is true, but");
    expect(message).toContain("plain.js has no type information.");
    expect(message).toContain("Lint it with typescript-eslint's parser and parserOptions.projectService (or project)");
  });

  it("lints the same file without typeAware", () => {
    const messages = new Linter().verify("if (cosErr.code === -99999) {}", [
      {
        plugins: { "cos-errors": plugin },
        rules: { "cos-errors/no-unknown-code": "error" },
      },
    ]);
    expect(messages.map((m) => [m.messageId, m.line, m.column])).toEqual([["unknownCode", 1, 21]]);
  });
});
