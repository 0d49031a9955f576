// The robustness run's figures: per-file results gathered into lists and totals, and printed.
import { int, sum, table } from "../lib/format.mjs";
import { rel } from "../lib/paths.mjs";
import { NAMESPACE } from "./fix-check.mjs";
import { add, blankTotals, VARIANTS } from "./totals.mjs";
import { CRLF_EVERY, MINIFIED_EVERY, SEED_MAX_BYTES } from "./sampling.mjs";

const SLOW_FILE_MS = 5_000;
const PASS_NAMES = { seeded: "seeded", minified: "minified + seeded", crlf: "CRLF + seeded" };

/** Gathers the workers' results: totals per source and in all, and the lists of findings. */
export function gather(results, sources, ruleIds) {
  const perSource = new Map(sources.map((s) => [s.label, blankTotals(s.label, ruleIds)]));
  const total = blankTotals("total", ruleIds);
  const g = {
    perSource,
    total,
    crashes: [],
    fixFailures: [],
    importAfterUse: [],
    reportChanges: [],
    unparsable: [],
    seedUnparsable: [],
    notMinified: [],
    engineMessages: new Map(),
    reportsByFile: [],
    esmIntoCommonJs: [],
    slow: [],
  };
  const fixDetails = (r, fix, pass) => {
    if (!fix) return;
    for (const check of fix.fixChecks ?? []) {
      if (!check.ok) g.fixFailures.push({ file: rel(r.path), pass, ...check });
      else if (check.importAfterUse) g.importAfterUse.push({ file: rel(r.path), pass, ...check });
    }
    for (const problem of fix.problems ?? [])
      g.fixFailures.push({
        file: rel(r.path),
        pass,
        problem,
        excerpt: fix.brokenExcerpt ?? fix.prologueExcerpt,
        secondPass: fix.secondPassDiff,
      });
    if (fix.reportChanges) g.reportChanges.push({ file: rel(r.path), pass, changes: fix.reportChanges });
    if (fix.esmImportIntoCommonJsLook) g.esmIntoCommonJs.push({ file: rel(r.path), pass, parsedAs: r.parsedAs });
  };
  for (const r of results) {
    for (const t of [perSource.get(r.source), total]) add(t, r);
    if (r.ms > SLOW_FILE_MS) g.slow.push({ file: rel(r.path), ms: Math.round(r.ms) });
    if (r.status === "crash" || r.status === "error")
      g.crashes.push({ file: rel(r.path), phase: r.phase ?? "reading", stack: r.stack });
    if (r.status === "unparsable") g.unparsable.push({ file: rel(r.path), error: r.parseError });
    for (const v of VARIANTS)
      if (r[v]?.status === "unparsable") g.seedUnparsable.push({ file: rel(r.path), pass: v, error: r[v].parseError });
    if (r.minified?.status === "not minified") g.notMinified.push({ file: rel(r.path), error: r.minified.error });
    for (const m of r.engineMessages ?? []) g.engineMessages.set(m, (g.engineMessages.get(m) ?? 0) + 1);
    if (r.reports && Object.keys(r.reports).length > 0)
      g.reportsByFile.push({ file: rel(r.path), reports: r.reports, sample: r.sample });
    fixDetails(r, r.fix, "as is");
    for (const v of VARIANTS) fixDetails(r, r[v], v);
  }
  return g;
}

const rule = (id) => id.replace(`${NAMESPACE}/`, "");

