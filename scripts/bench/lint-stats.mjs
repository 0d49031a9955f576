// Linting the corpus once per configuration and run, and reducing ESLint's `--stats` to figures.
import os from "node:os";
import { eslintCliArgs, eslintVersion, runNodeJson } from "../lib/eslint-process.mjs";
import { median, ms, sum } from "../lib/format.mjs";
import { corpusDir } from "../lib/paths.mjs";

/** Sums ESLint's `--stats`: `stats.times.passes[].parse.total` and `.rules[ruleId].total`, in ms. */
export function summarize(results) {
  let parse = 0;
  const rules = {};
  const problems = {};
  let fatal = 0;
  for (const result of results) {
    for (const pass of result.stats?.times?.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) rules[ruleId] = (rules[ruleId] ?? 0) + time.total;
    }
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      // Rules the config does not run only appear in "Definition for rule … was not found" (disable comments).
      const key = message.ruleId ?? "(no rule)";
      problems[key] = (problems[key] ?? 0) + 1;
    }
  }
  for (const key of Object.keys(problems)) if (!(key in rules)) delete problems[key];
  return { files: results.length, parse, rules, problems, fatal };
}

/** One configuration linted on the corpus by the CLI, with `nodeFlags` for Node (a profile). */
export function lintConfiguration(config, fail, nodeFlags = []) {
  return runNodeJson(
    corpusDir,
    eslintCliArgs(config.file, config.patterns, nodeFlags),
    `ESLint with ${config.file}`,
    fail,
  );
}

/**
 * `runs` runs of every configuration, interleaved (run 1 of each, then run 2, …) so that load from other
 * processes falls on all of them alike. Returns the medians (the `medians` of results.json) and the load
 * average before and after.
 */
export function lintAll(configurations, runs, fail) {
  console.log(
    `\nLinting: ${configurations.length} configurations x ${runs} run${runs === 1 ? "" : "s"}, one ESLint ${eslintVersion} process each, cache off.`,
  );
  const loadBefore = os.loadavg();
  const samples = new Map(configurations.map((config) => [config.id, []]));
  for (let run = 1; run <= runs; run++) {
    for (const config of configurations) {
      const { wall, results } = lintConfiguration(config, fail);
      const summary = { wall, ...summarize(results) };
      samples.get(config.id).push(summary);
      console.log(
        `  run ${run}/${runs} ${config.id.padEnd(34)} wall ${ms(summary.wall).padStart(7)} ms  rules ${ms(sum(Object.values(summary.rules))).padStart(7)} ms`,
      );
    }
  }
  const loadAfter = os.loadavg();

  const medians = {};
  for (const config of configurations) {
    const list = samples.get(config.id);
    const ruleIds = [...new Set(list.flatMap((s) => Object.keys(s.rules)))].sort();
    const rules = Object.fromEntries(ruleIds.map((id) => [id, median(list.map((s) => s.rules[id] ?? 0))]));
    medians[config.id] = {
      config: `bench/corpus/${config.file}`,
      files: list[0].files,
      wallMs: median(list.map((s) => s.wall)),
      parseMs: median(list.map((s) => s.parse)),
      ruleMs: median(list.map((s) => sum(Object.values(s.rules)))),
      rules,
      problems: list[0].problems,
      fatalParseErrors: list[0].fatal,
      runs: list.map((s) => ({ wallMs: s.wall, parseMs: s.parse, rules: s.rules })),
    };
  }
  return { medians, loadBefore, loadAfter };
}
