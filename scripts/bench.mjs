// `npm run bench`: what the cos-errors rules cost on real code, next to ESLint core rules.
// 1. Builds the plugin; fetches a pinned corpus of public npm source (rxjs, zod, webpack) into bench/corpus/
//    (`npm pack` + `tar`, skipped when already there) and copies examples/ next to it.
// 2. Lints the corpus with ESLint 10 through its CLI, one process per configuration and run (cache off,
//    `--stats`), interleaving the configurations so that load on the machine spreads over all of them; the
//    same on a type-checked TypeScript subset (zod's src/v4, `projectService`).
// 3. Prints the median wall, parse and per-rule times, the ratios the targets are stated in, and writes
//    them to bench/results.json.
// 4. A synthetic scaling check (1k / 10k / 100k code sites in one file each), then CPU profiles of the
//    recommended config (with and without `assumeCos`, and on the largest quick scaling file), reduced to
//    the top self-time functions of dist/.
// Flags: --runs N (default 3), --quick (1 run of everything: a smoke check).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { CORPUS, ensureCorpus } from "./corpus.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const eslintPackage = createRequire(import.meta.url).resolve("eslint/package.json");
const eslintBin = path.join(path.dirname(eslintPackage), "bin", "eslint.js");
const eslintVersion = JSON.parse(readFileSync(eslintPackage, "utf8")).version;
const benchDir = path.join(root, "bench");
const corpus = path.join(benchDir, "corpus");
const scalingDir = path.join(benchDir, "tmp", "scaling");
const profileDir = path.join(benchDir, "tmp", "profile");
const resultsFile = path.join(benchDir, "results.json");

/** The corpus (pinned in scripts/corpus.mjs, shared with `npm run robustness`). */
const PACKAGES = CORPUS;
/** The type-checked subset: zod's src/v4 without its tests (self-contained, ~100 files). */
const TYPED = { name: "zod-v4-typed", from: ["zod", "src", "v4"] };
const SCALING_SITES = [1_000, 10_000, 100_000];
const SITES_PER_FUNCTION = 4;
const PROFILE_INTERVAL_US = 250;
const RULES = ["no-unknown-code", "prefer-named-code", "handle-non-retryable", "no-retry-non-retryable"];

