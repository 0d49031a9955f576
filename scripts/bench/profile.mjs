// CPU profiles (`node --cpu-prof`) of a lint process, reduced to where the time goes: self time by area,
// the top self-time and inclusive-time functions of dist/.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ms, sum } from "../lib/format.mjs";
import { distDir, root, tmpDir } from "../lib/paths.mjs";
import { summarize } from "./lint-stats.mjs";

const PROFILE_INTERVAL_US = 250;
const profileDir = path.join(tmpDir, "profile");
const distUrl = `${pathToFileURL(distDir).href}/`;

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

function selfByArea(self) {
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
  return areas;
}

/** Empties bench/tmp/profile/ before a run's profiles. */
export const clearProfiles = () => rmSync(profileDir, { recursive: true, force: true });

/**
 * Profiles one process (`run(nodeFlags)`, returning the lint's JSON results) and prints where its time
 * goes, dist/ first; `name` is the folder under bench/tmp/profile/ and `title` what is profiled. Returns one
 * entry of results.json `profiles`.
 */
export function profileRun(name, title, run, fail) {
  const dir = path.join(profileDir, name);
  console.log(
    `\nCPU profile: ${title} (node --cpu-prof, ${PROFILE_INTERVAL_US} us interval; bench/tmp/profile/${name}/):`,
  );
  const outcome = run(["--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${PROFILE_INTERVAL_US}`]);
  const profileFile = readdirSync(dir).find((file) => file.endsWith(".cpuprofile"));
  if (!profileFile) fail(`no .cpuprofile in ${dir}`);
  const { self, total, durationMs } = profileFunctions(JSON.parse(readFileSync(path.join(dir, profileFile), "utf8")));
  const areas = selfByArea(self);
  const describe = ([k, selfMs]) => {
    const [fn, url, lineNumber] = k.split("\t");
    const file = url.startsWith("file:") ? path.relative(root, fileURLToPath(url)) : url;
    return { function: fn, file: `${file}:${lineNumber}`, selfMs: self.get(k) ?? selfMs, totalMs: total.get(k) ?? 0 };
  };
  const inDist = ([k]) => k.split("\t")[1].startsWith(distUrl);
  const top = (map, n) =>
    [...map]
      .filter(inDist)
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(describe);
  const topSelf = top(self, 15);
  const topTotal = top(total, 10);
  const rules = summarize(outcome.results).rules;
  console.log(
    `  process wall ${ms(outcome.wall)} ms (profiling overhead included), profile ${ms(durationMs)} ms, rule time (--stats) ${ms(sum(Object.values(rules)))} ms`,
  );
  console.log("  self time by area:");
  for (const [area, time] of Object.entries(areas))
    console.log(
      `    ${area.padEnd(34)} ${ms(time).padStart(8)} ms  ${((100 * time) / durationMs).toFixed(1).padStart(5)}%`,
    );
  const print = (heading, list) => {
    console.log(`  ${heading}\n    ${"self ms".padStart(8)} ${"total ms".padStart(9)}  function (file:line)`);
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
