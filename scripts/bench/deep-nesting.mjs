// Step 8 of npm run bench: deeply nested and very long code tests, linted in one process with ESLint's
// recommended core rules alone and with the plugin's recommended config added, 5 interleaved runs after a
// warm-up; the figure is the ratio of the medians (target: at most 2, issue "`--fix` never breaks code").
import js from "@eslint/js";
import { Linter } from "eslint";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { distDir } from "../lib/paths.mjs";
import { median } from "../lib/format.mjs";

const HEADER = 'import COS from "cos-nodejs-sdk-v5";\n';
const SHAPES = {
  "nested if": [
    1000,
    (n) =>
      `${HEADER}export function f(e, retry) {\n${"if (e.code === -71) {\n".repeat(n)}retry();\n${"}\n".repeat(n)}}\n`,
  ],
  "nested ?:": [
    500,
    (n) => `${HEADER}export const f = (e) => ${"e.code === -71 ? (".repeat(n)}1${") : 2".repeat(n)};\n`,
  ],
  "|| chain": [
    2000,
    (n) =>
      `${HEADER}export function f(e, retry) {\n  if (${Array(n).fill("e.code === -71").join(" || ")}) return retry();\n}\n`,
  ],
  "else-if chain": [
    3000,
    (n) =>
      `${HEADER}export function f(e, retry) {\n  if (e.code === -71) return retry();\n${"  else if (e.code === -71) return retry();\n".repeat(n - 1)}}\n`,
  ],
};

export async function measureDeepNesting(runs = 5) {
  const { default: plugin } = await import(pathToFileURL(path.join(distDir, "esm", "index.js")).href);
  const core = { ...js.configs.recommended, languageOptions: { globals: {} } };
  const configs = { core: [core], "core+cos": [core, plugin.configs.recommended] };
  const linter = new Linter();
  const rows = [];
  console.log(`\nDeep nesting (step 8; eslint recommended alone and with cos-errors recommended, median of ${runs}):`);
  for (const [shape, [size, source]] of Object.entries(SHAPES)) {
    const code = source(size);
    for (const config of Object.values(configs)) linter.verify(code, config, "file.js");
    const times = { core: [], "core+cos": [] };
    for (let run = 0; run < runs; run++) {
      for (const [id, config] of Object.entries(configs)) {
        const start = performance.now();
        linter.verify(code, config, "file.js");
        times[id].push(performance.now() - start);
      }
    }
    const row = { shape, size, coreMs: median(times.core), withCosMs: median(times["core+cos"]) };
    row.ratio = row.withCosMs / row.coreMs;
    rows.push(row);
    console.log(
      `  ${`${shape} (${size})`.padEnd(22)} core ${row.coreMs.toFixed(0).padStart(5)} ms   with cos-errors ${row.withCosMs.toFixed(0).padStart(5)} ms   ratio ${row.ratio.toFixed(2)}`,
    );
  }
  return rows;
}