/** The per-source tables of the file passes, and the notes under them. */
export function printSourceTables(g, ruleIds, seed) {
  const rows = [...g.perSource.values(), g.total];
  const { total } = g;
  table(
    "Files as they are (sites judged: code sites the engine's subscribe() hands to the rules, counted by a probe rule):",
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
  if (!seed) return;
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

/** One row per pass: what the issue "`--fix` never breaks code" asks of each. */
export function passRows(g, executed, languages, seed) {
  const { total } = g;
  const variantCrashes = sum(VARIANTS.map((v) => total[v].crashes));
  const fileRow = (label, t, extra = {}) => ({
    label,
    files: t.files,
    crashes: t.crashes,
    unparsable: t.unparsable,
    verified: t.fixesVerified,
    broken: t.failedChecks,
    secondPass: t.secondPassChanges,
    ...extra,
  });
  const rows = [fileRow("as is", { ...total.real, files: total.files, crashes: total.crashes - variantCrashes })];
  if (seed) {
    rows.push(fileRow(PASS_NAMES.seeded, total.seeded));
    rows.push(
      fileRow(`${PASS_NAMES.minified} (1 in ${MINIFIED_EVERY})`, total.minified, {
        notes: `${int(total.minified.notMinified)} not minifiable`,
      }),
    );
    rows.push(fileRow(`${PASS_NAMES.crlf} (1 in ${CRLF_EVERY})`, total.crlf, { crlf: total.crlf.loneLf }));
  }
  const e = executed.totals;
  rows.push({
    label: "executed (generated)",
    files: e.files,
    crashes: e.crashes,
    unparsable: e.unparsable,
    verified: e.fixes,
    broken: e.broken,
    secondPass: e.secondPassChanges,
    behaviour: e.behaviourChanges,
  });
  const l = languages.totals;
  rows.push({
    label: "json/md/css",
    files: l.files,
    crashes: l.crashes,
    unparsable: l.unparsable,
    verified: l.fixes,
    broken: l.broken,
    secondPass: l.secondPassChanges,
    notes: Object.entries(l.byExt)
      .map(([ext, n]) => `${n} ${ext}`)
      .join(", "),
  });
  return rows;
}

export function printPasses(rows) {
  const dash = (v) => (v === undefined ? "-" : v);
  table(
    "Passes (fixes verified: each replaced value checked, or for the executed pass fixes applied and run):",
    rows,
    [
      ["files", (t) => t.files],
      ["crashes", (t) => t.crashes],
      ["unparsable", (t) => t.unparsable],
      ["fixes verified", (t) => t.verified],
      ["broken fixes", (t) => t.broken],
      ["2nd-pass changes", (t) => t.secondPass],
      ["CRLF violations", (t) => dash(t.crlf)],
      ["behaviour changes", (t) => dash(t.behaviour)],
      ["notes", (t) => t.notes ?? ""],
    ],
    "pass",
  );
}

/** The notes and findings after the tables. */
export function printFindings(g, executed, languages) {
  console.log(
    `\nFix checks: ${int(sum(["real", ...VARIANTS].map((p) => g.total[p].fixesVerified)))} fixes verified, ${g.fixFailures.length} failed.`,
  );
  if (g.importAfterUse.length > 0) {
    console.log(
      `${g.importAfterUse.length} fixes add the import after the replaced literal (a require below its use), e.g.:`,
    );
    for (const f of g.importAfterUse.slice(0, 5)) console.log(`  ${f.file}:${f.where} (${f.pass})`);
  }
  if (g.reportChanges.length > 0) {
    console.log(`${g.reportChanges.length} files where a rule reports differently after the fix (warning), e.g.:`);
    for (const c of g.reportChanges.slice(0, 5)) console.log(`  ${c.file} (${c.pass}): ${c.changes.join("; ")}`);
  }
  if (g.esmIntoCommonJs.length > 0) {
    console.log(
      `${int(g.esmIntoCommonJs.length)} fixed files without ES module syntax that use module/exports/require got an ES ` +
        "`import` (they were parsed as modules: the fix parses, Node's CommonJS loader would reject it), e.g.:",
    );
    for (const f of g.esmIntoCommonJs.slice(0, 5)) console.log(`  ${f.file} (${f.pass}, ${f.parsedAs})`);
  }
  if (g.engineMessages.size > 0) {
    console.log("Messages from ESLint itself (no rule):");
    for (const [m, n] of g.engineMessages) console.log(`  ${n} x ${m}`);
  }
  console.log(`Unparsable: ${g.unparsable.length} files${g.unparsable.length ? ", e.g.:" : "."}`);
  for (const u of g.unparsable.slice(0, 8)) console.log(`  ${u.file}: ${u.error}`);
  if (g.seedUnparsable.length > 0) {
    console.log(
      `Variant unparsable (the file parses, not with the seed appended): ${g.seedUnparsable.length} files, e.g.:`,
    );
    for (const u of g.seedUnparsable.slice(0, 5)) console.log(`  ${u.file} (${u.pass}): ${u.error}`);
  }
  if (g.notMinified.length > 0) {
    console.log(`Not minifiable by esbuild: ${g.notMinified.length} files, e.g.:`);
    for (const u of g.notMinified.slice(0, 3)) console.log(`  ${u.file}: ${u.error}`);
  }
  if (g.slow.length > 0)
    console.log(`Files over ${SLOW_FILE_MS / 1000} s: ${g.slow.map((s) => `${s.file} (${int(s.ms)} ms)`).join(", ")}`);

  for (const c of g.crashes) console.error(`\nCRASH in ${c.file} (${c.phase}):\n${c.stack}`);
  for (const f of g.fixFailures.slice(0, 20))
    console.error(
      `\nFIX CHECK FAILED in ${f.file}${f.where ? `:${f.where}` : ""} (${f.pass}): ${f.problem}\n${JSON.stringify(f, null, 2)}`,
    );
  for (const f of executed.findings.slice(0, 10))
    console.error(`\nEXECUTED ${f.module}: ${f.problem}${f.output ? `\n${f.output}` : ""}`);
  const byMessage = new Map();
  for (const c of languages.crashes) {
    const key = `${c.mode}: ${c.stack.split("\n")[0]}`;
    byMessage.set(key, [...(byMessage.get(key) ?? []), c.file]);
  }
  for (const [message, files] of byMessage)
    console.error(
      `\nJSON/MARKDOWN/CSS CRASH (${message.split(":")[0]}) in ${files.length} files (e.g. ${files.slice(0, 3).join(", ")}):\n${languages.crashes.find((c) => `${c.mode}: ${c.stack}`.startsWith(message)).stack}`,
    );
  for (const f of languages.findings.slice(0, 10)) console.error(`\nJSON/MARKDOWN/CSS ${f.file}: ${f.problem}`);
}
