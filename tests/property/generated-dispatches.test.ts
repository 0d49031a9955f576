/**
 * Property tests over generated COS error dispatches (switch and if chains with random known and unknown
 * codes, written as literals, numeric strings, local consts and named constants, with random fallbacks
 * and retries, spaced or minified): the rules never throw; after `prefer-named-code`'s fixes,
 * `no-unknown-code` reports exactly the unknown codes that were generated; a second `--fix` changes
 * nothing; the fixed file parses; every operand keeps its value, the constants evaluated from the built
 * runtime module (dist/esm/codes.js, built by tests/global-setup.ts).
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "@typescript-eslint/parser";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import fc from "fast-check";
import { Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { cosErrorCatalog } from "../../src/codes.js";
import plugin from "../../src/index.js";

const KNOWN = cosErrorCatalog.filter((e) => e.source === "server").map((e) => e.code);
const KNOWN_SET = new Set<number>(cosErrorCatalog.map((e) => e.code));
const NAME_BY_CODE = new Map<number, string>(cosErrorCatalog.map((e) => [e.code, e.name]));

type Spelling = "literal" | "string" | "const" | "constant";
interface Code {
  readonly value: number;
  readonly known: boolean;
  readonly spelling: Spelling;
}
interface BranchSpec {
  readonly codes: readonly Code[];
  readonly action: "retry" | "throw" | "return" | "continue" | "fix-then-retry";
}
interface DispatchSpec {
  readonly shape: "switch" | "if";
  readonly branches: readonly BranchSpec[];
  readonly fallback: "none" | "retry" | "throw";
  readonly importConstants: boolean;
  /** Spaced as a minifier does: `case-96:`, `err.code===-96`. */
  readonly minified: boolean;
}

const unknownCode = fc
  .integer({ min: 5, max: 99_999 })
  .map((n) => -n)
  .filter((n) => !KNOWN_SET.has(n));
