// The languages pass: the JSON, Markdown and CSS files of the corpus packages and of this repository (its
// own package.json and docs say "cos" everywhere), linted through their ESLint languages (@eslint/json,
// @eslint/markdown, @eslint/css) with every cos-errors rule enabled on them too, as a config that spreads
// the plugin's rules over `**/*` would; once with the default settings (the COS signal search runs) and once
// with `assumeCos`. A rule that throws is a crash; a fix, if any rule offers one, must leave a text that
// parses and is stable.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import css from "@eslint/css";
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import { Linter } from "eslint";
import { listFiles } from "../lib/files.mjs";
import { rel, root } from "../lib/paths.mjs";
import { NAMESPACE } from "./fix-check.mjs";
import { crashMessage, parseFailure, stackOf } from "./fix-and-check.mjs";

const LANGUAGES = [
  { ext: ".json", plugin: "json", language: "json/json", module: json },
  { ext: ".md", plugin: "markdown", language: "markdown/commonmark", module: markdown },
  { ext: ".css", plugin: "css", language: "css/css", module: css },
];

const OWN = ["package.json", "README.md", "bench/README.md", "data", "docs", "examples"];

/**
 * The files of `packages` (their folders in bench/corpus/, nested node_modules left out) and of this
 * repository's own package.json, READMEs, data/, docs/ and examples/.
 */
export function languageFiles(packages) {
  const extensions = LANGUAGES.map((l) => l.ext);
  const own = OWN.map((entry) => path.join(root, entry)).flatMap((entry) =>
    statSync(entry).isDirectory() ? listFiles(entry, { extensions }).files : [entry],
  );
  return [
    ...packages.flatMap((pkg) =>
      listFiles(pkg.dir, { extensions }).files.map((file) => ({ path: file, source: `${pkg.name}@${pkg.version}` })),
    ),
    ...own.map((file) => ({ path: file, source: "this repository" })),
  ];
}

/** Lints `files` with `plugin` (the built dist/esm); returns the totals and the crashes. */
export function languagesPass(plugin, files) {
  const linter = new Linter({ cwd: root });
  const rules = plugin.configs.all.rules;
  const config = (mode, settings) =>
    LANGUAGES.map((l) => ({
      files: [`**/*${l.ext}`],
      plugins: { [l.plugin]: l.module, [NAMESPACE]: plugin },
      language: l.language,
      linterOptions: { reportUnusedDisableDirectives: "off" },
      rules: mode === "parse" ? {} : rules,
      settings: { [NAMESPACE]: settings },
    }));
  const parseConfig = config("parse", {});
  const modes = [
    { name: "default settings", config: config("lint", {}) },
    { name: "assumeCos", config: config("lint", { assumeCos: true }) },
  ];
  const totals = {
    label: "json/md/css",
    files: 0,
    crashes: 0,
    unparsable: 0,
    fixes: 0,
    broken: 0,
    secondPassChanges: 0,
    byExt: {},
  };
  const crashes = [];
  const findings = [];
  for (const file of files) {
    const ext = path.extname(file.path);
    totals.files++;
    totals.byExt[ext] = (totals.byExt[ext] ?? 0) + 1;
    const text = readFileSync(file.path, "utf8");
    const name = rel(file.path);
    const filename = path.join(root, "__robustness__", "languages", name);
    const crashed = (mode, stack) => {
      totals.crashes++;
      crashes.push({ file: name, mode, source: file.source, stack });
    };
    for (const mode of modes) {
      let messages;
      try {
        messages = linter.verify(text, mode.config, filename);
      } catch (error) {
        crashed(mode.name, stackOf(error).split("\n").slice(0, 6).join("\n"));
        break;
      }
      const crash = crashMessage(messages);
      if (crash) {
        crashed(mode.name, `${crash.ruleId}: ${crash.message}`);
        break;
      }
      if (parseFailure(messages)) {
        totals.unparsable++;
        break;
      }
      const fixable = messages.filter((m) => m.fix).length;
      if (fixable === 0) continue;
      totals.fixes += fixable;
      try {
        const fixed = linter.verifyAndFix(text, mode.config, filename);
        const broken = parseFailure(linter.verify(fixed.output, parseConfig, filename));
        if (broken) {
          totals.broken++;
          findings.push({ file: name, mode: mode.name, problem: `the fixed text does not parse: ${broken.message}` });
        } else if (linter.verifyAndFix(fixed.output, mode.config, filename).fixed) {
          totals.secondPassChanges++;
          findings.push({ file: name, mode: mode.name, problem: "a second --fix changed the text again" });
        }
      } catch (error) {
        crashed(mode.name, stackOf(error).split("\n").slice(0, 6).join("\n"));
        break;
      }
    }
  }
  return { totals, crashes, findings };
}