const { values: flags } = parseArgs({
  options: { runs: { type: "string" }, quick: { type: "boolean", default: false } },
});
const runs = flags.quick ? 1 : Number(flags.runs ?? 3);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs expects a positive integer, got ${flags.runs}`);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function sleep(milliseconds) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const sum = (values) => values.reduce((total, value) => total + value, 0);
const int = (n) => Math.round(n).toLocaleString("en-US");
const ms = (n) => (n >= 100 ? int(n) : n.toFixed(n >= 10 ? 1 : 2));
const ratio = (a, b) => (b > 0 ? a / b : Number.NaN);

// ---------------------------------------------------------------------------------------------------------
// 1. Plugin and corpus
// ---------------------------------------------------------------------------------------------------------

/** A fingerprint of dist/, to notice another session rebuilding the plugin while the benchmark runs. */
function distFingerprint() {
  const entries = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".js")) entries.push(`${file}:${statSync(file).size}:${statSync(file).mtimeMs}`);
    }
  };
  if (existsSync(path.join(root, "dist"))) walk(path.join(root, "dist"));
  return entries.sort().join("\n");
}

function listFiles(dir, extensions) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const file = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(file);
      } else if (extensions.some((ext) => entry.name.endsWith(ext))) files.push(file);
    }
  };
  walk(dir);
  return files.sort();
}

function countLines(files) {
  let lines = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (text.length === 0) continue;
    let n = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
    lines += text.endsWith("\n") ? n : n + 1;
  }
  return lines;
}

/** A copy of zod's src/v4 without tests, with a tsconfig.json so that `projectService` finds a project. */
function buildTypedSubset() {
  const source = path.join(corpus, ...TYPED.from);
  const target = path.join(corpus, TYPED.name);
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true, filter: (file) => path.basename(file) !== "tests" });
  const tsconfig = {
    compilerOptions: {
      target: "es2022",
      lib: ["es2022", "dom"],
      module: "esnext",
      moduleResolution: "bundler",
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    },
    include: ["**/*.ts"],
  };
  writeFileSync(path.join(target, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
}

console.log("Building the plugin...");
try {
  execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
} catch {
  fail("the build failed (see above); the benchmark needs a plugin that compiles");
}
const distAtStart = distFingerprint();

console.log("\nCorpus (bench/corpus/, git-ignored):");
mkdirSync(corpus, { recursive: true });
try {
  for (const pkg of ensureCorpus(root, PACKAGES)) console.log(`  ${pkg.name}@${pkg.version}: ${pkg.status}`);
} catch (error) {
  fail(error.message);
}
rmSync(path.join(corpus, "examples"), { recursive: true, force: true });
cpSync(path.join(root, "examples"), path.join(corpus, "examples"), { recursive: true });
buildTypedSubset();

// The configs in bench/corpus/ import the plugin by name: with no package.json in bench/corpus, that is
// the package's self-reference through /work/main/package.json `exports`, i.e. this checkout's dist/.
if (existsSync(path.join(corpus, "package.json")))
  fail("bench/corpus/package.json exists; the plugin would not resolve by self-reference");
const resolved = spawnSync(
  process.execPath,
  ["--input-type=module", "-e", 'console.log(import.meta.resolve("eslint-plugin-cos-errors"))'],
  {
    cwd: corpus,
    encoding: "utf8",
  },
).stdout.trim();
const expectedEntry = pathToFileURL(path.join(root, "dist", "esm", "index.js")).href;
if (resolved !== expectedEntry)
  fail(`from bench/corpus, eslint-plugin-cos-errors resolves to ${resolved || "nothing"}, expected ${expectedEntry}`);
console.log(
  `  eslint-plugin-cos-errors resolves from bench/corpus to ${path.relative(root, fileURLToPath(resolved))} (self-reference)`,
);

const parts = [
  ...PACKAGES.map((pkg) => ({
    label: `${pkg.name}@${pkg.version}`,
    pattern: `${pkg.name}/${pkg.dir}/**/*${pkg.ext}`,
    files: listFiles(path.join(corpus, pkg.name, pkg.dir), [pkg.ext]),
  })),
  // ESLint lints the files of a directory that a config block's `files` matches: .js/.mjs/.cjs, and .ts here.
  {
    label: "examples/",
    pattern: "examples/src",
    files: listFiles(path.join(corpus, "examples", "src"), [".js", ".mjs", ".cjs", ".ts"]),
  },
];
for (const part of parts) part.lines = countLines(part.files);
const typedFiles = listFiles(path.join(corpus, TYPED.name), [".ts"]);
const corpusInfo = {
  parts: parts.map(({ label, pattern, files, lines }) => ({ label, pattern, files: files.length, lines })),
  files: sum(parts.map((part) => part.files.length)),
  lines: sum(parts.map((part) => part.lines)),
  typed: {
    label: `${TYPED.name}: ${TYPED.from[0]}@${PACKAGES.find((pkg) => pkg.name === TYPED.from[0]).version} ${TYPED.from.slice(1).join("/")}, no tests`,
    files: typedFiles.length,
    lines: countLines(typedFiles),
  },
};
for (const part of corpusInfo.parts)
  console.log(
    `  ${part.pattern.padEnd(22)} ${String(part.files).padStart(5)} files ${int(part.lines).padStart(9)} lines`,
  );
console.log(
  `  ${"total".padEnd(22)} ${String(corpusInfo.files).padStart(5)} files ${int(corpusInfo.lines).padStart(9)} lines`,
);
console.log(
  `  ${`${TYPED.name}/**/*.ts`.padEnd(22)} ${String(corpusInfo.typed.files).padStart(5)} files ${int(corpusInfo.typed.lines).padStart(9)} lines (type-checked subset)`,
);

// ---------------------------------------------------------------------------------------------------------
// 2. Configurations
// ---------------------------------------------------------------------------------------------------------

const PLUGIN_IMPORT = 'import cosErrors from "eslint-plugin-cos-errors";';
const cosRule = (rule, settings) =>
  `{ plugins: { "cos-errors": cosErrors }, rules: { "cos-errors/${rule}": "error" }${settings ? `, settings: { "cos-errors": ${settings} }` : ""} }`;
const recommended = (settings) =>
  `cosErrors.configs.recommended${settings ? `,\n  { settings: { "cos-errors": ${settings} } }` : ""}`;
const coreRule = (rule) => `{ rules: { ${JSON.stringify(rule)}: "error" } }`;

const untypedBase = [
  '{ linterOptions: { reportUnusedDisableDirectives: "off" } }',
  '{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }',
  ...PACKAGES.filter((pkg) => pkg.commonjs).map(
    (pkg) =>
      `{ files: [${JSON.stringify(`${pkg.name}/**/*${pkg.ext}`)}], languageOptions: { sourceType: "commonjs" } }`,
  ),
];
const typedBase = [
  '{ linterOptions: { reportUnusedDisableDirectives: "off" } }',
  '{ files: ["**/*.ts"], languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } }',
];
const TYPED_SETTINGS = "{ typeAware: true, assumeCos: true }";

/** `block` is one more config array element (source text); `plugin` whether it needs the plugin import. */
const configurations = [
  { id: "parse-only", block: null },
  { id: "core:no-magic-numbers", block: coreRule("no-magic-numbers") },
  { id: "core:eqeqeq", block: coreRule("eqeqeq") },
  { id: "core:no-duplicate-case", block: coreRule("no-duplicate-case") },
  ...RULES.map((rule) => ({ id: `cos:${rule}`, block: cosRule(rule), plugin: true })),
  { id: "recommended", block: recommended(), plugin: true },
  { id: "recommended+assumeCos", block: recommended("{ assumeCos: true }"), plugin: true },
  { id: "typed:parse-only", typed: true, block: null },
  { id: "typed:core:no-magic-numbers", typed: true, block: coreRule("no-magic-numbers") },
  ...RULES.map((rule) => ({
    id: `typed:cos:${rule}`,
    typed: true,
    block: cosRule(rule, TYPED_SETTINGS),
    plugin: true,
  })),
  { id: "typed:recommended", typed: true, block: recommended(TYPED_SETTINGS), plugin: true },
];

for (const config of configurations) {
  config.file = `bench.${config.id.replaceAll(":", "-").replaceAll("+", "-")}.config.mjs`;
  config.patterns = config.typed ? [`${TYPED.name}/**/*.ts`] : parts.map((part) => part.pattern);
  const elements = [...(config.typed ? typedBase : untypedBase), ...(config.block ? [config.block] : [])];
  const source = [
    `// Generated by scripts/bench.mjs: ${config.id}.`,
    'import tsParser from "@typescript-eslint/parser";',
    ...(config.plugin ? [PLUGIN_IMPORT] : []),
    "",
    `export default [\n  ${elements.join(",\n  ")},\n];`,
    "",
  ].join("\n");
  writeFileSync(path.join(corpus, config.file), source);
}