// A few common codes often, so that a mistake about one of them is found; any known code otherwise.
const knownCode = fc.oneof(fc.constantFrom(-96, -97, -55, -71, -133), fc.constantFrom(...KNOWN));
const code: fc.Arbitrary<Code> = fc.oneof(
  fc.record({
    value: knownCode,
    known: fc.constant(true),
    spelling: fc.constantFrom<Spelling>("literal", "string", "const", "constant"),
  }),
  fc.record({
    value: unknownCode,
    known: fc.constant(false),
    spelling: fc.constantFrom<Spelling>("literal", "string"),
  }),
);
const dispatch: fc.Arbitrary<DispatchSpec> = fc.record({
  shape: fc.constantFrom("switch", "if"),
  branches: fc.array(
    fc.record({
      codes: fc.uniqueArray(code, { minLength: 1, maxLength: 3, selector: (c) => c.value }),
      action: fc.constantFrom("retry", "throw", "return", "continue", "fix-then-retry"),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  fallback: fc.constantFrom("none", "retry", "throw"),
  importConstants: fc.boolean(),
  minified: fc.boolean(),
});

const ACTIONS: Record<BranchSpec["action"], string> = {
  retry: "await retryUpload(file);",
  throw: "throw err;",
  return: "return null;",
  continue: "continue;",
  "fix-then-retry": "await refreshCredentials(); continue;",
};

/**
 * Renders a dispatch as a module; returns the source, the unknown codes it spells, and the value of each
 * operand compared with the code, in the order of the source.
 */
function render(spec: DispatchSpec): { source: string; unknown: number[]; values: (number | string)[] } {
  const consts: string[] = [];
  const unknown: number[] = [];
  const values: (number | string)[] = [];
  const seen = new Set<number>();
  const codes = spec.branches.map((b) => b.codes.filter((c) => !seen.has(c.value) && (seen.add(c.value), true)));
  const operand = (c: Code): { text: string; strictString: boolean } => {
    if (!c.known) unknown.push(c.value);
    values.push(c.spelling === "string" ? String(c.value) : c.value);
    switch (c.spelling) {
      case "literal":
        return { text: String(c.value), strictString: false };
      case "string":
        return { text: `"${c.value}"`, strictString: true };
      case "const": {
        const name = `CODE_${consts.length}`;
        consts.push(`const ${name} = ${c.value};`);
        return { text: name, strictString: false };
      }
      case "constant":
        return spec.importConstants
          ? { text: `CosErrorCode.${NAME_BY_CODE.get(c.value)!}`, strictString: false }
          : { text: String(c.value), strictString: false };
    }
  };
  const body: string[] = [];
  if (spec.shape === "switch") {
    body.push("      switch (err.code) {");
    spec.branches.forEach((branch, i) => {
      const cases = codes[i]!;
      if (cases.length === 0) return;
      for (const c of cases) {
        const text = operand(c).text;
        body.push(`        case${spec.minified && /^[-"]/u.test(text) ? "" : " "}${text}:`);
      }
      body.push(`          ${ACTIONS[branch.action]}`, branch.action === "retry" ? "          break;" : "");
    });
    if (spec.fallback !== "none")
      body.push(
        "        default:",
        `          ${spec.fallback === "retry" ? "await retryUpload(file); break;" : "throw err;"}`,
      );
    body.push("      }");
  } else {
    const tests = spec.branches
      .map((branch, i) => ({ branch, cases: codes[i]! }))
      .filter(({ cases }) => cases.length > 0)
      .map(({ branch, cases }) => {
        const test = cases
          .map((c) => {
            const { text, strictString } = operand(c);
            const operator = strictString ? "==" : "===";
            return spec.minified ? `err.code${operator}${text}` : `err.code ${operator} ${text}`;
          })
          .join(" || ");
        return `if (${test}) {\n        ${ACTIONS[branch.action]}\n      }`;
      });
    let chain = tests.join(" else ");
    if (spec.fallback !== "none")
      chain += ` else {\n        ${spec.fallback === "retry" ? "await retryUpload(file);" : "throw err;"}\n      }`;
    body.push(`      ${chain}`);
  }
  const source = [
    'import COS from "cos-nodejs-sdk-v5";',
    spec.importConstants ? 'import { CosErrorCode } from "cos-error-codes";' : "",
    ...consts,
    "",
    "export async function upload(cos, file) {",
    "  for (let attempt = 0; attempt < 3; attempt++) {",
    "    try {",
    "      return await cos.putObject(file);",
    "    } catch (err) {",
    ...body.filter((line) => line !== ""),
    "    }",
    "  }",
    "}",
    "",
  ]
    .filter((line, i) => i !== 1 || line !== "")
    .join("\n");
  return { source, unknown, values };
}

/** The constants of the built runtime module. */
let runtimeConstants: Readonly<Record<string, unknown>> = {};
beforeAll(async () => {
  const codes = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../dist/esm/codes.js");
  const runtime = (await import(pathToFileURL(codes).href)) as { CosErrorCode: Record<string, unknown> };
  runtimeConstants = runtime.CosErrorCode;
});

/** The value of an operand as the file spells it: a literal, `-literal`, `CosErrorCode.X`, a local const. */
function valueOf(node: TSESTree.Node, consts: ReadonlyMap<string, TSESTree.Node>): unknown {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return node.value;
    case AST_NODE_TYPES.UnaryExpression:
      if (node.operator === "-") return -(valueOf(node.argument, consts) as number);
      break;
    case AST_NODE_TYPES.MemberExpression:
      if (node.object.type === AST_NODE_TYPES.Identifier && node.object.name === "CosErrorCode" && !node.computed) {
        const name = (node.property as TSESTree.Identifier).name;
        expect(Object.hasOwn(runtimeConstants, name), `CosErrorCode.${name} exists`).toBe(true);
        return runtimeConstants[name];
      }
      break;
    case AST_NODE_TYPES.Identifier:
      if (consts.has(node.name)) return valueOf(consts.get(node.name)!, consts);
      break;
    case AST_NODE_TYPES.CallExpression:
      if (
        node.callee.type === AST_NODE_TYPES.Identifier &&
        node.callee.name === "String" &&
        node.arguments.length === 1
      )
        return String(valueOf(node.arguments[0]!, consts));
      break;
  }
  throw new Error(`unexpected operand ${node.type} at ${node.range[0]}`);
}

const isErrCode = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.MemberExpression &&
  node.object.type === AST_NODE_TYPES.Identifier &&
  node.object.name === "err" &&
  node.property.type === AST_NODE_TYPES.Identifier &&
  node.property.name === "code";

/** The values of the operands compared with `err.code` (case tests, comparisons), in source order. */
function operandValues(source: string): unknown[] {
  const program = parse(source, { range: true, sourceType: "module" }) as unknown as TSESTree.Program;
  const consts = new Map<string, TSESTree.Node>();
  const operands: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier && node.init)
      consts.set(node.id.name, node.init);
    if (node.type === AST_NODE_TYPES.SwitchCase && node.test) operands.push(node.test);
    if (node.type === AST_NODE_TYPES.BinaryExpression && isErrCode(node.left)) operands.push(node.right);
    for (const [key, child] of Object.entries(node)) {
      if (key === "parent") continue;
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === "object" && typeof (item as { type?: unknown }).type === "string")
          visit(item as TSESTree.Node);
      }
    }
  };
  visit(program);
  return operands.sort((a, b) => a.range[0] - b.range[0]).map((operand) => valueOf(operand, consts));
}

