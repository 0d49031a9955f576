// Adding up the per-file results of the robustness workers, per source and in total.

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
    crashes: 0,
    loneLf: 0,
    notMinified: 0,
  };
}

/** The variants of a file after the file as it is ("real"), each a key of a worker's result. */
export const VARIANTS = ["seeded", "minified", "crlf"];

export function blankTotals(label, ruleIds) {
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
    ...Object.fromEntries(VARIANTS.map((v) => [v, blankFixTotals(ruleIds)])),
  };
}

/** Adds one pass over a text (as is, or a variant) to `t`. */
function addPass(t, pass, fix) {
  if (!pass) return;
  t.files++;
  if (pass.status === "unparsable") t.unparsable++;
  if (pass.status === "crash") t.crashes++;
  if (pass.status === "not minified") t.notMinified++;
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
  if (fix.loneLf) t.loneLf++;
}

/** Adds one worker result to `t`. */
export function add(t, r) {
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
  for (const v of VARIANTS) addPass(t[v], r[v], r[v]);
}
