// Generated COS code for the synthetic measurements (scaling, fix size): a file that imports the SDK and
// has functions full of code sites.

/** `if (err.code === -96)`-style sites, four to a function: two comparisons, a switch, an `includes`. */
export const SITES_PER_FUNCTION = 4;
const FUNCTION_LINES = 19;

/** A file with `sites` code sites (a multiple of SITES_PER_FUNCTION), `import COS` on top. */
export function cosSource(sites) {
  const out = ['import COS from "cos-nodejs-sdk-v5";', "", "export const cos = new COS({});", ""];
  for (let i = 0; i < sites / SITES_PER_FUNCTION; i++) {
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

/** The number of sites (a multiple of SITES_PER_FUNCTION) that makes a file of about `lines` lines. */
export const sitesForLines = (lines) => Math.max(1, Math.round(lines / FUNCTION_LINES)) * SITES_PER_FUNCTION;
