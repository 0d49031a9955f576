/**
 * Property: every code site written in any of the shapes the engine knows is judged, wherever it stands,
 * and nothing that only looks like one is. Generated files hold sites in random shapes (code expressions,
 * operands, comparisons, switches, collections, `if` / `?:` / `||` positions), each comparing with its own
 * unknown code, and decoys (shadowed `Number`, a template key with an expression, `!`-less helpers of
 * other modules) with codes of their own. With `assumeCos`, `no-unknown-code` must report exactly the
 * sites' codes: a shape matcher that misses a form the resolver accepts (the pre-check dismissing what the
 * exact check would take) loses a site and fails the property.
 * The same property runs on XML-API strings (`err.error.Code === "nOSUCHKEY"`: near misses, reported
 * wherever they stand), with string decoys (`err.message`, `err.statusCode`). Mutations that made it fail:
 * dropping `Code` from the default code names; finding renamed bindings of the key `code` only.
 */
import fc from "fast-check";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/index.js";
import { assumeCosConfig } from "../helpers/index.js";

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
  readonly text: (value: string, id?: number) => string;
  readonly decl?: (value: string, id: number) => string;
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

/** XML-API codes: how a string code is read (`asString` has no meaning here: every read compares strings). */
const XML_READS: readonly Read[] = [
  { setup: "", expression: "err.code" },
  { setup: "", expression: "err?.code" },
  { setup: "", expression: "err.Code" },
  { setup: "", expression: "err.error.Code" },
  { setup: "", expression: "err.error?.Code" },
  { setup: "", expression: 'err["code"]' },
  { setup: "", expression: 'err.error["Code"]' },
  { setup: "const { code: c } = err;", expression: "c" },
  { setup: "const { Code: c } = err.error;", expression: "c" },
  { setup: "const { code } = err;", expression: "code" },
  { setup: "", expression: "String(err.code)" },
  { setup: "", expression: "(err.code as string)", ts: true },
  { setup: "", expression: "err.error!.Code", ts: true },
];

/** How a string code is spelled; `{v}` is the string's text. */
const XML_OPERANDS: readonly Operand[] = [
  { text: (v) => `'${v}'` },
  { text: (v) => `"${v}"` },
  { text: (v) => `\`${v}\`` },
  { text: (_, id = 0) => `S${id}`, decl: (v, id) => `const S${id} = "${v}";` },
  { text: (_, id = 0) => `X${id}.Member`, decl: (v, id) => `enum X${id} { Member = "${v}" }`, ts: true },
  { text: (v) => `("${v}" as const)`, ts: true },
];

/** Decoys: look like sites but are not; each has a code that must never be reported. */
const DECOYS: readonly ((v: string) => string)[] = [
  (v) => `((Number) => Number(err.code) === ${v})((x) => x.id);`,
  (v) => "((k) => err[`${k}code`] === " + v + ")(x);",
  (v) => `err.status === ${v};`,
  (v) => `err.code === err.code + ${v};`,
  (v) => `[${v}].indexOf(err.code);`,
];

/** String decoys: a near miss of an XML code compared with something that does not hold a code. */
const XML_DECOYS: readonly ((v: string) => string)[] = [
  (v) => `err.message === "${v}";`,
  (v) => `err.name === "${v}";`,
  (v) => `err.statusCode === "${v}";`,
  (v) => "((k) => err[`${k}code`] === '" + v + "')(x);",
  (v) => `err.code.startsWith("${v}");`,
];

/** One vocabulary of the property: its shapes, and the values its sites and decoys compare. */
interface Vocabulary {
  readonly reads: readonly Read[];
  readonly operands: readonly Operand[];
  readonly decoys: readonly ((v: string) => string)[];
  /** The `n`-th site's value (never known, always reported), and the `n`-th decoy's. */
  readonly site: (n: number) => string;
  readonly decoy: (n: number) => string;
}

