// The medians table, the ratios the targets are stated in, and the targets themselves.
import { int, ms, ratio, sum } from "../lib/format.mjs";
import { RULES } from "./configurations.mjs";

/** Warns when a configuration linted another number of files than the corpus has, or files failed to parse. */
export function checkCounts(configurations, medians, corpusInfo) {
  for (const config of configurations) {
    const expected = config.typed ? corpusInfo.typed.files : corpusInfo.files;
    const m = medians[config.id];
    if (m.files !== expected)
      console.warn(`  warning: ${config.id} linted ${m.files} files, the corpus count is ${expected}`);
    if (m.fatalParseErrors > 0) console.warn(`  warning: ${config.id}: ${m.fatalParseErrors} files failed to parse`);
  }
}

export function printMedians(configurations, medians, runs) {
  console.log(
    `\nMedians of ${runs} run${runs === 1 ? "" : "s"} (ms; rule time = ESLint --stats, create() + listeners):`,
  );
  const header = `${"configuration".padEnd(34)} ${"files".padStart(5)} ${"wall".padStart(8)} ${"parse".padStart(8)} ${"rules".padStart(8)}  problems`;
  console.log(header);
  console.log("-".repeat(header.length + 10));
  for (const config of configurations) {
    const m = medians[config.id];
    console.log(
      `${config.id.padEnd(34)} ${String(m.files).padStart(5)} ${ms(m.wallMs).padStart(8)} ${ms(m.parseMs).padStart(8)} ${ms(m.ruleMs).padStart(8)}  ${int(sum(Object.values(m.problems)))}`,
    );
    if (Object.keys(m.rules).length > 1) {
      for (const [ruleId, time] of Object.entries(m.rules))
        console.log(`${`  ${ruleId}`.padEnd(58)} ${ms(time).padStart(8)}  ${int(m.problems[ruleId] ?? 0)}`);
    }
  }
}

/** Prints and returns the ratios (results.json `ratios`) and the targets (`targets`). */
export function ratiosAndTargets(medians) {
  const ruleTime = (id, ruleId) => (ruleId ? (medians[id].rules[ruleId] ?? 0) : medians[id].ruleMs);
  const ratios = {};
  const line = (key, value) => {
    ratios[key] = value;
    console.log(`  ${key.padEnd(74)} ${value.toFixed(3).padStart(7)}`);
  };
  console.log("\nRatios (rule time unless marked wall):");
  for (const rule of RULES)
    line(
      `cos-errors/${rule} alone / no-magic-numbers`,
      ratio(ruleTime(`cos:${rule}`), ruleTime("core:no-magic-numbers")),
    );
  for (const rule of RULES)
    line(
      `cos-errors/${rule} in recommended+assumeCos / no-magic-numbers`,
      ratio(ruleTime("recommended+assumeCos", `cos-errors/${rule}`), ruleTime("core:no-magic-numbers")),
    );
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
  for (const rule of RULES)
    line(
      `typed: cos-errors/${rule} (typeAware, assumeCos) / no-magic-numbers`,
      ratio(ruleTime(`typed:cos:${rule}`), ruleTime("typed:core:no-magic-numbers")),
    );
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
  return { ratios, targets };
}
