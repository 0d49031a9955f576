// The worker threads of `npm run robustness` (scripts/robustness/worker.mjs), fed batches of files as
// they free up.
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { int } from "../lib/format.mjs";

const BATCH = 25;

/** Sends batches to `count` workers; resolves with every file's result, in file order. */
export function runWorkers(files, count, data) {
  return new Promise((resolve, reject) => {
    const results = new Array(files.length);
    let next = 0;
    let done = 0;
    let running = 0;
    let lastPrint = 0;
    const started = performance.now();
    for (let i = 0; i < Math.min(count, files.length); i++) {
      const w = new Worker(new URL("./worker.mjs", import.meta.url), { workerData: data });
      running++;
      w.on("message", (batch) => {
        for (const r of batch) results[r.index] = r;
        done += batch.length;
        // On a terminal, a counter every 2 s; in a log, a line every 30 s.
        const every = process.stdout.isTTY ? 2000 : 30_000;
        if (performance.now() - lastPrint > every || done === files.length) {
          lastPrint = performance.now();
          const elapsed = ((performance.now() - started) / 1000).toFixed(0);
          process.stdout.write(
            `${process.stdout.isTTY ? "\r" : ""}  ${int(done)} / ${int(files.length)} files, ${elapsed} s${process.stdout.isTTY ? "" : "\n"}`,
          );
        }
        if (next < files.length) {
          w.postMessage(files.slice(next, next + BATCH));
          next += BATCH;
        } else w.postMessage(null);
      });
      w.on("error", reject);
      w.on("exit", (code) => {
        running--;
        if (code !== 0) reject(new Error(`a worker exited with ${code}`));
        else if (running === 0) resolve(results.filter(Boolean));
      });
    }
  });
}
