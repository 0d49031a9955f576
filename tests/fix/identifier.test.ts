// What the fix writes from configuration: the constants' name is a bindable identifier, the module string
// is escaped; and the module kind's package.json lookup.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { constantsFieldProblem, quoteModule } from "../../src/fix/identifier.js";
import { packageTypeOf } from "../../src/fix/module-kind.js";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

describe("constantsFieldProblem", () => {
  it.each(["CosErrorCode", "Codes", "_x", "$", "C2", "Códigos", "ζ"])("accepts the name %j", (name) => {
    expect(constantsFieldProblem("constantsName", name)).toBeUndefined();
  });

  it.each(["enum", "await", "yield", "let", "static", "implements", "private", "eval", "undefined", "true"])(
    "rejects the reserved word %j",
    (name) => {
      expect(constantsFieldProblem("constantsName", name)).toBe(
        `expected a name that can be bound, got the reserved word "${name}"`,
      );
    },
  );

  it.each(["", "1x", "a b", "a-b", "a.b", "x\n", 3])("rejects %j, not an identifier", (name) => {
    expect(constantsFieldProblem("constantsName", name)).toBe(
      `expected a JavaScript identifier, got ${JSON.stringify(name)}`,
    );
  });

  it("accepts any non-blank module name, rejects blank ones", () => {
    expect(constantsFieldProblem("constantsModule", "@acme/codes")).toBeUndefined();
    expect(constantsFieldProblem("constantsModule", "./codes.js")).toBeUndefined();
    expect(constantsFieldProblem("constantsModule", "")).toBe('expected a non-empty module name, got ""');
    expect(constantsFieldProblem("constantsModule", "\n")).toBe('expected a non-empty module name, got "\\n"');
  });
});

describe("quoteModule", () => {
  it.each([
    ["eslint-plugin-cos-errors/codes", '"', '"eslint-plugin-cos-errors/codes"'],
    ["it's", "'", "'it\\'s'"],
    ["it's", '"', '"it\'s"'],
    ['a"b', '"', '"a\\"b"'],
    ["a\\b", "'", "'a\\\\b'"],
    ["a\nb\rc\u2028d\u2029e", '"', '"a\\nb\\rc\\u2028d\\u2029e"'],
    ["a\u0000b\u001fc", '"', '"a\\u0000b\\u001fc"'],
  ] as const)("%j in %s quotes", (module, quote, expected) => {
    expect(quoteModule(module, quote)).toBe(expected);
    // The literal evaluates to the module name.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const evaluate = new Function(`return ${expected};`) as () => unknown;
    expect(evaluate()).toBe(module);
  });
});

describe("packageTypeOf", () => {
  it("reads the nearest package.json, from nested directories too", () => {
    expect(packageTypeOf(path.join(FIXTURES, "type-module"))).toBe("module");
    expect(packageTypeOf(path.join(FIXTURES, "type-module", "src", "deep"))).toBe("module");
    expect(packageTypeOf(path.join(FIXTURES, "type-commonjs", "lib"))).toBe("commonjs");
    expect(packageTypeOf(path.join(FIXTURES, "untyped"))).toBe("untyped");
    expect(packageTypeOf("/")).toBeUndefined();
  });
});