/**
 * Runs `node args` in `cwd` and parses its JSON output; retried when dist/ is missing because another
 * session is rebuilding it. With `timeoutMs`, a process that runs longer is killed and `undefined` returned.
 */
function runNode(cwd, args, what, timeoutMs) {
  for (let attempt = 1; ; attempt++) {
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
    if (attempt < 6 && /ERR_MODULE_NOT_FOUND|Cannot find module/u.test(child.stderr ?? "")) {
      console.warn(`  (ESLint could not load a module, dist/ being rebuilt? retrying in 5 s)`);
      sleep(5000);
      continue;
    }
    fail(`${what} exited with ${child.status ?? child.signal}:\n${child.stderr?.slice(0, 4000)}`);
  }
}

/** One ESLint CLI process: `--stats`, JSON output, cache off, no worker threads. */
function runEslint(cwd, configFile, patterns, nodeFlags = []) {
  const args = [
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
  return runNode(cwd, args, `ESLint with ${configFile}`);
}

/** Sums ESLint's `--stats`: `stats.times.passes[].parse.total` and `.rules[ruleId].total`, in ms. */
function summarize(results) {
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

console.log(
  `\nLinting: ${configurations.length} configurations x ${runs} run${runs === 1 ? "" : "s"}, one ESLint ${eslintVersion} process each, cache off.`,
);
const loadBefore = os.loadavg();
const samples = new Map(configurations.map((config) => [config.id, []]));
for (let run = 1; run <= runs; run++) {
  for (const config of configurations) {
    const { wall, results } = runEslint(corpus, config.file, config.patterns);
    const summary = { wall, ...summarize(results) };
    samples.get(config.id).push(summary);
    console.log(
      `  run ${run}/${runs} ${config.id.padEnd(34)} wall ${ms(summary.wall).padStart(7)} ms  rules ${ms(sum(Object.values(summary.rules))).padStart(7)} ms`,
    );
  }
}
const loadAfter = os.loadavg();

/** Per configuration: the median of each figure over the runs. */
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
for (const config of configurations) {
  const expected = config.typed ? corpusInfo.typed.files : corpusInfo.files;
  if (medians[config.id].files !== expected)
    console.warn(`  warning: ${config.id} linted ${medians[config.id].files} files, the corpus count is ${expected}`);
  if (medians[config.id].fatalParseErrors > 0)
    console.warn(`  warning: ${config.id}: ${medians[config.id].fatalParseErrors} files failed to parse`);
}

// ---------------------------------------------------------------------------------------------------------
// 3. Table, ratios, targets
// ---------------------------------------------------------------------------------------------------------

console.log(`\nMedians of ${runs} run${runs === 1 ? "" : "s"} (ms; rule time = ESLint --stats, create() + listeners):`);
const header = `${"configuration".padEnd(34)} ${"files".padStart(5)} ${"wall".padStart(8)} ${"parse".padStart(8)} ${"rules".padStart(8)}  problems`;
console.log(header);
console.log("-".repeat(header.length + 10));
for (const config of configurations) {
  const m = medians[config.id];
  const problems = sum(Object.values(m.problems));
  console.log(
    `${config.id.padEnd(34)} ${String(m.files).padStart(5)} ${ms(m.wallMs).padStart(8)} ${ms(m.parseMs).padStart(8)} ${ms(m.ruleMs).padStart(8)}  ${int(problems)}`,
  );
  if (Object.keys(m.rules).length > 1) {
    for (const [ruleId, time] of Object.entries(m.rules)) {
      console.log(`${`  ${ruleId}`.padEnd(58)} ${ms(time).padStart(8)}  ${int(m.problems[ruleId] ?? 0)}`);
    }
  }
}

const ruleTime = (id, ruleId) => (ruleId ? (medians[id].rules[ruleId] ?? 0) : medians[id].ruleMs);
const ratios = {};
const line = (key, value, note = "") => {
  ratios[key] = value;
  console.log(`  ${key.padEnd(74)} ${value.toFixed(3).padStart(7)}${note}`);
};
console.log("\nRatios (rule time unless marked wall):");
for (const rule of RULES) {
  line(
    `cos-errors/${rule} alone / no-magic-numbers`,
    ratio(ruleTime(`cos:${rule}`), ruleTime("core:no-magic-numbers")),
  );
}
for (const rule of RULES) {
  line(
    `cos-errors/${rule} in recommended+assumeCos / no-magic-numbers`,
    ratio(ruleTime("recommended+assumeCos", `cos-errors/${rule}`), ruleTime("core:no-magic-numbers")),
  );
}
line("recommended / eqeqeq", ratio(ruleTime("recommended"), ruleTime("core:eqeqeq")));
line(
  "recommended+assumeCos / no-magic-numbers",
  ratio(ruleTime("recommended+assumeCos"), ruleTime("core:no-magic-numbers")),
);
line("recommended wall / parse-only wall", ratio(medians.recommended.wallMs, medians["parse-only"].wallMs));
line(
  "recommended+assumeCos wall / parse-only wall",
  ratio(medians["recommended+assumeCos"].wallMs, medians["parse-only"].wallMs),
);
for (const rule of RULES) {
  line(
    `typed: cos-errors/${rule} (typeAware, assumeCos) / no-magic-numbers`,
    ratio(ruleTime(`typed:cos:${rule}`), ruleTime("typed:core:no-magic-numbers")),
  );
}
line(
  "typed: recommended (typeAware, assumeCos) / no-magic-numbers",
  ratio(ruleTime("typed:recommended"), ruleTime("typed:core:no-magic-numbers")),
);
line(
  "typed: recommended wall / parse-only wall",
  ratio(medians["typed:recommended"].wallMs, medians["typed:parse-only"].wallMs),
);

const targets = [
  {
    target: "recommended (default settings) rule time <= core eqeqeq rule time",
    ratio: ratios["recommended / eqeqeq"],
  },
  {
    target: "recommended with assumeCos rule time <= core no-magic-numbers rule time",
    ratio: ratios["recommended+assumeCos / no-magic-numbers"],
  },
].map((t) => ({ ...t, met: t.ratio <= 1 }));
console.log("\nTargets:");
for (const t of targets) console.log(`  ${t.met ? "MET    " : "NOT MET"} ${t.target} (ratio ${t.ratio.toFixed(3)})`);

// ---------------------------------------------------------------------------------------------------------
// 4a. Scaling: one file per size, 4 code sites per function, linted with the recommended config
// ---------------------------------------------------------------------------------------------------------

function scalingSource(sites) {
  const out = ['import COS from "cos-nodejs-sdk-v5";', "", "export const cos = new COS({});", ""];
  for (let i = 0; i < sites / SITES_PER_FUNCTION; i++) {
    // Sites: two comparisons, one switch, one `includes`.
    out.push(
      `export async function handle${i}(err, retry) {`,
      "  if (err.code === -96) {",
      `    return retry(${i});`,
      "  } else if (err.code === -4017) {",
      "    throw err;",
      "  }",
      "  switch (err.code) {",
      "    case -71:",
      "    case -5963:",
      `      return retry(${i});`,
      "    case -97:",
      "      return null;",
      "    default:",
      "      break;",
      "  }",
      `  if ([-4018, -66].includes(err.code)) return ${i};`,
      "  throw err;",
      "}",
      "",
    );
  }
  return out.join("\n");
}

// The Node API in a child process, printing only the stats and a count of fix text: the JSON formatter would
// serialise every fix, and a fix that spans from the import to the site makes that output grow with
// sites x file size (the CLI runs out of memory on 10k sites).
const SCALING_RUNNER = `// Generated by scripts/bench.mjs: lints one file with ESLint's Node API, prints stats and counts.
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: import.meta.dirname, overrideConfigFile: "eslint.config.mjs", stats: true, cache: false });
const results = await eslint.lintFiles(process.argv.slice(2));
const fixChars = (fix) => (fix ? fix.text.length : 0);
process.stdout.write(JSON.stringify(results.map((result) => ({
  filePath: result.filePath,
  stats: result.stats,
  messages: result.messages.map(({ ruleId, fatal }) => ({ ruleId, fatal })),
  fixChars: result.messages.reduce((n, m) => n + fixChars(m.fix) + (m.suggestions ?? []).reduce((k, s) => k + fixChars(s.fix), 0), 0),
}))));
`;
const SCALING_TIMEOUT_MS = 10 * 60 * 1000;
const SCALING_REPEAT_LIMIT_MS = 60 * 1000;

console.log(
  `\nScaling (bench/tmp/scaling/, recommended config, ${SITES_PER_FUNCTION} sites per function, one file per size, median of ${runs}):`,
);
rmSync(scalingDir, { recursive: true, force: true });
mkdirSync(scalingDir, { recursive: true });
writeFileSync(
  path.join(scalingDir, "eslint.config.mjs"),
  `// Generated by scripts/bench.mjs.\n${PLUGIN_IMPORT}\n\nexport default [\n  { linterOptions: { reportUnusedDisableDirectives: "off" } },\n  cosErrors.configs.recommended,\n];\n`,
);
writeFileSync(path.join(scalingDir, "run.mjs"), SCALING_RUNNER);
const scaling = [];
console.log(
  `  ${"sites".padStart(7)} ${"lines".padStart(8)} ${"wall ms".padStart(8)} ${"parse ms".padStart(9)} ${"rules ms".padStart(9)} ${"us/site".padStart(8)} ${"fix chars".padStart(9)}  per rule (us/site)`,
);
for (const sites of SCALING_SITES) {
  const file = `sites-${sites}.js`;
  const source = scalingSource(sites);
  writeFileSync(path.join(scalingDir, file), source);
  const list = [];
  let timedOut = false;
  for (let run = 0; run < runs && !timedOut; run++) {
    const outcome = runNode(scalingDir, ["run.mjs", file], `the scaling run on ${file}`, SCALING_TIMEOUT_MS);
    if (outcome)
      list.push({
        wall: outcome.wall,
        fixChars: sum(outcome.results.map((r) => r.fixChars)),
        ...summarize(outcome.results),
      });
    else timedOut = true;
    // A size whose run takes minutes is not repeated: the point is the trend, and it is far from noise.
    if (outcome && outcome.wall > SCALING_REPEAT_LIMIT_MS) break;
  }
  const entry = { sites, lines: source.split("\n").length, bytes: source.length, runs: list.length };
  if (list.length === 0) {
    entry.timedOut = true;
    scaling.push(entry);
    console.log(
      `  ${int(sites).padStart(7)} ${int(entry.lines).padStart(8)}  timed out after ${SCALING_TIMEOUT_MS / 60000} min: over ${int((SCALING_TIMEOUT_MS * 1000) / sites)} us/site`,
    );
    continue;
  }
  const ruleIds = Object.keys(list[0].rules).sort();
  const perRule = Object.fromEntries(ruleIds.map((id) => [id, median(list.map((s) => s.rules[id] ?? 0))]));
  Object.assign(entry, {
    wallMs: median(list.map((s) => s.wall)),
    parseMs: median(list.map((s) => s.parse)),
    ruleMs: median(list.map((s) => sum(Object.values(s.rules)))),
    rules: perRule,
    problems: list[0].problems,
    fixTextChars: list[0].fixChars,
  });
  entry.usPerSite = (entry.ruleMs * 1000) / sites;
  entry.usPerSiteByRule = Object.fromEntries(ruleIds.map((id) => [id, (perRule[id] * 1000) / sites]));
  scaling.push(entry);
  const detail = ruleIds
    .map((id) => `${id.replace("cos-errors/", "")} ${entry.usPerSiteByRule[id].toFixed(2)}`)
    .join(", ");
  const fixText = `${(entry.fixTextChars / 1e6).toFixed(1)} M`;
  console.log(
    `  ${int(sites).padStart(7)} ${int(entry.lines).padStart(8)} ${ms(entry.wallMs).padStart(8)} ${ms(entry.parseMs).padStart(9)} ${ms(entry.ruleMs).padStart(9)} ${entry.usPerSite.toFixed(2).padStart(8)} ${fixText.padStart(9)}  ${detail}${entry.runs < runs ? ` (${entry.runs} run)` : ""}`,
  );
}
const lastScaled = scaling.findLast((entry) => entry.problems);
if (lastScaled) console.log(`  problems at ${int(lastScaled.sites)} sites: ${JSON.stringify(lastScaled.problems)}`);
console.log(
  "  (linear scaling: us/site stays about constant; fix chars = length of all fix and suggestion texts, in millions)",
);

// ---------------------------------------------------------------------------------------------------------
// 4b. CPU profiles of recommended+assumeCos and recommended: where the time goes in dist/
// ---------------------------------------------------------------------------------------------------------

/** Self and total time per function (name + file + line) from a .cpuprofile; total counts recursion once. */
function profileFunctions(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = (node) =>
    `${node.callFrame.functionName || "(anonymous)"}\t${node.callFrame.url}\t${node.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  const { samples: ids, timeDeltas } = profile;
  for (let i = 0; i < ids.length; i++) {
    // A sample's time is the gap to the next sample (as in Chrome DevTools).
    const delta = (i + 1 < ids.length ? timeDeltas[i + 1] : 0) / 1000;
    const node = byId.get(ids[i]);
    self.set(key(node), (self.get(key(node)) ?? 0) + delta);
    const seen = new Set();
    for (let id = ids[i]; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + delta);
    }
  }
  return { self, total, durationMs: (profile.endTime - profile.startTime) / 1000 };
}

const distUrl = `${pathToFileURL(path.join(root, "dist")).href}/`;

/**
 * Profiles one process (`run(nodeFlags)`) and prints where its time goes, dist/ first; `name` is the folder
 * under bench/tmp/profile/ and `title` what is profiled.
 */
function profileRun(name, title, run) {
  const dir = path.join(profileDir, name);
  console.log(
    `\nCPU profile: ${title} (node --cpu-prof, ${PROFILE_INTERVAL_US} us interval; bench/tmp/profile/${name}/):`,
  );
  const outcome = run(["--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${PROFILE_INTERVAL_US}`]);
  const profileFile = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!profileFile) fail(`no .cpuprofile in ${dir}`);
  const { self, total, durationMs } = profileFunctions(JSON.parse(readFileSync(path.join(dir, profileFile), "utf8")));
  const areas = {
    "dist/ (this plugin)": 0,
    eslint: 0,
    "@typescript-eslint / typescript": 0,
    "espree / acorn": 0,
    "GC, program, idle": 0,
    other: 0,
  };
  for (const [k, time] of self) {
    const url = k.split("\t")[1];
    if (url.startsWith(distUrl)) areas["dist/ (this plugin)"] += time;
    else if (url.includes("/node_modules/eslint/")) areas.eslint += time;
    else if (url.includes("/@typescript-eslint/") || url.includes("/node_modules/typescript/"))
      areas["@typescript-eslint / typescript"] += time;
    else if (url.includes("/espree/") || url.includes("/acorn")) areas["espree / acorn"] += time;
    else if (!url) areas["GC, program, idle"] += time;
    else areas.other += time;
  }
  const describe = ([k, selfMs]) => {
    const [name, url, lineNumber] = k.split("\t");
    const file = url.startsWith("file:") ? path.relative(root, fileURLToPath(url)) : url;
    return { function: name, file: `${file}:${lineNumber}`, selfMs: self.get(k) ?? selfMs, totalMs: total.get(k) ?? 0 };
  };
  const inDist = ([k]) => k.split("\t")[1].startsWith(distUrl);
  const topSelf = [...self]
    .filter(inDist)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(describe);
  const topTotal = [...total]
    .filter(inDist)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(describe);
  const rules = summarize(outcome.results).rules;
  console.log(
    `  process wall ${ms(outcome.wall)} ms (profiling overhead included), profile ${ms(durationMs)} ms, rule time (--stats) ${ms(sum(Object.values(rules)))} ms`,
  );
  console.log("  self time by area:");
  for (const [area, time] of Object.entries(areas))
    console.log(
      `    ${area.padEnd(34)} ${ms(time).padStart(8)} ms  ${((100 * time) / durationMs).toFixed(1).padStart(5)}%`,
    );
  const print = (title, list) => {
    console.log(`  ${title}\n    ${"self ms".padStart(8)} ${"total ms".padStart(9)}  function (file:line)`);
    for (const f of list)
      console.log(`    ${ms(f.selfMs).padStart(8)} ${ms(f.totalMs).padStart(9)}  ${f.function} (${f.file})`);
  };
  print(`top ${topSelf.length} self-time functions in dist/:`, topSelf);
  print(`top ${topTotal.length} dist/ functions by total (inclusive) time:`, topTotal);
  return {
    profiled: title,
    intervalUs: PROFILE_INTERVAL_US,
    wallMs: outcome.wall,
    durationMs,
    ruleMs: sum(Object.values(rules)),
    selfMsByArea: areas,
    topDistSelf: topSelf,
    topDistTotal: topTotal,
  };
}

