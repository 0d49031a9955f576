// A worker thread of `npm run robustness`: lints the files it is sent with ESLint's Linter (every rule,
// `assumeCos`) and answers one summary per file: the file as it is, then the seeded, minified and CRLF
// variants that the file's index selects, each fixed and checked.
import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { distDir, root } from "../lib/paths.mjs";
import { NAMESPACE } from "./fix-check.mjs";
import { countReports, crashMessage, fixChecker, parseFailure, PROBE, stackOf } from "./fix-and-check.mjs";
import { minify } from "./minify.mjs";
import { EXTENSIONS, SEED_MAX_BYTES, takesCrlf, takesMinified } from "./sampling.mjs";
import { isTypeScript, MINIFIED_SEED, seeded } from "./seed.mjs";
import { lineAt, toCrlf } from "./text.mjs";

const dist = (file) => pathToFileURL(path.join(distDir, "esm", file)).href;
const { seed } = workerData;
const { default: plugin } = await import(dist("index.js"));
const { subscribe } = await import(dist("detect/index.js"));
const { CosErrorCode, CosXmlErrorCode } = await import(dist("codes.js"));

const linter = new Linter({ cwd: root });
let probeCount;
const resetProbe = () => (probeCount = { sites: 0, operands: 0, comparison: 0, switch: 0, collection: 0 });
const probe = {
  rules: {
    sites: {
      meta: { type: "problem", schema: [] },
      create: (context) =>
        subscribe(context, {
          onSite(site) {
            probeCount.sites++;
            probeCount.operands += site.operands.length;
            probeCount[site.kind]++;
          },
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
const JS_ATTEMPTS = { module: js("module"), commonjs: js("commonjs") };
const allRules = plugin.configs.all.rules;
const configs = new Map();
/** The config array for an attempt: `"lint"` (all rules and the probe), `"fix"` (all rules), `"parse"` (none). */
function configFor(attempt, mode) {
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
}
const fixAndCheck = fixChecker(linter, configFor, { CosErrorCode, CosXmlErrorCode });

async function lintFile(file) {
  const start = performance.now();
  const result = await lintText(file);
  result.ms = performance.now() - start;
  return result;
}

async function lintText(file) {
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
      resetProbe();
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
      return { ...result, status: "crash", phase: `lint (${attempt.id})`, stack: `${crash.ruleId}: ${crash.message}` };
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
      result.fix = fixAndCheck(text, attempt, options, { explicit: true });
      if (result.fix.status === "crash")
        return { ...result, status: "crash", phase: result.fix.phase, stack: result.fix.stack };
    }
    if (!seed || Buffer.byteLength(text) > SEED_MAX_BYTES) return result;

    // The file with the seed appended: its header (shebang, directives, imports, requires, licence) meets
    // the autofix's import insertion.
    const withSeed = seeded(text, file.path);
    const variant = (name, fixed) => {
      result[name] = fixed;
      return fixed.status === "crash"
        ? { ...result, status: "crash", phase: `${name}: ${fixed.phase}`, stack: fixed.stack }
        : null;
    };
    const seededCrash = variant("seeded", fixAndCheck(withSeed, attempt, options));
    if (seededCrash) return seededCrash;

    // Minified (esbuild, whitespace and syntax, no renaming; TypeScript comes out as JavaScript), with
    // more sites written as a minifier writes them: `case-96:`, `return-96===e.code`.
    if (takesMinified(file.index)) {
      const min = await minify(withSeed, file.path);
      if (min.error) result.minified = { status: "not minified", error: min.error };
      else {
        const jsAttempt = JS_ATTEMPTS[attempt.id.includes("commonjs") ? "commonjs" : "module"];
        const jsName = isTypeScript(file.path) ? `${filename}.js` : filename;
        const minCrash = variant(
          "minified",
          fixAndCheck(`${min.code}${MINIFIED_SEED}`, jsAttempt, { ...options, filename: jsName }),
        );
        if (minCrash) return minCrash;
      }
    }
    // The seeded file with CRLF line breaks: the fixes must not add a lone LF.
    if (takesCrlf(file.index)) {
      const crlfCrash = variant("crlf", fixAndCheck(toCrlf(withSeed), attempt, options, { crlf: true }));
      if (crlfCrash) return crlfCrash;
    }
    return result;
  } catch (error) {
    return { ...result, status: "error", stack: stackOf(error) };
  }
}

parentPort.on("message", async (files) => {
  if (files === null) process.exit(0);
  const out = [];
  for (const file of files) out.push(await lintFile(file));
  parentPort.postMessage(out);
});
parentPort.postMessage([]);
