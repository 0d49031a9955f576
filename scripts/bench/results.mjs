// bench/results.json: the machine, the corpus and every figure of a run, in the shape older runs have, so
// that figures from different days compare.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchDir, rel } from "../lib/paths.mjs";

export const resultsFile = path.join(benchDir, "results.json");

export function machine(loadBefore, loadAfter) {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os
      .cpus()
      .map((cpu) => cpu.model)
      .filter((model, i, all) => all.indexOf(model) === i),
    cpuCount: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
  };
}

/** Writes a whole run's results. */
export function writeResults(results) {
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${rel(resultsFile)}.`);
}

/** Replaces one key of the results.json there is (a run of one measurement alone), keeping the others. */
export function mergeResults(key, value) {
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : {};
  results[key] = value;
  writeResults(results);
}
