// The ESLint 10 CLI on examples/ (its own eslint.config.mjs, the built plugin from tests/global-setup.ts):
// single-threaded, `--concurrency auto`, `--concurrency 2`, and `--cache` cold then warm must all report
// exactly the same findings. ESLint's own debug log (DEBUG=eslint:…) shows that each mode really ran as
// asked: worker threads for `--concurrency 2`, every file skipped on the warm cache.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  counts,
  details,
  EXAMPLE_SOURCES,
  examples,
  EXPECTED_COUNTS,
  EXPECTED_FINDINGS,
  findings,
  lintedFiles,
  root,
  type Result,
} from "./findings.js";

const eslintBin = path.join(root, "node_modules", "eslint", "bin", "eslint.js");
const FILES = ["eslint.config.mjs", ...EXAMPLE_SOURCES];

interface Run {
  readonly results: Result[];
  /** ESLint's debug lines, without the timestamp. */
  readonly debug: string[];
  /** stderr that is neither debug output nor ESLint's poor-concurrency notice: must be empty. */
  readonly otherStderr: string;
  readonly poorConcurrencyWarning: boolean;
}

function eslint(args: string[]): Run {
  const run = spawnSync(process.execPath, [eslintBin, ".", "--format", "json", ...args], {
    cwd: examples,
    encoding: "utf8",
    env: { ...process.env, DEBUG: "eslint:eslint,eslint:eslint-helpers", DEBUG_COLORS: "0" },
  });
  // 1: lint findings, which the examples have on purpose. 0 would mean the plugin found nothing, 2 a crash.
  expect(run.error).toBeUndefined();
  expect({ args, status: run.status, stderr: run.status === 1 ? "" : run.stderr }).toEqual({
    args,
    status: 1,
    stderr: "",
  });
  const lines = run.stderr.split("\n");
  const debug = lines
    .filter((l) => / eslint:/.test(l) && /^\d{4}-\d\d-\d\dT/.test(l))
    .map((l) => l.replace(/^\S+ /, ""));
  const warning = /ESLintPoorConcurrencyWarning|node --trace-warnings/;
  const other = lines.filter((l) => l !== "" && !debug.some((d) => l.endsWith(d)) && !warning.test(l));
  return {
    results: JSON.parse(run.stdout) as Result[],
    debug,
    otherStderr: other.join("\n"),
    poorConcurrencyWarning: lines.some((l) => l.includes("ESLintPoorConcurrencyWarning")),
  };
}

const skipped = (run: Run): string[] =>
  run.debug
    .filter((l) => l.startsWith("eslint:eslint-helpers Skipping file since it hasn't changed: "))
    .map((l) =>
      path
        .relative(examples, l.slice(l.indexOf(": ") + 2))
        .split(path.sep)
        .join("/"),
    )
    .sort();

describe("ESLint 10 CLI on examples/: concurrency and cache give the same findings", () => {
  let tmp = "";
  let cacheFile = "";
  const runs: Partial<Record<"single" | "auto" | "two" | "cold" | "warm", Run>> = {};
  const get = (name: keyof typeof runs): Run => {
    const run = runs[name];
    if (!run) throw new Error(`run ${name} missing`);
    return run;
  };

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), "cos-errors-cli-"));
    cacheFile = path.join(tmp, ".eslintcache");
    runs.single = eslint([]);
    runs.auto = eslint(["--concurrency", "auto"]);
    runs.two = eslint(["--concurrency", "2"]);
    runs.cold = eslint(["--cache", "--cache-location", cacheFile]);
    runs.warm = eslint(["--cache", "--cache-location", cacheFile]);
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("single-threaded, uncached: exactly the expected findings", () => {
    const single = get("single");
    expect(lintedFiles(single.results)).toEqual(FILES);
    expect(findings(single.results)).toEqual(EXPECTED_FINDINGS);
    expect(counts(single.results)).toEqual(EXPECTED_COUNTS);
    expect(single.debug).toContain("eslint:eslint Linting in single-thread mode.");
    expect(single.otherStderr).toBe("");
    expect(single.poorConcurrencyWarning).toBe(false);
  });

  it("--concurrency auto: the same findings", () => {
    const auto = get("auto");
    // Whether `auto` starts workers depends on the core count and the number of files, so only the result is fixed.
    expect(
      auto.debug.filter((l) => /Linting (using \d+ worker thread\(s\)|in single-thread mode)\.$/.test(l)),
    ).toHaveLength(1);
    expect(auto.otherStderr).toBe("");
    expect(lintedFiles(auto.results)).toEqual(FILES);
    expect(findings(auto.results)).toEqual(EXPECTED_FINDINGS);
    expect(details(auto.results)).toEqual(details(get("single").results));
  });

  it("--concurrency 2: two worker threads, the same findings", () => {
    const two = get("two");
    expect(two.debug).toContain("eslint:eslint Linting using 2 worker thread(s).");
    expect(two.otherStderr).toBe("");
    expect(lintedFiles(two.results)).toEqual(FILES);
    expect(findings(two.results)).toEqual(EXPECTED_FINDINGS);
    expect(details(two.results)).toEqual(details(get("single").results));
  });

  it("--cache, cold: lints every file, writes the cache, the same findings", () => {
    const cold = get("cold");
    expect(skipped(cold)).toEqual([]);
    expect(cold.otherStderr).toBe("");
    expect(existsSync(cacheFile)).toBe(true);
    const cache = readFileSync(cacheFile, "utf8");
    for (const file of FILES) expect(cache).toContain(JSON.stringify(path.join(examples, file)));
    expect(findings(cold.results)).toEqual(EXPECTED_FINDINGS);
    expect(details(cold.results)).toEqual(details(get("single").results));
  });

  it("--cache, warm: every file comes from the cache, the same findings", () => {
    const warm = get("warm");
    expect(skipped(warm)).toEqual(FILES);
    expect(warm.otherStderr).toBe("");
    expect(lintedFiles(warm.results)).toEqual(FILES);
    expect(findings(warm.results)).toEqual(EXPECTED_FINDINGS);
    expect(details(warm.results)).toEqual(details(get("single").results));
  });
});
