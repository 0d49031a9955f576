// `npm run robustness`: every rule of the plugin, with `assumeCos` (every file judged as COS code), on more
// than 20,000 real files and on generated modules, to show that no rule crashes and that the autofix never
// breaks code. README.md ("Quality") says what each pass checks. Flags: --limit N (an even sample of N
// files, a quick run), --workers N (default: the core count, 4 at most), --no-seed (no seeded, minified or
// CRLF pass), --filter TEXT (only the files whose path contains TEXT, to reproduce a finding).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildPlugin } from "./lib/build-plugin.mjs";
import { failer, positiveInt } from "./lib/cli.mjs";
import { CORPUS, ensureCorpus, ROBUSTNESS_EXTRA } from "./lib/corpus.mjs";
import { eslintVersion } from "./lib/eslint-process.mjs";
import { evenSample, listFiles } from "./lib/files.mjs";
import { int } from "./lib/format.mjs";
import { distDir, rel, root, tmpDir } from "./lib/paths.mjs";
import { executedPass } from "./robustness/executed.mjs";
import { NAMESPACE } from "./robustness/fix-check.mjs";
import { languageFiles, languagesPass } from "./robustness/languages.mjs";
import { runWorkers } from "./robustness/pool.mjs";
import { gather, passRows, printFindings, printPasses, printSourceTables } from "./robustness/report.mjs";
import { EXTENSIONS, MAX_BYTES } from "./robustness/sampling.mjs";

const MIN_FILES = 20_000;
const fail = failer("robustness");
const started = performance.now();
const { values: flags } = parseArgs({
  options: {
    limit: { type: "string" },
    workers: { type: "string" },
    filter: { type: "string" },
    "no-seed": { type: "boolean", default: false },
  },
});
const seed = !flags["no-seed"];
const limit = positiveInt("limit", flags.limit, undefined, fail);
const workers = positiveInt("workers", flags.workers, Math.min(os.availableParallelism(), 4), fail);
if (Number(eslintVersion.split(".")[0]) < 10)
  fail(`"eslint" resolves to ESLint ${eslintVersion}; this script needs ESLint 10`);

// 1. Plugin, corpus, files.
buildPlugin(fail);
const dist = (file) => pathToFileURL(path.join(distDir, "esm", file)).href;
const { CosErrorCode } = await import(dist("codes.js"));
const { default: plugin } = await import(dist("index.js"));

console.log("\nCorpus (bench/corpus/, git-ignored):");
let packages;
try {
  packages = ensureCorpus(root, [...CORPUS, ...ROBUSTNESS_EXTRA]);
} catch (error) {
  fail(error.message);
}
for (const pkg of packages) console.log(`  ${pkg.name}@${pkg.version}: ${pkg.status}`);

const sources = [
  ...packages.map((pkg) => ({ label: `${pkg.name}@${pkg.version}`, dir: pkg.dir })),
  { label: "node_modules", dir: path.join(root, "node_modules") },
  // The project's own examples: real COS code, so that the as-is pass has autofixes to check too.
  { label: "examples/", dir: path.join(root, "examples", "src") },
];
const all = [];
for (const source of sources) {
  const { files, tooBig } = listFiles(source.dir, {
    extensions: EXTENSIONS,
    skipNodeModules: source.label !== "node_modules",
    maxBytes: MAX_BYTES,
  });
  const kept = flags.filter === undefined ? files : files.filter((file) => file.includes(flags.filter));
  source.found = kept.length + tooBig;
  source.tooBig = tooBig;
  for (const file of kept) all.push({ path: file, source: source.label });
}
console.log(`\nFiles (${EXTENSIONS.join(" ")}, at most 1 MB; nested node_modules included for node_modules):`);
for (const source of sources)
  console.log(
    `  ${source.label.padEnd(30)} ${int(source.found - source.tooBig).padStart(7)} files  (${source.tooBig} over 1 MB skipped)`,
  );
