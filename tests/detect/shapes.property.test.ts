/**
 * Property: every code site written in any of the shapes the engine knows is judged, wherever it stands,
 * and nothing that only looks like one is. Generated files hold sites in random shapes (code expressions,
 * operands, comparisons, switches, collections, `if` / `?:` / `||` positions), each comparing with its own
 * unknown code, and decoys (shadowed `Number`, a template key with an expression, `!`-less helpers of
 * other modules) with codes of their own. With `assumeCos`, `no-unknown-code` must report exactly the
 * sites' codes: a shape matcher that misses a form the resolver accepts (the pre-check dismissing what the
 * exact check would take) loses a site and fails the property.
 */
import fc from "fast-check";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";

/** How the code is read. `setup` declares what the read needs inside the function; `{err}` is the error. */
interface Read {
  readonly setup: string;
  readonly expression: string;
  readonly ts?: boolean;
  readonly asString?: boolean;
}

const READS: readonly Read[] = [
  { setup: "", expression: "err.code" },
  { setup: "", expression: "err?.code" },
  { setup: "", expression: 'err["code"]' },
  { setup: "", expression: "err[`code`]" },
  { setup: "", expression: "err.errorCode" },
  { setup: "", expression: "err.data.error_code" },
  { setup: "const code = err.code;", expression: "code" },
  { setup: "const { code: c } = err;", expression: "c" },
  { setup: "const { code /* renamed */ : c } = err;", expression: "c" },
  { setup: 'const { "code": c } = err;', expression: "c" },
  { setup: 'const { ["retCode"]: c } = err;', expression: "c" },
  { setup: "const { c\\u006fde: c } = err;", expression: "c" },
  { setup: "const { code: c = 0 } = err;", expression: "c" },
  { setup: "", expression: "Number(err.code)" },
  { setup: "", expression: "+err.code" },
  { setup: "", expression: "String(err.code)", asString: true },
  { setup: "", expression: "(err.code as number)", ts: true },
  { setup: "", expression: "err.code!", ts: true },
];

/** How the code is spelled; `{v}` is the value. `decl` goes at the top level. */
interface Operand {
  readonly text: (value: number, id?: number) => string;
  readonly decl?: (value: number, id: number) => string;
  readonly ts?: boolean;
  readonly string?: boolean;
}

const OPERANDS: readonly Operand[] = [
  { text: (v) => String(v) },
  { text: (v) => `(${v})` },
  { text: (v) => `'${v}'`, string: true },
  { text: (v) => `\`${v}\``, string: true },
  { text: (_, id = 0) => `K${id}`, decl: (v, id) => `const K${id} = ${v};` },
  { text: (_, id = 0) => `E${id}.Member`, decl: (v, id) => `enum E${id} { Member = ${v} }`, ts: true },
  { text: (v) => `(${v} as const)`, ts: true },
];

type SiteShape = "===" | "==" | "!==" | "reversed" | "switch" | "includes" | "set-has" | "const-includes";
type Position = "if" | "conditional" | "return" | "or-chain" | "and-chain";

interface SiteSpec {
  readonly read: number;
  readonly operand: number;
  readonly shape: SiteShape;
  readonly position: Position;
}

/** Decoys: look like sites but are not; each has a code that must never be reported. */
const DECOYS: readonly ((v: number) => string)[] = [
  (v) => `((Number) => Number(err.code) === ${v})((x) => x.id);`,
  (v) => "((k) => err[`${k}code`] === " + v + ")(x);",
  (v) => `err.status === ${v};`,
  (v) => `err.code === err.code + ${v};`,
  (v) => `[${v}].indexOf(err.code);`,
];

const siteSpec: fc.Arbitrary<SiteSpec> = fc.record({
  read: fc.nat({ max: READS.length - 1 }),
  operand: fc.nat({ max: OPERANDS.length - 1 }),
  shape: fc.constantFrom<SiteShape>("===", "==", "!==", "reversed", "switch", "includes", "set-has", "const-includes"),
  position: fc.constantFrom<Position>("if", "conditional", "return", "or-chain", "and-chain"),
});

