// The size of prefer-named-code's fixes is linear in the number of sites: ESLint merges a fix's edits into
// one text from its first edit to its last, so a fix that adds the import carries everything between the
// import and its literal. Only the first report of a pass carries the import; the others replace their
// literal only, once the import is there. (Before: a 20,000-line file with 8,000 sites made `eslint -f
// json` run out of string length.)
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";

const SITES = 3000;
const CODES: readonly (readonly [number, string])[] = [
  [-96, "SIGNATURE_EXPIRED"],
  [-97, "SIGNATURE_INVALID"],
  [-55, "ACCESS_DENIED"],
  [-71, "TOO_MANY_REQUESTS"],
  [-133, "BUCKET_NOT_FOUND"],
];
const IMPORT = 'import { CosErrorCode } from "cos-error-codes";';

/** A module with `SITES` comparisons, each on its own line; `named` spells them as the fix does. */
function generated(named: boolean, withImport: boolean): string {
  const lines = ['import COS from "cos-nodejs-sdk-v5";', ...(withImport ? [IMPORT] : [])];
  lines.push("export function classify(err) {", "  let n = 0;");
  for (let i = 0; i < SITES; i++) {
    const [code, name] = CODES[i % CODES.length]!;
    lines.push(`  if (err.code === ${named ? `CosErrorCode.${name}` : String(code)}) n += ${i};`);
  }
  lines.push("  return n;", "}", "");
  return lines.join("\n");
}

const linter = new Linter();
const config: Linter.Config[] = [
  { plugins: { "cos-errors": plugin }, rules: { "cos-errors/prefer-named-code": "warn" } },
];

const fixTextSize = (messages: Linter.LintMessage[]): number =>
  messages.reduce((total, m) => total + (m.fix?.text.length ?? 0), 0);

describe("prefer-named-code: fix size", () => {
  it("without the import: one report carries it, the others have no fix yet; the total is linear", () => {
    const messages = linter.verify(generated(false, false), config, "classify.js");
    expect(messages).toHaveLength(SITES);
    const fixed = messages.filter((m) => m.fix);
    expect(fixed.map((m) => m.line)).toEqual([4]);
    expect(fixed[0]!.fix!.text).toBe(
      `\n${IMPORT}\nexport function classify(err) {\n  let n = 0;\n  if (err.code === CosErrorCode.SIGNATURE_EXPIRED`,
    );
    expect(fixTextSize(messages)).toBeLessThan(100 * SITES);
  });

  it("with the import: every report replaces its literal only; the total is linear", () => {
    const messages = linter.verify(generated(false, true), config, "classify.js");
    expect(messages).toHaveLength(SITES);
    expect(messages.every((m) => m.fix !== undefined && m.fix.range[1] - m.fix.range[0] <= 4)).toBe(true);
    expect(fixTextSize(messages)).toBeLessThan(100 * SITES);
  });

  it("--fix converges in two passes to the fully named file; a second --fix changes nothing", () => {
    const once = linter.verifyAndFix(generated(false, false), config, "classify.js");
    expect(once.messages).toEqual([]);
    expect(once.output).toBe(generated(true, true));
    const twice = linter.verifyAndFix(once.output, config, "classify.js");
    expect(twice.fixed).toBe(false);
    expect(twice.output).toBe(once.output);
  });
});