const profileConfiguration = (id) => {
  const config = configurations.find((c) => c.id === id);
  return profileRun(config.id.replaceAll(":", "-").replaceAll("+", "-"), `${id} on the corpus`, (flags) =>
    runEslint(corpus, config.file, config.patterns, flags),
  );
};

rmSync(profileDir, { recursive: true, force: true });
const profiles = ["recommended+assumeCos", "recommended"].map(profileConfiguration);
// The largest scaling file that linted within a minute: where per-site time grows, if it does.
const profiledScale = scaling.findLast((entry) => entry.wallMs !== undefined && entry.wallMs < SCALING_REPEAT_LIMIT_MS);
if (profiledScale) {
  const file = `sites-${profiledScale.sites}.js`;
  profiles.push(
    profileRun(`scaling-${profiledScale.sites}`, `recommended on bench/tmp/scaling/${file}`, (flags) =>
      runNode(scalingDir, [...flags, "run.mjs", file], `the scaling run on ${file}`),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// results.json
// ---------------------------------------------------------------------------------------------------------

const distChanged = distFingerprint() !== distAtStart;
if (distChanged)
  console.warn(
    "\nwarning: dist/ changed during the benchmark (another session rebuilt it); the runs may mix two builds.",
  );
const results = {
  date: new Date().toISOString(),
  machine: {
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
  },
  eslint: eslintVersion,
  runs,
  packages: PACKAGES.map(({ name, version }) => `${name}@${version}`),
  corpus: corpusInfo,
  medians,
  ratios,
  targets,
  scaling,
  profiles,
  distChangedDuringRun: distChanged,
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${path.relative(root, resultsFile)}.`);
