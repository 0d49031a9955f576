// The COS code sites appended to corpus files by the seeded, minified and CRLF passes: each kind of site
// prefer-named-code fixes (`===` and `==` either way round, a string code, `includes`, `case`), in both
// vocabularies (JSON-API numbers, XML-API strings read as `err.code` and `err.error?.Code`), which the
// other rules also judge; and an HTTP status dispatch.

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
  "function cosRobustnessXmlSeed(err, retry) {",
  '  if (err.code === "SlowDown" || err.error?.Code === "InternalError") return retry();',
  "  if ('NoSuchKey' == err.code) return null;",
  '  if (["AccessDenied", "InvalidAccessKeyId"].includes(err.code)) throw err;',
  "  switch (err.code) {",
  '    case "NoSuchBucket":',
  "      throw err;",
  "    case `RequestTimeTooSkewed`:",
  "      return retry();",
  '    case "NoSuchkey":',
  "      return null;",
  "    default:",
  "      if (err.statusCode === 404) return null;",
  '      if (err.statusCode === 503 || err.code === "ECONNRESET") return retry();',
  "      throw err;",
  "  }",
  "}",
];
const SEED_JS = `${SEED_LINES.join("\n")}\n`;
/** In TypeScript `== "-55"` and `[…].includes` are suggestions only, and `-5999 as const` is replaced whole. */
const SEED_TS = `${SEED_LINES.toSpliced(1, 0, "  if (err.code === (-5999 as const)) return undefined;")
  .join("\n")
  .replaceAll("(err, retry)", "(err: any, retry: () => unknown)")}\n`;

export const isTypeScript = (file) => /^\.[cm]?tsx?$/u.test(file.slice(file.lastIndexOf(".")));

/** `text` (of a file named `file`) with the seed function appended on a line of its own. */
export function seeded(text, file) {
  return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${isTypeScript(file) ? SEED_TS : SEED_JS}`;
}

/**
 * Sites as a minifier leaves them, appended after the minified file: esbuild puts the literal of a
 * comparison on the right and folds a switch into `||` chains, so these are written already minified, with
 * no space after `case`, `return` and `void` and none around the operators.
 */
export const MINIFIED_SEED =
  ";function cosMinifiedSeed(e,r){switch(e.code){case-96:return r();case-71:throw e;case-5963:return null}" +
  'if(-4018===e.code||-97==e.code)return r();if(e.code=="-55")throw e;return-133===e.code?r():[-4017,-66].includes(e.code)}' +
  ';function cosMinifiedXmlSeed(e,r){switch(e.code){case"SlowDown":return r();case"NoSuchKey":throw e}' +
  'if("AccessDenied"===e.code||"NoSuchBucket"==e.error?.Code)return r();return 404===e.statusCode?null:["InternalError"].includes(e.code)}' +
  "const cosMinifiedFlag=-96===globalThis.cosSeedCode;";