const linter = new Linter();
const config = (rules: Linter.RulesRecord): Linter.Config[] => [
  { files: ["**/*.js"], plugins: { "cos-errors": plugin }, rules },
];
const ALL = config(plugin.configs.all.rules);
const PREFER = config({ "cos-errors/prefer-named-code": "error" });
const UNKNOWN = config({ "cos-errors/no-unknown-code": "error" });
const FILE = { filename: "upload.js" };

const reportedCodes = (messages: Linter.LintMessage[]): number[] =>
  messages.map((m) => Number(/^`(-?\d+)`/u.exec(m.message)?.[1])).sort((a, b) => a - b);

describe("generated dispatches", () => {
  it("never make a rule throw, and every finding comes from a rule", () => {
    fc.assert(
      fc.property(dispatch, (spec) => {
        const { source } = render(spec);
        const messages = linter.verify(source, ALL, FILE);
        expect(messages.filter((m) => m.fatal === true)).toEqual([]);
        for (const message of messages) expect(message.ruleId).toMatch(/^cos-errors\//u);
      }),
      { numRuns: 150 },
    );
  });

  it("after prefer-named-code's fixes, no-unknown-code reports exactly the generated unknown codes", () => {
    fc.assert(
      fc.property(dispatch, (spec) => {
        const { source, unknown } = render(spec);
        const fixed = linter.verifyAndFix(source, PREFER, FILE);
        expect(fixed.messages.filter((m) => m.fatal === true)).toEqual([]);
        const reported = reportedCodes(linter.verify(fixed.output, UNKNOWN, FILE));
        expect(reported).toEqual([...unknown].sort((a, b) => a - b));
      }),
      { numRuns: 150 },
    );
  });

  it("fixes are idempotent, keep exactly one import of the constants and keep every value", () => {
    fc.assert(
      fc.property(dispatch, (spec) => {
        const { source, values } = render(spec);
        expect(operandValues(source)).toEqual(values);
        const once = linter.verifyAndFix(source, PREFER, FILE).output;
        // Each operand has the same value (and type) after the fix: a replaced literal, the constant's value.
        expect(operandValues(once)).toEqual(values);
        const twice = linter.verifyAndFix(once, PREFER, FILE);
        expect(twice.fixed).toBe(false);
        expect(twice.output).toBe(once);
        const imports = once.match(/from "cos-error-codes"/gu) ?? [];
        expect(imports.length).toBe(spec.importConstants || once.includes("CosErrorCode.") ? 1 : 0);
      }),
      { numRuns: 150 },
    );
  });
});