const JSON_API: Vocabulary = {
  reads: READS,
  operands: OPERANDS,
  decoys: DECOYS,
  site: (n) => String(-990_001 - n),
  decoy: (n) => String(-980_000 - n),
};

/**
 * Near misses of XML-API codes, which no-unknown-code reports wherever they stand: a known code with its
 * case changed (`nOSUCHKEY`), a different code for each site and decoy.
 */
const XML_CODES = [...builtinCatalog.xmlCodeNames].filter((c) => /^[A-Za-z]{6,}$/u.test(c));
const nearMiss = (code: string): string => code[0]!.toLowerCase() + code.slice(1).toUpperCase();
const XML_API: Vocabulary = {
  reads: XML_READS,
  operands: XML_OPERANDS,
  decoys: XML_DECOYS,
  site: (n) => nearMiss(XML_CODES[n]!),
  decoy: (n) => nearMiss(XML_CODES[XML_CODES.length - 1 - n]!),
};

const siteSpec = (vocabulary: Vocabulary): fc.Arbitrary<SiteSpec> =>
  fc.record({
    read: fc.nat({ max: vocabulary.reads.length - 1 }),
    operand: fc.nat({ max: vocabulary.operands.length - 1 }),
    shape: fc.constantFrom<SiteShape>(
      "===",
      "==",
      "!==",
      "reversed",
      "switch",
      "includes",
      "set-has",
      "const-includes",
    ),
    position: fc.constantFrom<Position>("if", "conditional", "return", "or-chain", "and-chain"),
  });

/** A file of `sites` and `decoys`; returns it with the values that must be reported. */
function render(
  vocabulary: Vocabulary,
  sites: readonly SiteSpec[],
  decoys: readonly number[],
  typeScript: boolean,
): { code: string; expected: string[] } {
  const top: string[] = ['import COS from "cos-nodejs-sdk-v5";'];
  const body: string[] = [];
  const expected: string[] = [];
  sites.forEach((spec, id) => {
    const read = vocabulary.reads[spec.read]!;
    const operand = vocabulary.operands[spec.operand]!;
    if ((read.ts || operand.ts) && !typeScript) return;
    // `String(err.code)` compares strings: only string operands are codes there; others are decoys.
    if (read.asString && !operand.string) return;
    const value = vocabulary.site(id);
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
  decoys.forEach((decoy, i) => body.push(vocabulary.decoys[decoy]!(vocabulary.decoy(i))));
  const signature = typeScript
    ? "err: any, ready: boolean, f: () => void, g: (x: unknown) => void, x: string"
    : "err, ready, f, g, x";
  const code = `${top.join("\n")}\nexport function check(${signature}) {\n${body.join("\n")}\n}\n`;
  return { code, expected: expected.sort() };
}

const linter = new Linter();

/** The codes `no-unknown-code` reported, from its messages. */
function reported(code: string, typeScript: boolean): string[] {
  const messages = linter.verify(
    code,
    assumeCosConfig("no-unknown-code", typeScript),
    typeScript ? "file.ts" : "file.js",
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`generated code does not parse: ${fatal.message}\n${code}`);
  return messages.map((m) => /^`([^`]+)`/u.exec(m.message)![1]!).sort();
}

describe.each([
  ["JSON-API numbers", JSON_API],
  ["XML-API strings", XML_API],
])("every site in a known shape is judged; decoys are not: %s", (_, vocabulary) => {
  for (const typeScript of [false, true]) {
    it(typeScript ? "TypeScript" : "JavaScript", () => {
      fc.assert(
        fc.property(
          fc.array(siteSpec(vocabulary), { minLength: 1, maxLength: 8 }),
          fc.array(fc.nat({ max: vocabulary.decoys.length - 1 }), { maxLength: 3 }),
          (sites, decoys) => {
            const { code, expected } = render(vocabulary, sites, decoys, typeScript);
            expect(reported(code, typeScript)).toEqual(expected.filter((v, i, all) => all.indexOf(v) === i));
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
