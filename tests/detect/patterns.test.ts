import { describe, expect, it } from "vitest";
import { analysePattern, builtInPatterns, compilePattern, PatternError } from "../../src/detect/patterns.js";
import "../../src/index.js";

describe("patterns: the plugin's default patterns", () => {
  // Defaults are compiled without the backtracking analysis at lint time; this is where they get it.
  it("declares the four defaults (context, retry, after-fix, fallback comment)", () => {
    expect(builtInPatterns()).toHaveLength(4);
  });

  it.each(builtInPatterns().map((source) => [source]))("%s passes the analysis a user's pattern gets", (source) => {
    expect(analysePattern(source, "u")).toBeInstanceOf(RegExp);
    expect(analysePattern(source, "iu")).toBeInstanceOf(RegExp);
  });
});

describe("patterns: a user's pattern", () => {
  it("is rejected when it can backtrack super-linearly", () => {
    const result = compilePattern("^(a+)+$", "u");
    expect(result).toBeInstanceOf(PatternError);
    expect((result as PatternError).message).toBe(
      '"^(a+)+$" can take exponential time on some inputs (backtracking at "a+"); ' +
        "rewrite it without nested or overlapping quantifiers",
    );
  });

  it("is rejected when it is not a regular expression", () => {
    expect(compilePattern("(", "u")).toEqual(
      new PatternError("not a valid regular expression: Invalid regular expression: /(/u: Unterminated group"),
    );
  });
});
