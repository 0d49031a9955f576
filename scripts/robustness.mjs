// `npm run robustness`: every rule of the plugin, with `assumeCos` (every file judged as COS code), on more
// than 20,000 real files, to show that no rule crashes and that the autofix never breaks code.
// 1. Builds the plugin and takes a snapshot of dist/esm (bench/tmp/robustness/dist-esm), so that another
//    session rebuilding dist/ meanwhile cannot mix two builds; makes sure the corpus is in bench/corpus/
//    (scripts/corpus.mjs: the benchmark's packages plus a few more) and collects every .js/.mjs/.cjs/.ts/
//    .tsx/.mts/.cts file of it, of the project's node_modules and of examples/src, up to 1 MB each.
// 2. Lints each file in-process with ESLint's Linter, in worker threads: the `all` config, `assumeCos`,
//    inline config comments off, plus a probe rule that counts the code sites the engine judges
//    (`codeSiteListeners` of the built dist/esm/detect/sites.js). A rule that throws is a crash; a file
//    the parser refuses (as a module, then as CommonJS; the other way round for .cjs/.cts) is "unparsable", not a failure.
// 3. In a file with an autofix: applies the fixes in memory (`verifyAndFix`) and checks that the result
//    parses (a verify with no rules), that a second `verifyAndFix` changes nothing, and that each replaced
//    literal has the value of the constant that replaced it (`CosErrorCode[NAME]` of the built runtime
//    module dist/esm/codes.js), nothing else changing but the import; also that the shebang and directive
//    prologue are kept and that the other rules report as much after the fix as before (a warning).
// 4. Prints the figures and writes them to bench/tmp/robustness.json. Exits 1 on a crash or a failed check.
// 5. Seeded pass (skip with --no-seed): the corpus has almost no COS code, so each file that parses (up to
//    128 KB: 99.6% of the files) is also linted with a small function of COS code sites appended, fixed and
//    checked as in 3: the autofix meets thousands of real file headers (shebangs, directives, imports,
//    requires, licences, `.d.ts`). Here the fixed text is proven to parse and to be stable by the last pass
//    of verifyAndFix itself (a second verifyAndFix would repeat that pass), to keep within 15 minutes.
// Flags: --limit N (an even sample of N files, a quick run), --workers N (default: the core count, 4 at
// most), --no-seed, --filter TEXT (only the files whose path contains TEXT, to reproduce a finding).
import { Buffer } from "node:buffer";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { CORPUS, ensureCorpus, ROBUSTNESS_EXTRA } from "./lib/corpus.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXTENSIONS = [".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"];
const MAX_BYTES = 1024 * 1024;
const MIN_FILES = 20_000;
const BATCH = 25;
const SLOW_FILE_MS = 5_000;
/** The seeded pass takes files up to this size: 99.6% of the files, three quarters of the bytes. */
const SEED_MAX_BYTES = 128 * 1024;
/** Globals that make a file without ES module syntax CommonJS. */
const COMMONJS_GLOBALS = new Set(["module", "exports", "require"]);
/** The module the autofix imports the constants from (the default `constantsModule`). */
const CONSTANTS_MODULE = "eslint-plugin-cos-errors/codes";
/** ESLint's limit of verifyAndFix passes. */
const MAX_AUTOFIX_PASSES = 10;
/** Files of dist/esm the script loads; all must be in the snapshot. */
const SNAPSHOT_FILES = ["index.js", "codes.js", "detect/sites.js", "rules/index.js", "configs/index.js"];
const NAMESPACE = "cos-errors";
const PROBE = "robustness/sites";
/** `Use \`CosErrorCode.X\` (meaning) instead of the magic number \`-96\`.` */
const PREFER_MESSAGE =
  /^Use `([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)` \(.*\) instead of the magic number `(-?\d+)`\.$/su;

/**
 * Appended to every file for the seeded pass: each kind of site prefer-named-code fixes (`===` and `==`
 * either way round, a string code, `includes`, `case`), which the other rules also judge. In TypeScript
 * `== "-55"` and `[…].includes` are suggestions only, and `-5999 as const` is replaced whole.
 */
const SEED_LINES = [
  "function cosRobustnessSeed(err, retry) {",
  "  if (err.code === -96) return retry();",
  "  if (-71 == err.code || err.code === -5963) return retry();",
  '  if (err.code == "-55") throw err;',
  "  if ([-4018, -133].includes(err.code)) return null;",
  "  switch (err.code) {",
  "    case -97:",
  "      throw err;",
  "    case -4019:",
  "      return retry();",
  "    default:",
  "      throw err;",
  "  }",
  "}",
];
const SEED_JS = `${SEED_LINES.join("\n")}\n`;
const SEED_TS = `${SEED_LINES.toSpliced(1, 0, "  if (err.code === (-5999 as const)) return undefined;").join("\n").replace("(err, retry)", "(err: any, retry: () => unknown)")}\n`;

