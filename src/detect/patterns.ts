/**
 * Regular expressions from the configuration (`contextPattern`, `retryPattern`, `afterFixPattern`,
 * `fallbackCommentPattern`): compiled once per source and flags, and rejected at load when they are not
 * valid or can backtrack super-linearly (`(a+)+$` takes seconds on a 26-character name). The check is
 * scslre's analysis, the one eslint-plugin-regexp's `no-super-linear-backtracking` uses.
 */
import { RegExpParser } from "@eslint-community/regexpp";
import { analyse } from "scslre";
import { Cache } from "./cache.js";

export class PatternError extends Error {
  override name = "PatternError";
}

const compiled = Cache.bounded<string, RegExp | PatternError>(64);
const parser = new RegExpParser();

/**
 * The plugin's own default patterns, compiled without the backtracking analysis (which takes milliseconds,
 * on the first file of every run): `tests/detect/patterns.test.ts` runs the analysis on each of them.
 */
const builtIn = new Set<string>();

/** Declares `source` one of the plugin's default patterns (see `builtIn`); returns it. */
export function builtInPattern(source: string): string {
  builtIn.add(source);
  return source;
}

/** The plugin's default patterns, for the test that analyses them. */
export const builtInPatterns = (): readonly string[] => [...builtIn];

/** The compiled pattern, or a `PatternError` saying why it is rejected (memoised per source and flags). */
export function compilePattern(source: string, flags: string): RegExp | PatternError {
  return compiled.get(`${flags}/${source}`, () => compile(source, flags, !builtIn.has(source)));
}

/** The pattern compiled and analysed, as for a user's, whether or not it is a built-in one. */
export function analysePattern(source: string, flags: string): RegExp | PatternError {
  return compile(source, flags, true);
}

function compile(source: string, flags: string, analysed: boolean): RegExp | PatternError {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, flags);
  } catch (error) {
    return new PatternError(`not a valid regular expression: ${(error as Error).message}`);
  }
  if (!analysed) return pattern;
  const literal = parser.parseLiteral(`/${source.replace(/\//gu, "\\/")}/${flags}`);
  const report = analyse(literal, { maxReports: 1 }).reports[0];
  if (report) {
    const quantifier = report.type === "Trade" ? report.startQuant.raw : report.quant.raw;
    const growth = report.exponential ? "exponential" : "polynomial";
    return new PatternError(
      `${JSON.stringify(source)} can take ${growth} time on some inputs ` +
        `(backtracking at ${JSON.stringify(quantifier)}); ` +
        "rewrite it without nested or overlapping quantifiers",
    );
  }
  return pattern;
}

/**
 * The compiled pattern; throws a `PatternError` whose message starts with `where` (the setting or
 * option) when it is not valid or not safe. `flags` are the JavaScript flags (`u`, `iu`).
 */
export function safePattern(source: string, flags: string, where: string): RegExp {
  const result = compilePattern(source, flags);
  if (result instanceof PatternError) throw new PatternError(`${where}: ${result.message}`, { cause: result });
  return result;
}
