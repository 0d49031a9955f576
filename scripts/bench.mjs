// `npm run bench`: what the cos-errors rules cost on real code, next to ESLint core rules. bench/README.md
// says what each step measures and how to read the figures. Flags: --runs N (default 3), --quick (1 run of
// everything: a smoke check), --only fix-size or --only deep-nesting (that step alone, merged into
// bench/results.json).
import { parseArgs } from "node:util";
import { buildPlugin } from "./lib/build-plugin.mjs";
import { failer, positiveInt } from "./lib/cli.mjs";
import { eslintVersion } from "./lib/eslint-process.mjs";
import { fileId, writeConfigurations } from "./bench/configurations.mjs";
import { PACKAGES, prepareCorpus } from "./bench/corpus.mjs";
import { measureFixSize } from "./bench/fix-size.mjs";
import { lintAll, lintConfiguration } from "./bench/lint-stats.mjs";
import { clearProfiles, profileRun } from "./bench/profile.mjs";
import { checkCounts, printMedians, ratiosAndTargets } from "./bench/ratios.mjs";
import { machine, mergeResults, writeResults } from "./bench/results.mjs";
import { measureScaling, runScalingFile, SCALING_REPEAT_LIMIT_MS } from "./bench/scaling.mjs";
import { measureDeepNesting } from "./bench/deep-nesting.mjs";

const fail = failer("bench");
const ONLY = ["fix-size", "deep-nesting"];
const { values: flags } = parseArgs({
  options: { runs: { type: "string" }, quick: { type: "boolean", default: false }, only: { type: "string" } },
});
const runs = flags.quick ? 1 : positiveInt("runs", flags.runs, 3, fail);
if (flags.only !== undefined && !ONLY.includes(flags.only))
  fail(`--only expects one of ${ONLY.join(", ")}, got ${flags.only}`);

buildPlugin(fail);

if (flags.only === "fix-size") {
  mergeResults("fixSize", { date: new Date().toISOString(), eslint: eslintVersion, ...measureFixSize() });
} else if (flags.only === "deep-nesting") {
  mergeResults("deepNesting", { date: new Date().toISOString(), rows: await measureDeepNesting() });
} else {
  const { parts, info: corpusInfo } = prepareCorpus(fail);
  const configurations = writeConfigurations(parts);
  const { medians, loadBefore, loadAfter } = lintAll(configurations, runs, fail);
  checkCounts(configurations, medians, corpusInfo);
  printMedians(configurations, medians, runs);
  const { ratios, targets } = ratiosAndTargets(medians);
  const scaling = measureScaling(runs, fail);

  clearProfiles();
  const profiles = ["recommended+assumeCos", "recommended"].map((id) => {
    const config = configurations.find((c) => c.id === id);
    return profileRun(
      fileId(id),
      `${id} on the corpus`,
      (nodeFlags) => lintConfiguration(config, fail, nodeFlags),
      fail,
    );
  });
  // The largest scaling file that linted within a minute: where per-site time grows, if it does.
  const profiled = scaling.findLast((entry) => entry.wallMs !== undefined && entry.wallMs < SCALING_REPEAT_LIMIT_MS);
  if (profiled) {
    const file = `sites-${profiled.sites}.js`;
    profiles.push(
      profileRun(
        `scaling-${profiled.sites}`,
        `recommended on bench/tmp/scaling/${file}`,
        (nodeFlags) => runScalingFile(file, fail, nodeFlags),
        fail,
      ),
    );
  }
  const fixSize = measureFixSize();
  const deepNesting = { date: new Date().toISOString(), rows: await measureDeepNesting() };

  writeResults({
    date: new Date().toISOString(),
    machine: machine(loadBefore, loadAfter),
    eslint: eslintVersion,
    runs,
    packages: PACKAGES.map(({ name, version }) => `${name}@${version}`),
    corpus: corpusInfo,
    medians,
    ratios,
    targets,
    scaling,
    profiles,
    fixSize,
    deepNesting,
  });
}