// ---------------------------------------------------------------------------------------------------------
// Worker: lints the files it is sent, answers one summary per file
// ---------------------------------------------------------------------------------------------------------

async function worker() {
  const { distDir, seed } = workerData;
  const { Linter } = await import("eslint");
  const { default: tseslint } = await import("typescript-eslint");
  const { default: plugin } = await import(pathToFileURL(path.join(distDir, "index.js")).href);
  const { codeSiteListeners } = await import(pathToFileURL(path.join(distDir, "detect", "sites.js")).href);
  const { CosErrorCode } = await import(pathToFileURL(path.join(distDir, "codes.js")).href);

  const linter = new Linter({ cwd: root });
  let probeCount = { sites: 0, operands: 0, comparison: 0, switch: 0, collection: 0 };
  const probe = {
    rules: {
      sites: {
        meta: { type: "problem", schema: [] },
        create: (context) =>
          codeSiteListeners(context, (site) => {
            probeCount.sites++;
            probeCount.operands += site.operands.length;
            probeCount[site.kind]++;
          }),
      },
    },
  };

  // One parse attempt = language options; the first that parses is used for the file and for its fixes.
  const js = (sourceType) => ({ id: `js:${sourceType}`, languageOptions: { ecmaVersion: "latest", sourceType } });
  const ts = (sourceType, jsx) => ({
    id: `ts:${sourceType}${jsx ? "+jsx" : ""}`,
    languageOptions: { parser: tseslint.parser, sourceType, parserOptions: { ecmaFeatures: { jsx } } },
  });
  const attemptsByExt = {
    ".js": [js("module"), js("commonjs")],
    ".mjs": [js("module"), js("commonjs")],
    ".cjs": [js("commonjs"), js("module")],
    ".ts": [ts("module", false), ts("commonjs", false)],
    ".mts": [ts("module", false), ts("commonjs", false)],
    ".cts": [ts("commonjs", false), ts("module", false)],
    ".tsx": [ts("module", true), ts("commonjs", true)],
  };
  const allRules = plugin.configs.all.rules;
  const configs = new Map();
  /** The config array for an attempt: `"lint"` (all rules and the probe), `"fix"` (all rules), `"parse"` (none). */
  const configFor = (attempt, mode) => {
    const key = `${attempt.id}:${mode}`;
    if (!configs.has(key)) {
      configs.set(key, [
        {
          files: EXTENSIONS.map((ext) => `**/*${ext}`),
          linterOptions: { reportUnusedDisableDirectives: "off" },
          languageOptions: attempt.languageOptions,
          plugins: { [NAMESPACE]: plugin, robustness: probe },
          rules: mode === "parse" ? {} : { ...allRules, ...(mode === "lint" ? { [PROBE]: "error" } : {}) },
          settings: { [NAMESPACE]: { assumeCos: true } },
        },
      ]);
    }
    return configs.get(key);
  };

  const parseFailure = (messages) => messages.find((m) => m.fatal && m.ruleId === null);
  const crashMessage = (messages) =>
    messages.find(
      (m) => (m.fatal && m.ruleId?.startsWith(`${NAMESPACE}/`)) || m.message?.startsWith("Error while loading rule"),
    );
  const stackOf = (error) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

  function lintFile(file) {
    const start = performance.now();
    const result = lintText(file);
    result.ms = performance.now() - start;
    return result;
  }

  function lintText(file) {
    const result = { index: file.index, path: file.path, source: file.source, status: "linted" };
    try {
      const text = readFileSync(file.path, "utf8");
      // A virtual name inside cwd: ESLint ignores node_modules/ and files outside cwd; the rules only look
      // at the extension.
      const filename = path.join(root, "__robustness__", String(file.index), path.basename(file.path));
      const options = { filename, allowInlineConfig: false };

      let attempt;
      let messages;
      let firstParseError;
      for (const candidate of attemptsByExt[path.extname(file.path)]) {
        probeCount = { sites: 0, operands: 0, comparison: 0, switch: 0, collection: 0 };
        try {
          messages = linter.verify(text, configFor(candidate, "lint"), options);
        } catch (error) {
          return { ...result, status: "crash", phase: `lint (${candidate.id})`, stack: stackOf(error) };
        }
        const failure = parseFailure(messages);
        if (!failure) {
          attempt = candidate;
          break;
        }
        firstParseError ??= `${candidate.id}: ${failure.line}:${failure.column} ${failure.message}`;
      }
      if (!attempt) return { ...result, status: "unparsable", parseError: firstParseError };
      result.parsedAs = attempt.id;

      const crash = crashMessage(messages);
      if (crash)
        return {
          ...result,
          status: "crash",
          phase: `lint (${attempt.id})`,
          stack: `${crash.ruleId}: ${crash.message}`,
        };
      result.sites = probeCount;
      result.reports = countReports(messages);
      // The first few reports of the file as is, to see what the rules find in code that is not COS code.
      result.sample = messages
        .filter((m) => m.ruleId?.startsWith(`${NAMESPACE}/`))
        .slice(0, 3)
        .map((m) => `${m.line}:${m.column} ${m.ruleId} ${lineAt(text, m.line).trim().slice(0, 160)}`);
      result.engineMessages = messages.filter((m) => m.ruleId === null).map((m) => m.message);
      result.suggestions = messages.filter((m) => m.suggestions?.length).length;
      result.fixable = messages.filter((m) => m.fix).length;

      // The file's own fixes, if any: applied and checked.
      if (result.fixable > 0) {
        result.fix = fixAndCheck(text, attempt, options, true);
        if (result.fix.status === "crash")
          return { ...result, status: "crash", phase: result.fix.phase, stack: result.fix.stack };
      }
      // The file with the seed appended: its header (shebang, directives, imports, requires, licence) meets
      // the autofix's import insertion.
      if (seed && Buffer.byteLength(text) <= SEED_MAX_BYTES) {
        const seeded = `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${/^\.[cm]?tsx?$/u.test(path.extname(file.path)) ? SEED_TS : SEED_JS}`;
        result.seeded = fixAndCheck(seeded, attempt, options, false);
        if (result.seeded.status === "crash") {
          return { ...result, status: "crash", phase: `seeded: ${result.seeded.phase}`, stack: result.seeded.stack };
        }
      }
      return result;
    } catch (error) {
      return { ...result, status: "error", stack: stackOf(error) };
    }
  }

  /** Runs `fn` with every `linter.verify` call recorded (verifyAndFix calls it once per pass). */
  function recorded(fn) {
    const calls = [];
    linter.verify = (...args) => {
      const messages = Linter.prototype.verify.apply(linter, args);
      calls.push({ messages, sourceCode: linter.getSourceCode() });
      return messages;
    };
    try {
      return { value: fn(), calls };
    } finally {
      delete linter.verify;
    }
  }

  /**
   * `verifyAndFix` of `text`, then the checks: each first-pass fix keeps the value (checkFix), the fixed
   * text parses, a second `verifyAndFix` changes nothing, the directive prologue and shebang are kept, and
   * the rules that do not fix report as much after the fix as before (they read `CosErrorCode.X` as `-96`).
   */
  function fixAndCheck(text, attempt, options, explicit) {
    const out = { status: "ok", problems: [] };
    let first;
    try {
      first = recorded(() => linter.verifyAndFix(text, configFor(attempt, "fix"), options));
    } catch (error) {
      return { status: "crash", phase: `verifyAndFix (${attempt.id})`, stack: stackOf(error) };
    }
    const before = first.calls[0];
    const failure = parseFailure(before.messages);
    if (failure)
      return {
        status: "unparsable",
        parseError: `${attempt.id}: ${failure.line}:${failure.column} ${failure.message}`,
      };
    for (const call of first.calls) {
      const crash = crashMessage(call.messages);
      if (crash)
        return { status: "crash", phase: `verifyAndFix (${attempt.id})`, stack: `${crash.ruleId}: ${crash.message}` };
    }
    out.reports = countReports(before.messages);
    out.suggestions = before.messages.filter((m) => m.suggestions?.length).length;
    const withFix = before.messages.filter((m) => m.fix);
    out.fixable = withFix.length;
    if (withFix.length === 0) return out;

    out.fixChecks = withFix.map((m) => checkFix(m, text, CosErrorCode));
    const fixed = first.value;
    out.fixed = fixed.fixed;
    out.passes = first.calls.length;
    if (!fixed.fixed) out.problems.push("the first pass had fixes, verifyAndFix applied none");

    // The fixed text, linted: verifyAndFix's own last pass linted its output and applied nothing (unless
    // it stopped at its pass limit), which is what a second verifyAndFix would do first; `explicit` runs
    // that second verifyAndFix, and a parse with no rules, all the same.
    let after = first.calls.at(-1);
    if (explicit || first.calls.length >= MAX_AUTOFIX_PASSES) {
      const parsed = linter.verify(fixed.output, configFor(attempt, "parse"), options);
      const broken = parseFailure(parsed);
      if (broken) {
        out.problems.push(
          `the fixed text does not parse (${attempt.id}): ${broken.line}:${broken.column} ${broken.message}`,
        );
        out.broken = true;
        out.brokenExcerpt = excerpt(fixed.output, broken.line);
        return out;
      }
      let second;
      try {
        second = recorded(() => linter.verifyAndFix(fixed.output, configFor(attempt, "fix"), options));
      } catch (error) {
        return { ...out, status: "crash", phase: `second verifyAndFix (${attempt.id})`, stack: stackOf(error) };
      }
      after = second.calls[0];
      out.secondPassChanged = second.value.fixed;
      if (second.value.fixed) {
        out.problems.push("a second verifyAndFix changed the fixed text again");
        out.secondPassDiff = firstDifference(fixed.output, second.value.output);
      }
    } else {
      out.secondPassChanged = false;
    }
    const broken = parseFailure(after.messages);
    if (broken) {
      out.problems.push(
        `the fixed text does not parse (${attempt.id}): ${broken.line}:${broken.column} ${broken.message}`,
      );
      out.broken = true;
      out.brokenExcerpt = excerpt(fixed.output, broken.line);
      return out;
    }
    const prologue = (sourceCode) => {
      const directives = [];
      for (const statement of sourceCode.ast.body) {
        if (statement.type !== "ExpressionStatement" || statement.directive === undefined) break;
        directives.push(statement.directive);
      }
      return `${sourceCode.text.startsWith("#!") ? sourceCode.text.slice(0, sourceCode.text.indexOf("\n")) : ""}|${directives.join(",")}`;
    };
    if (prologue(before.sourceCode) !== prologue(after.sourceCode)) {
      out.problems.push(
        `the fix changed the shebang or directive prologue: ${prologue(before.sourceCode)} -> ${prologue(after.sourceCode)}`,
      );
      out.prologueExcerpt = excerpt(fixed.output, 1);
    }
    // An ES import added to a file with no ES module syntax that uses `module`, `exports` or `require` as
    // globals, i.e. CommonJS parsed as a module: the result parses, but Node's CommonJS loader rejects it.
    if (
      after.sourceCode.ast.body.some((st) => st.type === "ImportDeclaration" && st.source.value === CONSTANTS_MODULE) &&
      !before.sourceCode.ast.body.some((st) =>
        /^(?:Import|Export)|^TS(?:ImportEquals|ExportAssignment)/u.test(st.type),
      ) &&
      (before.sourceCode.scopeManager?.globalScope?.through ?? []).some((ref) =>
        COMMONJS_GLOBALS.has(ref.identifier.name),
      )
    ) {
      out.esmImportIntoCommonJsLook = true;
    }
    const reportsAfter = countReports(after.messages);
    const changed = Object.keys({ ...out.reports, ...reportsAfter }).filter(
      (id) => id !== `${NAMESPACE}/prefer-named-code` && (out.reports[id] ?? 0) !== (reportsAfter[id] ?? 0),
    );
    if (changed.length > 0)
      out.reportChanges = changed.map((id) => `${id}: ${out.reports[id] ?? 0} -> ${reportsAfter[id] ?? 0}`);
    return out;
  }

  function countReports(messages) {
    const reports = {};
    for (const m of messages)
      if (m.ruleId !== null && m.ruleId !== PROBE) reports[m.ruleId] = (reports[m.ruleId] ?? 0) + 1;
    return reports;
  }

  parentPort.on("message", (files) => {
    if (files === null) process.exit(0);
    parentPort.postMessage(files.map(lintFile));
  });
  parentPort.postMessage([]);
}

