// Excerpts of texts for the robustness findings.

export function clip(s, max = 400) {
  return s.length > max ? `${s.slice(0, max / 2)} […] ${s.slice(-max / 2)}` : s;
}

/** The lines around `line` (1-based), numbered, each cut to 200 characters. */
export function excerpt(text, line, around = 3) {
  const lines = text.split("\n");
  const from = Math.max(0, line - 1 - around);
  return lines
    .slice(from, line + around)
    .map((l, i) => `${String(from + i + 1).padStart(6)} | ${l.slice(0, 200)}`)
    .join("\n");
}

export function lineAt(text, line) {
  return text.split("\n", line).at(-1) ?? "";
}

/** Where `a` and `b` first differ: the line, and an excerpt of each there. */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const lineNumber = a.slice(0, i).split("\n").length;
  return { line: lineNumber, before: excerpt(a, lineNumber, 1), after: excerpt(b, lineNumber, 1) };
}

/** The offset of the first LF not preceded by CR in `text`, or -1. */
export const loneLf = (text) => text.search(/(?<!\r)\n/u);

/** `text` with every line break as CRLF. */
export const toCrlf = (text) => text.replace(/\r?\n/gu, "\r\n");