/** A file of `sites` and `decoys`; returns it with the values that must be reported. */
function render(
  sites: readonly SiteSpec[],
  decoys: readonly number[],
  typeScript: boolean,
): { code: string; expected: number[] } {
  const top: string[] = ['import COS from "cos-nodejs-sdk-v5";'];
  const body: string[] = [];
  const expected: number[] = [];
  let value = -990_000;
  sites.forEach((spec, id) => {
    const read = READS[spec.read]!;
    const operand = OPERANDS[spec.operand]!;
    if ((read.ts || operand.ts) && !typeScript) return;
    // `String(err.code)` compares strings: only string operands are codes there; others are decoys.
    if (read.asString && !operand.string) return;
    value -= 1;
    const spelled = operand.text(value);
    const op = operand.decl ? operand.text(value, id) : spelled;
    if (operand.decl) top.push(operand.decl(value, id));
    const x = read.expression;
    let test: string;
    switch (spec.shape) {
      case "switch":
        body.push(`{ ${read.setup} switch (${x}) { case ${op}: break; } }`);
        expected.push(value);
        return;
      case "includes":
        test = `[${op}].includes(${x})`;
        break;
      case "set-has":
        test = `new Set([${op}]).has(${x})`;
        break;
      case "const-includes":
        top.push(`const LIST${id} = [${op}];`);
        test = `LIST${id}.includes(${x})`;
        break;
      case "reversed":
        test = `${op} === ${x}`;
        break;
      default:
        test = `${x} ${spec.shape} ${op}`;
    }
    const placed = {
      if: `if (${test}) f();`,
      conditional: `g(${test} ? 1 : 2);`,
      return: `g(() => ${test});`,
      "or-chain": `if (err.code === -71 || ${test}) f();`,
      "and-chain": `if (ready && ${test}) f();`,
    }[spec.position];
    body.push(`{ ${read.setup} ${placed} }`);
    expected.push(value);
  });
  decoys.forEach((decoy, i) => body.push(DECOYS[decoy]!(-980_000 - i)));
  const signature = typeScript
    ? "err: any, ready: boolean, f: () => void, g: (x: unknown) => void, x: string"
    : "err, ready, f, g, x";
  const code = `${top.join("\n")}\nexport function check(${signature}) {\n${body.join("\n")}\n}\n`;
  return { code, expected: expected.sort((a, b) => a - b) };
}

const linter = new Linter();
const config = (typeScript: boolean): Linter.Config[] => [
  {
    files: ["**/*.js", "**/*.ts"],
    ...(typeScript ? { languageOptions: { parser: tsParser } } : {}),
    plugins: { "cos-errors": plugin },
    rules: { "cos-errors/no-unknown-code": "error" },
    settings: { "cos-errors": { assumeCos: true } },
  },
];

/** The codes `no-unknown-code` reported, from its messages. */
function reported(code: string, typeScript: boolean): number[] {
  const messages = linter.verify(code, config(typeScript), typeScript ? "file.ts" : "file.js");
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`generated code does not parse: ${fatal.message}\n${code}`);
  return messages.map((m) => Number(/^`(-?\d+)`/u.exec(m.message)![1])).sort((a, b) => a - b);
}

describe("every site in a known shape is judged; decoys are not", () => {
  for (const typeScript of [false, true]) {
    it(typeScript ? "TypeScript" : "JavaScript", () => {
      fc.assert(
        fc.property(
          fc.array(siteSpec, { minLength: 1, maxLength: 8 }),
          fc.array(fc.nat({ max: DECOYS.length - 1 }), { maxLength: 3 }),
          (sites, decoys) => {
            const { code, expected } = render(sites, decoys, typeScript);
            expect(reported(code, typeScript)).toEqual(expected.filter((v, i, all) => all.indexOf(v) === i));
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