console.log(`  ${"total".padEnd(30)} ${int(all.length).padStart(7)} files`);
if (all.length < MIN_FILES && flags.filter === undefined) console.warn(`  warning: fewer than ${int(MIN_FILES)} files`);

const selected = limit === undefined ? all : evenSample(all, limit);
if (selected !== all) console.log(`  --limit ${limit}: an even sample of ${int(selected.length)} files`);
selected.forEach((file, index) => (file.index = index));

// 2. Lint and fix in the workers: as is, seeded, minified, CRLF.
console.log(
  `\nLinting with ESLint ${eslintVersion} (Linter, in-process), ${workers} worker thread${workers === 1 ? "" : "s"}...`,
);
const lintStart = performance.now();
const results = await runWorkers(selected, workers, { seed });
const lintMs = performance.now() - lintStart;
if (process.stdout.isTTY) process.stdout.write("\n");

// 3. The generated modules, fixed and run; the corpus packages' JSON, Markdown and CSS.
console.log("Executed pass: generated CommonJS and ES modules, fixed and run...");
const executed = executedPass(plugin);
const docs = languageFiles(flags.filter === undefined ? packages : []);
console.log(`Languages pass: ${int(docs.length)} JSON, Markdown and CSS files of the corpus packages...`);
const languages = languagesPass(plugin, docs);

// 4. Figures.
const ruleIds = Object.keys(plugin.configs.all.rules);
const g = gather(results, sources, ruleIds);
printSourceTables(g, ruleIds, seed);
const passes = passRows(g, executed, languages, seed);
printPasses(passes);
printFindings(g, executed, languages);

const failures = {
  crashes: g.crashes.length + executed.totals.crashes + languages.totals.crashes,
  fixChecks: g.fixFailures.length,
  executed:
    executed.totals.broken +
    executed.totals.behaviourChanges +
    executed.totals.unparsable +
    executed.totals.secondPassChanges,
  languages: languages.totals.broken + languages.totals.secondPassChanges,
};
const wallMs = performance.now() - started;
const report = {
  date: new Date().toISOString(),
  eslint: eslintVersion,
  node: process.version,
  workers,
  limit: limit ?? null,
  seed,
  packages: packages.map((p) => `${p.name}@${p.version}`),
  settings: { [NAMESPACE]: { assumeCos: true } },
  namedConstants: Object.keys(CosErrorCode).length,
  files: Object.fromEntries(sources.map((s) => [s.label, { found: s.found, skippedOver1MB: s.tooBig }])),
  totals: g.total,
  perSource: [...g.perSource.values()],
  passes,
  crashes: g.crashes,
  fixFailures: g.fixFailures,
  importAfterUse: g.importAfterUse,
  reportChanges: g.reportChanges,
  reportsByFile: g.reportsByFile,
  esmIntoCommonJs: g.esmIntoCommonJs,
  unparsable: g.unparsable,
  seedUnparsable: g.seedUnparsable,
  notMinified: g.notMinified,
  executed,
  languages,
  engineMessages: Object.fromEntries(g.engineMessages),
  slowFiles: g.slow,
  lintMs: Math.round(lintMs),
  wallMs: Math.round(wallMs),
};
mkdirSync(tmpDir, { recursive: true });
const out = path.join(tmpDir, "robustness.json");
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote ${rel(out)}.`);
console.log(`Wall time: ${(wallMs / 1000).toFixed(1)} s (linting and fixing ${(lintMs / 1000).toFixed(1)} s).`);
if (Object.values(failures).some((n) => n > 0)) {
  console.error(
    `\nrobustness: FAILED: ${failures.crashes} crashes, ${failures.fixChecks} failed fix checks, ` +
      `${failures.executed} executed-module failures, ${failures.languages} broken JSON/Markdown/CSS fixes.`,
  );
  process.exit(1);
}
console.log("robustness: no crash; every fix parses, is stable, keeps the value, keeps CRLF and runs as before.");
