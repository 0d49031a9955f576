// The check of one prefer-named-code fix: the replaced literal has the value of the constant that
// replaces it, and nothing else changes but the import the fix may add.
import { clip } from "./text.mjs";

export const NAMESPACE = "cos-errors";
/** `Use \`CosErrorCode.X\` (meaning) instead of the magic number \`-96\`.` */
const PREFER_MESSAGE =
  /^Use `([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)` \(.*\) instead of the magic number `(-?\d+)`\.$/su;
/** `Use \`CosXmlErrorCode.NoSuchKey\` (meaning) instead of the string \`NoSuchKey\`.` */
const PREFER_XML_MESSAGE = /^Use `([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)` \(.*\) instead of the string `([^`]+)`\.$/su;

/** The value of a string literal's source text (`'NoSuchKey'`, `"a\\"b"`, a template without `${}`). */
function stringValue(body) {
  if (body.startsWith("`")) return body.slice(1, -1);
  try {
    return body.startsWith("'")
      ? JSON.parse(`"${body.slice(1, -1).replaceAll('"', '\\"').replaceAll("\\'", "'")}"`)
      : JSON.parse(body);
  } catch {
    return undefined;
  }
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
 * One fix of the first pass. For prefer-named-code: `CosErrorCode[NAME] === code` (or
 * `CosXmlErrorCode[NAME] === "NAME"` for an XML-API string), and the fix replaces a literal of that value by
 * `<object>.NAME`, changing nothing else but an import it may add. The replaced
 * literal is normally the end of the fix range (the import goes before it); an import added after the
 * literal (a `require` below the use) is told apart.
 */
export function checkFix(message, text, constants) {
  const where = `${message.line}:${message.column}`;
  if (message.ruleId !== `${NAMESPACE}/prefer-named-code`)
    return { ok: false, where, problem: `unexpected autofix from ${message.ruleId}` };
  const numeric = PREFER_MESSAGE.exec(message.message);
  const parsed = numeric ?? PREFER_XML_MESSAGE.exec(message.message);
  if (!parsed) return { ok: false, where, problem: `message not understood: ${message.message}` };
  const [, object, name, codeText] = parsed;
  const code = numeric ? Number(codeText) : codeText;
  const table = numeric ? constants.CosErrorCode : constants.CosXmlErrorCode;
  const tableName = numeric ? "CosErrorCode" : "CosXmlErrorCode";
  /** The replaced literal's value, a number or a string as the code is. */
  const valueOf = (sign, body) => (numeric ? literalValue(sign, body) : sign ? undefined : stringValue(body));
  const constant = `${object}.${name}`;
  const { range, text: replacement } = message.fix;
  // ESLint's ranges leave out a byte order mark, as its SourceCode text does.
  const original = text.replace(/^\uFEFF/u, "").slice(range[0], range[1]);
  const fail = (problem) => ({ ok: false, where, problem, original: clip(original), replacement: clip(replacement) });
  if (table[name] !== code) return fail(`${tableName}.${name} is ${table[name]}, the message says ${code}`);
  if (!replacement.includes(constant)) return fail(`the replacement does not contain ${constant}`);

  const trailing = TRAILING_LITERAL.exec(original);
  if (trailing && replacement.endsWith(constant)) {
    const value = valueOf(trailing[1], trailing[2]);
    if (value !== code) return fail(`the replaced literal \`${trailing[0]}\` is ${value}, not ${code}`);
    const keptBefore = original.slice(0, original.length - trailing[0].length);
    const newBefore = replacement.slice(0, replacement.length - constant.length);
    if (!newBefore.endsWith(keptBefore)) return fail("the fix changes more than the literal and an import before it");
    return { ok: true, importAfterUse: false };
  }
  const leading = LEADING_LITERAL.exec(original);
  if (leading && replacement.startsWith(constant)) {
    const value = valueOf(leading[2], leading[3]);
    if (value !== code) return fail(`the replaced literal \`${leading[0]}\` is ${value}, not ${code}`);
    if (!replacement.slice(constant.length).startsWith(original.slice(leading[0].length))) {
      return fail("the fix changes more than the literal and an import after it");
    }
    return { ok: true, importAfterUse: true, where, original: clip(original), replacement: clip(replacement) };
  }
  return fail(`the fix range neither ends nor starts with a literal of value ${code} replaced by ${constant}`);
}