/** The value of a numeric or string literal's source text (`-96`, `- 0x60`, `'-96'`), or NaN. */
function literalValue(sign, body) {
  let value;
  if (/^['"`]/u.test(body)) value = Number(body.slice(1, -1).trim() || Number.NaN);
  else value = Number(body.replaceAll("_", "").replace(/n$/u, ""));
  return sign ? -value : value;
}

const LITERAL = String.raw`(-\s*)?(0[xX][\da-fA-F_]+n?|0[bB][01_]+n?|0[oO][0-7_]+n?|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?n?|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60[^\x60$\\]*\x60)`;
const TRAILING_LITERAL = new RegExp(`${LITERAL}(\\s+as\\s+const)?$`, "u");
const LEADING_LITERAL = new RegExp(`^(<const>\\s*)?${LITERAL}(\\s+as\\s+const)?(?![\\w$.])`, "u");

/**
 * One fix of the first pass. For prefer-named-code: `CosErrorCode[NAME] === code`, and the fix replaces a
 * literal of that value by `<object>.NAME`, changing nothing else but an import it may add. The replaced
 * literal is normally the end of the fix range (the import goes before it); an import added after the
 * literal (a `require` below the use) is told apart.
 */
function checkFix(message, text, CosErrorCode) {
  const where = `${message.line}:${message.column}`;
  if (message.ruleId !== `${NAMESPACE}/prefer-named-code`)
    return { ok: false, where, problem: `unexpected autofix from ${message.ruleId}` };
  const parsed = PREFER_MESSAGE.exec(message.message);
  if (!parsed) return { ok: false, where, problem: `message not understood: ${message.message}` };
  const [, object, name, codeText] = parsed;
  const code = Number(codeText);
  const constant = `${object}.${name}`;
  const { range, text: replacement } = message.fix;
  // ESLint's ranges leave out a byte order mark, as its SourceCode text does.
  const original = text.replace(/^\uFEFF/u, "").slice(range[0], range[1]);
  const fail = (problem) => ({ ok: false, where, problem, original: clip(original), replacement: clip(replacement) });
  if (CosErrorCode[name] !== code)
    return fail(`CosErrorCode.${name} is ${CosErrorCode[name]}, the message says ${code}`);
  if (!replacement.includes(constant)) return fail(`the replacement does not contain ${constant}`);

  const trailing = TRAILING_LITERAL.exec(original);
  if (trailing && replacement.endsWith(constant)) {
    const value = literalValue(trailing[1], trailing[2]);
    if (value !== code) return fail(`the replaced literal \`${trailing[0]}\` is ${value}, not ${code}`);
    const keptBefore = original.slice(0, original.length - trailing[0].length);
    const newBefore = replacement.slice(0, replacement.length - constant.length);
    if (!newBefore.endsWith(keptBefore)) return fail("the fix changes more than the literal and an import before it");
    return { ok: true, importAfterUse: false };
  }
  const leading = LEADING_LITERAL.exec(original);
  if (leading && replacement.startsWith(constant)) {
    const value = literalValue(leading[2], leading[3]);
    if (value !== code) return fail(`the replaced literal \`${leading[0]}\` is ${value}, not ${code}`);
    if (!replacement.slice(constant.length).startsWith(original.slice(leading[0].length))) {
      return fail("the fix changes more than the literal and an import after it");
    }
    return { ok: true, importAfterUse: true, where, original: clip(original), replacement: clip(replacement) };
  }
  return fail(`the fix range neither ends nor starts with a literal of value ${code} replaced by ${constant}`);
}

function clip(s, max = 400) {
  return s.length > max ? `${s.slice(0, max / 2)} […] ${s.slice(-max / 2)}` : s;
}

function excerpt(text, line, around = 3) {
  const lines = text.split("\n");
  const from = Math.max(0, line - 1 - around);
  return lines
    .slice(from, line + around)
    .map((l, i) => `${String(from + i + 1).padStart(6)} | ${l.slice(0, 200)}`)
    .join("\n");
}

function lineAt(text, line) {
  return text.split("\n", line).at(-1) ?? "";
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const lineNumber = a.slice(0, i).split("\n").length;
  return { line: lineNumber, before: excerpt(a, lineNumber, 1), after: excerpt(b, lineNumber, 1) };
}

// ---------------------------------------------------------------------------------------------------------
// Main: build, corpus, files, workers, figures
// ---------------------------------------------------------------------------------------------------------

async function main() {
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
  const limit = flags.limit === undefined ? undefined : Number(flags.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    fail(`--limit expects a positive integer, got ${flags.limit}`);
  const workers = flags.workers === undefined ? Math.min(os.availableParallelism(), 4) : Number(flags.workers);
  if (!Number.isInteger(workers) || workers < 1) fail(`--workers expects a positive integer, got ${flags.workers}`);

  const require = createRequire(import.meta.url);
  const eslintVersion = require("eslint/package.json").version;
  if (Number(eslintVersion.split(".")[0]) < 10)
    fail(`"eslint" resolves to ESLint ${eslintVersion}; this script needs ESLint 10`);

  // 1. Plugin, corpus, files.
  const tmp = path.join(root, "bench", "tmp");
  const distDir = path.join(tmp, "robustness", "dist-esm");
  // Another session may rebuild dist/ (rm, then tsc) at any time: build, copy, and check the copy.
  for (let attempt = 1; ; attempt++) {
    console.log("Building the plugin...");
    try {
      execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
      rmSync(distDir, { recursive: true, force: true });
      cpSync(path.join(root, "dist", "esm"), distDir, { recursive: true });
      if (SNAPSHOT_FILES.every((file) => existsSync(path.join(distDir, file)))) break;
      throw new Error("dist/esm was incomplete");
    } catch (error) {
      if (attempt === 3) fail(`could not build and copy dist/esm: ${error.message}`);
      console.warn(`  (${error.message.split("\n")[0]}; dist/ rebuilt by another session? building again in 5 s)`);
      await sleep(5000);
    }
  }
  console.log(`Snapshot of dist/esm in ${path.relative(root, distDir)}/.`);
  const { CosErrorCode } = await import(pathToFileURL(path.join(distDir, "codes.js")).href);

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
    const { files, tooBig } = listFiles(source.dir, source.label !== "node_modules");
    if (flags.filter !== undefined)
      files.splice(0, files.length, ...files.filter((file) => file.includes(flags.filter)));
    source.found = files.length + tooBig;
    source.tooBig = tooBig;
    for (const file of files) all.push({ path: file, source: source.label });
  }
  console.log(`\nFiles (${EXTENSIONS.join(" ")}, at most 1 MB; nested node_modules included for node_modules):`);
  for (const source of sources) {
    console.log(
      `  ${source.label.padEnd(30)} ${int(source.found - source.tooBig).padStart(7)} files  (${source.tooBig} over 1 MB skipped)`,
    );
  }
  console.log(`  ${"total".padEnd(30)} ${int(all.length).padStart(7)} files`);
  if (all.length < MIN_FILES && flags.filter === undefined)
    console.warn(`  warning: fewer than ${int(MIN_FILES)} files`);

  let selected = all;
  if (limit !== undefined && limit < all.length) {
    const step = all.length / limit;
    selected = Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]);
    console.log(`  --limit ${limit}: an even sample of ${int(selected.length)} files`);
  }
  selected.forEach((file, index) => (file.index = index));

  // 2 and 3. Lint and fix in the workers.
  console.log(
    `\nLinting with ESLint ${eslintVersion} (Linter, in-process), ${workers} worker thread${workers === 1 ? "" : "s"}...`,
  );
  const lintStart = performance.now();
  const results = await runWorkers(selected, workers, { distDir, seed });
  const lintMs = performance.now() - lintStart;
  if (process.stdout.isTTY) process.stdout.write("\n");

  // 4. Figures.
  const { default: plugin } = await import(pathToFileURL(path.join(distDir, "index.js")).href);
  const ruleIds = Object.keys(plugin.configs.all.rules);
  const perSource = new Map(sources.map((s) => [s.label, blankTotals(s.label, ruleIds)]));
  const total = blankTotals("total", ruleIds);
  const crashes = [];
  const fixFailures = [];
  const importAfterUse = [];
  const reportChanges = [];
  const unparsable = [];
  const seedUnparsable = [];
  const engineMessages = new Map();
  const reportsByFile = [];
  const esmIntoCommonJs = [];
  const slow = [];
  const fixDetails = (r, fix, pass) => {
    if (!fix) return;
    for (const check of fix.fixChecks ?? []) {
      if (!check.ok) fixFailures.push({ file: rel(r.path), pass, ...check });
      else if (check.importAfterUse) importAfterUse.push({ file: rel(r.path), pass, ...check });
    }
    for (const problem of fix.problems ?? []) {
      fixFailures.push({
        file: rel(r.path),
        pass,
        problem,
        excerpt: fix.brokenExcerpt ?? fix.prologueExcerpt,
        secondPass: fix.secondPassDiff,
      });
    }
    if (fix.reportChanges) reportChanges.push({ file: rel(r.path), pass, changes: fix.reportChanges });
    if (fix.esmImportIntoCommonJsLook) esmIntoCommonJs.push({ file: rel(r.path), pass, parsedAs: r.parsedAs });
  };
  for (const r of results) {
    for (const t of [perSource.get(r.source), total]) add(t, r);
    if (r.ms > SLOW_FILE_MS) slow.push({ file: rel(r.path), ms: Math.round(r.ms) });
    if (r.status === "crash" || r.status === "error")
      crashes.push({ file: rel(r.path), phase: r.phase ?? "reading", stack: r.stack });
    if (r.status === "unparsable") unparsable.push({ file: rel(r.path), error: r.parseError });
    if (r.seeded?.status === "unparsable") seedUnparsable.push({ file: rel(r.path), error: r.seeded.parseError });
    for (const m of r.engineMessages ?? []) engineMessages.set(m, (engineMessages.get(m) ?? 0) + 1);
    if (r.reports && Object.keys(r.reports).length > 0)
      reportsByFile.push({ file: rel(r.path), reports: r.reports, sample: r.sample });
    fixDetails(r, r.fix, "as is");
    fixDetails(r, r.seeded, "seeded");
  }

  const rule = (id) => id.replace(`${NAMESPACE}/`, "");
  const rows = [...perSource.values(), total];
  table(
    "Files as they are (sites judged: code sites the engine's codeSiteListeners hands to the rules, counted by a probe rule):",
    rows,
    [
      ["files", (t) => t.files],
      ["unparsable", (t) => t.unparsable],
      ["linted", (t) => t.linted],
      ["sites judged", (t) => t.sites],
      ...ruleIds.map((id) => [rule(id), (t) => t.real.reports[id]]),
      ["crashes", (t) => t.crashes],
      ["autofixes", (t) => t.real.fixable],
      ["files fixed", (t) => t.real.filesFixed],
      ["fixes verified", (t) => t.real.fixesVerified],
      ["2nd-pass changes", (t) => t.real.secondPassChanges],
    ],
  );
  console.log(
    `Sites by kind: ${int(total.siteKinds.comparison)} comparisons, ${int(total.siteKinds.switch)} switches, ` +
      `${int(total.siteKinds.collection)} includes/has, with ${int(total.operands)} code operands; ` +
      `${int(total.real.suggestionMessages)} reports offer suggestions.`,
  );
  console.log(
    `Parsed as: ${Object.entries(total.parsedAs)
      .map(([id, n]) => `${id} ${int(n)}`)
      .join(", ")} (the first that parses of module, commonjs).`,
  );
  if (seed) {
    table(
      `Seeded: each linted file up to ${SEED_MAX_BYTES / 1024} KB with the seed function appended (the fixable site kinds), fixed and checked:`,
      rows,
      [
        ["files", (t) => t.seeded.files],
        ["seed unparsable", (t) => t.seeded.unparsable],
        ...ruleIds.map((id) => [rule(id), (t) => t.seeded.reports[id]]),
        ["autofixes", (t) => t.seeded.fixable],
        ["files fixed", (t) => t.seeded.filesFixed],
        ["fixes verified", (t) => t.seeded.fixesVerified],
        ["broken", (t) => t.seeded.broken],
        ["2nd-pass changes", (t) => t.seeded.secondPassChanges],
        ["reports changed", (t) => t.seeded.reportChanges],
      ],
    );
  }
  console.log(`
Fix checks: ${int(total.real.fixesVerified + total.seeded.fixesVerified)} fixes verified, ${fixFailures.length} failed.`);
  if (importAfterUse.length > 0) {
    console.log(
      `${importAfterUse.length} fixes add the import after the replaced literal (a require below its use), e.g.:`,
    );
    for (const f of importAfterUse.slice(0, 5)) console.log(`  ${f.file}:${f.where} (${f.pass})`);
  }
  if (reportChanges.length > 0) {
    console.log(`${reportChanges.length} files where a rule reports differently after the fix (warning), e.g.:`);
    for (const c of reportChanges.slice(0, 5)) console.log(`  ${c.file} (${c.pass}): ${c.changes.join("; ")}`);
  }
  if (esmIntoCommonJs.length > 0) {
    console.log(
      `${int(esmIntoCommonJs.length)} fixed files without ES module syntax that use module/exports/require got an ES ` +
        "`import` (they were parsed as modules: the fix parses, Node's CommonJS loader would reject it), e.g.:",
    );
    for (const f of esmIntoCommonJs.slice(0, 5)) console.log(`  ${f.file} (${f.pass}, ${f.parsedAs})`);
  }
  if (engineMessages.size > 0) {
    console.log("Messages from ESLint itself (no rule):");
    for (const [m, n] of engineMessages) console.log(`  ${n} x ${m}`);
  }
  console.log(`Unparsable: ${unparsable.length} files${unparsable.length ? ", e.g.:" : "."}`);
  for (const u of unparsable.slice(0, 8)) console.log(`  ${u.file}: ${u.error}`);
  if (seedUnparsable.length > 0) {
    console.log(`Seed unparsable (the file parses, not with the seed appended): ${seedUnparsable.length} files, e.g.:`);
    for (const u of seedUnparsable.slice(0, 5)) console.log(`  ${u.file}: ${u.error}`);
  }
  if (slow.length > 0)
    console.log(`Files over ${SLOW_FILE_MS / 1000} s: ${slow.map((s) => `${s.file} (${int(s.ms)} ms)`).join(", ")}`);

  for (const c of crashes) console.error(`\nCRASH in ${c.file} (${c.phase}):\n${c.stack}`);
  for (const f of fixFailures.slice(0, 20))
    console.error(
      `\nFIX CHECK FAILED in ${f.file}${f.where ? `:${f.where}` : ""} (${f.pass}): ${f.problem}\n${JSON.stringify(f, null, 2)}`,
    );

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
    totals: total,
    perSource: [...perSource.values()],
    crashes,
    fixFailures,
    importAfterUse,
    reportChanges,
    reportsByFile,
    esmIntoCommonJs,
    unparsable,
    seedUnparsable,
    engineMessages: Object.fromEntries(engineMessages),
    slowFiles: slow,
    lintMs: Math.round(lintMs),
    wallMs: Math.round(wallMs),
  };
  mkdirSync(tmp, { recursive: true });
  const out = path.join(tmp, "robustness.json");
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(root, out)}.`);
  console.log(`Wall time: ${(wallMs / 1000).toFixed(1)} s (linting and fixing ${(lintMs / 1000).toFixed(1)} s).`);
  if (crashes.length > 0 || fixFailures.length > 0) {
    console.error(`\nrobustness: FAILED: ${crashes.length} crashes, ${fixFailures.length} failed fix checks.`);
    process.exit(1);
  }
  console.log("robustness: no crash; every fix parses, is stable and keeps the value.");
}

function fail(message) {
  console.error(`robustness: ${message}`);
  process.exit(1);
}

const int = (n) => (n ?? 0).toLocaleString("en-US");
const sum = (values) => values.reduce((a, b) => a + b, 0);
const rel = (file) => path.relative(root, file);

/** Files with one of EXTENSIONS under `dir`, sorted; symbolic links are not followed. */
function listFiles(dir, skipNodeModules) {
  const files = [];
  let tooBig = 0;
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const file = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!(skipNodeModules && entry.name === "node_modules")) walk(file);
      } else if (entry.isFile() && EXTENSIONS.includes(path.extname(entry.name))) {
        if (lstatSync(file).size > MAX_BYTES) tooBig++;
        else files.push(file);
      }
    }
  };
  walk(dir);
  return { files: files.sort(), tooBig };
}

/** Sends batches to `count` workers as they free up; resolves with every file's result, in file order. */
function runWorkers(files, count, data) {
  return new Promise((resolve, reject) => {
    const results = new Array(files.length);
    let next = 0;
    let done = 0;
    let running = 0;
    let lastPrint = 0;
    const started = performance.now();
    for (let i = 0; i < Math.min(count, files.length); i++) {
      const w = new Worker(new URL(import.meta.url), { workerData: data });
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

function table(title, rows, columns) {
  const labelWidth = Math.max(6, ...rows.map((t) => t.label.length));
  const widths = columns.map(([heading, get]) => Math.max(heading.length, ...rows.map((t) => int(get(t)).length)));
  const rule = "-".repeat(labelWidth + 2 + sum(widths) + 2 * (columns.length - 1));
  console.log(`\n${title}`);
  console.log(
    `${"source".padEnd(labelWidth)}  ${columns.map(([heading], i) => heading.padStart(widths[i])).join("  ")}`,
  );
  console.log(rule);
  for (const t of rows) {
    if (t.label === "total") console.log(rule);
    console.log(
      `${t.label.padEnd(labelWidth)}  ${columns.map(([, get], i) => int(get(t)).padStart(widths[i])).join("  ")}`,
    );
  }
}

function blankFixTotals(ruleIds) {
  return {
    files: 0,
    unparsable: 0,
    reports: Object.fromEntries(ruleIds.map((id) => [id, 0])),
    suggestionMessages: 0,
    fixable: 0,
    filesWithFixes: 0,
    filesFixed: 0,
    fixesVerified: 0,
    failedChecks: 0,
    broken: 0,
    secondPassChanges: 0,
    reportChanges: 0,
    esmImportIntoCommonJsLook: 0,
  };
}

function blankTotals(label, ruleIds) {
  return {
    label,
    files: 0,
    unparsable: 0,
    linted: 0,
    crashes: 0,
    sites: 0,
    operands: 0,
    siteKinds: { comparison: 0, switch: 0, collection: 0 },
    parsedAs: {},
    real: blankFixTotals(ruleIds),
    seeded: blankFixTotals(ruleIds),
  };
}

/** Adds one pass over a text (as is, or seeded) to `t`. */
function addPass(t, pass, fix) {
  if (!pass) return;
  t.files++;
  if (pass.status === "unparsable") t.unparsable++;
  for (const [id, n] of Object.entries(pass.reports ?? {})) t.reports[id] = (t.reports[id] ?? 0) + n;
  t.suggestionMessages += pass.suggestions ?? 0;
  t.fixable += pass.fixable ?? 0;
  if (pass.fixable) t.filesWithFixes++;
  if (!fix) return;
  if (fix.fixed) t.filesFixed++;
  t.fixesVerified += (fix.fixChecks ?? []).filter((c) => c.ok).length;
  t.failedChecks += (fix.fixChecks ?? []).filter((c) => !c.ok).length + (fix.problems?.length ?? 0);
  if (fix.broken) t.broken++;
  if (fix.secondPassChanged) t.secondPassChanges++;
  if (fix.reportChanges) t.reportChanges++;
  if (fix.esmImportIntoCommonJsLook) t.esmImportIntoCommonJsLook++;
}

function add(t, r) {
  t.files++;
  if (r.status === "unparsable") t.unparsable++;
  if (r.status === "crash" || r.status === "error") t.crashes++;
  if (r.sites) {
    t.linted++;
    t.parsedAs[r.parsedAs] = (t.parsedAs[r.parsedAs] ?? 0) + 1;
    t.sites += r.sites.sites;
    t.operands += r.sites.operands;
    for (const kind of Object.keys(t.siteKinds)) t.siteKinds[kind] += r.sites[kind];
    addPass(t.real, r, r.fix);
  }
  addPass(t.seeded, r.seeded, r.seeded);
}

// Last, once every constant above is initialised.
if (isMainThread) await main();
else await worker();
