// `npm run demo`: builds the plugin, lints examples/ with its recommended config through the ESLint CLI
// (stylish output and a one-line summary), then runs `eslint --fix` on a copy and prints the diff.
// Exits 0 when it ran as designed: the findings are the point of the demo.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
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

console.log("Building the plugin...");
execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });

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

// The copy stays inside the package, so its config still imports the plugin by name.
const scratch = mkdtempSync(path.join(root, ".demo-"));
try {
  const copy = path.join(scratch, "examples");
  cpSync(examples, copy, { recursive: true });
  console.log("\n$ eslint --fix src   # on a copy of examples/\n");
  const fix = eslint(copy, ["src", "--fix", "--format", "stylish"]);
  if (fix.status !== 0 && fix.status !== 1) fail(`ESLint --fix crashed (exit ${fix.status}):\n${fix.stderr}`);
  const diff = spawnSync(
    "git",
    ["diff", "--no-index", "--no-color", "--", "examples/src", path.relative(root, path.join(copy, "src"))],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (diff.error) fail(`cannot run git diff: ${diff.error.message}`);
  process.stdout.write(diff.stdout || "--fix changed nothing.\n");
  console.log("What --fix leaves is what needs a person: the remaining findings above, after the diff.");
  process.stdout.write(fix.stdout);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
