// A text fixed in memory with ESLint's `verifyAndFix` and checked: every first-pass fix keeps its value,
// the fixed text parses and is stable under a second pass, the shebang and directive prologue are kept, and
// the rules that do not fix report as much after the fix as before.
import { Linter } from "eslint";
import { checkFix, NAMESPACE } from "./fix-check.mjs";
import { excerpt, firstDifference, loneLf } from "./text.mjs";

/** ESLint's limit of verifyAndFix passes. */
const MAX_AUTOFIX_PASSES = 10;
/** The module the autofix imports the constants from (the default `constantsModule`). */
const CONSTANTS_MODULE = "eslint-plugin-cos-errors/codes";
/** Globals that make a file without ES module syntax CommonJS. */
const COMMONJS_GLOBALS = new Set(["module", "exports", "require"]);
export const PROBE = "robustness/sites";

export const parseFailure = (messages) => messages.find((m) => m.fatal && m.ruleId === null);
export const crashMessage = (messages) =>
  messages.find(
    (m) => (m.fatal && m.ruleId?.startsWith(`${NAMESPACE}/`)) || m.message?.startsWith("Error while loading rule"),
  );
export const stackOf = (error) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

export function countReports(messages) {
  const reports = {};
  for (const m of messages)
    if (m.ruleId !== null && m.ruleId !== PROBE) reports[m.ruleId] = (reports[m.ruleId] ?? 0) + 1;
  return reports;
}

/** The shebang and the directives of the prologue, as one string. */
function prologue(sourceCode) {
  const directives = [];
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== "ExpressionStatement" || statement.directive === undefined) break;
    directives.push(statement.directive);
  }
  return `${sourceCode.text.startsWith("#!") ? sourceCode.text.slice(0, sourceCode.text.indexOf("\n")) : ""}|${directives.join(",")}`;
}

/**
 * `fixAndCheck(text, attempt, options, { explicit, crlf })` for one `linter`; `configFor(attempt, mode)` gives
 * the config of a parse attempt (`"fix"`: all rules, `"parse"`: none).
 */
export function fixChecker(linter, configFor, constants) {
  /** Runs `fn` with every `linter.verify` call recorded (verifyAndFix calls it once per pass). */
  function recorded(fn) {
    const calls = [];
    linter.verify = (...args) => {
      const messages = Linter.prototype.verify.apply(linter, args);
      calls.push({ messages, sourceCode: linter.getSourceCode() });
      return messages;
    };
    try {
      return { value: fn(), calls };
    } finally {
      delete linter.verify;
    }
  }

  /**
   * The checks of one text. verifyAndFix's own last pass lints its output and applies nothing (unless it
   * stopped at its pass limit), which is what a second verifyAndFix would do first; `explicit` runs that
   * second verifyAndFix, and a parse with no rules, all the same. `crlf` checks that the fixed text has no
   * LF without a CR before it.
   */
  return function fixAndCheck(text, attempt, options, { explicit = false, crlf = false } = {}) {
    const out = { status: "ok", problems: [] };
    let first;
    try {
      first = recorded(() => linter.verifyAndFix(text, configFor(attempt, "fix"), options));
    } catch (error) {
      return { status: "crash", phase: `verifyAndFix (${attempt.id})`, stack: stackOf(error) };
    }
    const before = first.calls[0];
    const failure = parseFailure(before.messages);
    if (failure)
      return {
        status: "unparsable",
        parseError: `${attempt.id}: ${failure.line}:${failure.column} ${failure.message}`,
      };
    for (const call of first.calls) {
      const crash = crashMessage(call.messages);
      if (crash)
        return { status: "crash", phase: `verifyAndFix (${attempt.id})`, stack: `${crash.ruleId}: ${crash.message}` };
    }
    out.reports = countReports(before.messages);
    out.suggestions = before.messages.filter((m) => m.suggestions?.length).length;
    const withFix = before.messages.filter((m) => m.fix);
    out.fixable = withFix.length;
    if (withFix.length === 0) return out;

    out.fixChecks = withFix.map((m) => checkFix(m, text, constants));
    const fixed = first.value;
    out.fixed = fixed.fixed;
    out.passes = first.calls.length;
    if (!fixed.fixed) out.problems.push("the first pass had fixes, verifyAndFix applied none");
    if (crlf) {
      const at = loneLf(fixed.output);
      if (at !== -1) {
        out.loneLf = true;
        const line = fixed.output.slice(0, at).split("\n").length;
        out.problems.push(`the fixed text of a CRLF file has a lone LF at line ${line}`);
        out.brokenExcerpt = JSON.stringify(fixed.output.slice(Math.max(0, at - 120), at + 40));
      }
    }
    const brokenBy = (messages) => {
      const broken = parseFailure(messages);
      if (!broken) return false;
      out.problems.push(
        `the fixed text does not parse (${attempt.id}): ${broken.line}:${broken.column} ${broken.message}`,
      );
      out.broken = true;
      out.brokenExcerpt = excerpt(fixed.output, broken.line);
      return true;
    };

    let after = first.calls.at(-1);
    if (explicit || first.calls.length >= MAX_AUTOFIX_PASSES) {
      if (brokenBy(linter.verify(fixed.output, configFor(attempt, "parse"), options))) return out;
      let second;
      try {
        second = recorded(() => linter.verifyAndFix(fixed.output, configFor(attempt, "fix"), options));
      } catch (error) {
        return { ...out, status: "crash", phase: `second verifyAndFix (${attempt.id})`, stack: stackOf(error) };
      }
      after = second.calls[0];
      out.secondPassChanged = second.value.fixed;
      if (second.value.fixed) {
        out.problems.push("a second verifyAndFix changed the fixed text again");
        out.secondPassDiff = firstDifference(fixed.output, second.value.output);
      }
    } else {
      out.secondPassChanged = false;
    }
    if (brokenBy(after.messages)) return out;
    if (prologue(before.sourceCode) !== prologue(after.sourceCode)) {
      out.problems.push(
        `the fix changed the shebang or directive prologue: ${prologue(before.sourceCode)} -> ${prologue(after.sourceCode)}`,
      );
      out.prologueExcerpt = excerpt(fixed.output, 1);
    }
    // An ES import added to a file with no ES module syntax that uses `module`, `exports` or `require` as
    // globals, i.e. CommonJS parsed as a module: the result parses, but Node's CommonJS loader rejects it.
    if (
      after.sourceCode.ast.body.some((st) => st.type === "ImportDeclaration" && st.source.value === CONSTANTS_MODULE) &&
      !before.sourceCode.ast.body.some((st) =>
        /^(?:Import|Export)|^TS(?:ImportEquals|ExportAssignment)/u.test(st.type),
      ) &&
      (before.sourceCode.scopeManager?.globalScope?.through ?? []).some((ref) =>
        COMMONJS_GLOBALS.has(ref.identifier.name),
      )
    ) {
      out.esmImportIntoCommonJsLook = true;
    }
    const reportsAfter = countReports(after.messages);
    const changed = Object.keys({ ...out.reports, ...reportsAfter }).filter(
      (id) => id !== `${NAMESPACE}/prefer-named-code` && (out.reports[id] ?? 0) !== (reportsAfter[id] ?? 0),
    );
    if (changed.length > 0)
      out.reportChanges = changed.map((id) => `${id}: ${out.reports[id] ?? 0} -> ${reportsAfter[id] ?? 0}`);
    return out;
  };
}
