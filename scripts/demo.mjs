// `npm run demo`: builds the plugin, lints examples/ with its recommended config through the ESLint CLI
// (stylish output and a one-line summary), then runs `eslint --fix` on a copy, .demo-fixed/ (git-ignored,
// kept after the demo so that the findings it prints point at files that exist), and prints the diff and
// the findings --fix leaves. Exits 0 when it ran as designed: the findings are the point of the demo.
// `--no-build`: use dist/ as it is (the tests build it once for the whole suite).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const examples = path.join(root, "examples");
const eslintBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve("eslint/package.json")),
  "bin",
  "eslint.js",
);

function eslint(cwd, args) {
  return spawnSync(process.execPath, [eslintBin, ...args], { cwd, encoding: "utf8" });
}

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

if (!process.argv.includes("--no-build")) {
  console.log("Building the plugin...");
  execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
}

console.log("\n$ cd examples && eslint src   # cos-errors recommended config\n");
const lint = eslint(examples, ["src", "--format", "stylish"]);
if (lint.status !== 0 && lint.status !== 1) fail(`ESLint crashed (exit ${lint.status}):\n${lint.stderr}`);
process.stdout.write(lint.stdout || "No findings.\n");

const json = eslint(examples, ["src", "--format", "json"]);
const results = JSON.parse(json.stdout);
const count = (severity) => results.reduce((n, r) => n + r.messages.filter((m) => m.severity === severity).length, 0);
const byRule = {};
for (const message of results.flatMap((r) => r.messages)) byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
const rules = Object.entries(byRule)
  .map(([rule, n]) => `${rule} ${n}`)
  .join(", ");
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
console.log(
  `Summary: ${plural(count(2), "error")}, ${plural(count(1), "warning")} in ${results.filter((r) => r.messages.length > 0).length} of ${results.length} files (${rules}).`,
);

// The copy stays inside the package, so its config still imports the plugin by name (Node's self-reference).
const FIXED = ".demo-fixed";
const copy = path.join(root, FIXED);
rmSync(copy, { recursive: true, force: true });
cpSync(examples, copy, { recursive: true });
console.log(`\n$ cp -r examples ${FIXED} && cd ${FIXED} && eslint --fix src\n`);
const fix = eslint(copy, ["src", "--fix", "--format", "stylish"]);
if (fix.status !== 0 && fix.status !== 1) fail(`ESLint --fix crashed (exit ${fix.status}):\n${fix.stderr}`);
const diff = spawnSync("git", ["diff", "--no-index", "--no-color", "--", "examples/src", `${FIXED}/src`], {
  cwd: root,
  encoding: "utf8",
});
if (diff.error) fail(`cannot run git diff: ${diff.error.message}`);
process.stdout.write(diff.stdout || "--fix changed nothing.\n");
console.log(
  `What --fix leaves is what needs a person: the findings below, in the fixed copy ${FIXED}/ ` +
    "(git-ignored; the next demo run replaces it).",
);
process.stdout.write(fix.stdout || "No findings left.\n");
