// ESLint 10 run as a child process: the CLI (never node_modules/.bin/eslint, which may be ESLint 8) or a
// generated runner script, with its JSON output parsed.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";

const eslintPackage = createRequire(import.meta.url).resolve("eslint/package.json");
/** node_modules/eslint/bin/eslint.js of the ESLint that `import "eslint"` resolves to. */
export const eslintBin = path.join(path.dirname(eslintPackage), "bin", "eslint.js");
export const eslintVersion = JSON.parse(readFileSync(eslintPackage, "utf8")).version;

/**
 * Runs `node args` in `cwd` and parses its standard output as JSON (ESLint exits with 0 or 1 when it
 * linted). `fail`s on any other exit; with `timeoutMs`, a process that runs longer is killed and
 * `undefined` returned.
 */
export function runNodeJson(cwd, args, what, fail, timeoutMs) {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 2 ** 31 - 1,
    timeout: timeoutMs,
  });
  const wall = performance.now() - start;
  if (child.status === 0 || child.status === 1) return { wall, results: JSON.parse(child.stdout) };
  if (timeoutMs && child.error?.code === "ETIMEDOUT") return undefined;
  fail(`${what} exited with ${child.status ?? child.signal}:\n${child.stderr?.slice(0, 4000)}`);
}

/** The CLI arguments of one measured lint: `--stats`, JSON output, cache off, no worker threads. */
export function eslintCliArgs(configFile, patterns, nodeFlags = []) {
  return [
    ...nodeFlags,
    eslintBin,
    "--no-cache",
    "--stats",
    "--format",
    "json",
    "--concurrency",
    "off",
    "-c",
    configFile,
    ...patterns,
  ];
}
