// Numbers and tables for the console output of the measurement scripts.

export const sum = (values) => values.reduce((total, value) => total + value, 0);

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const ratio = (a, b) => (b > 0 ? a / b : Number.NaN);

/** An integer with thousands separators; `undefined` and `null` print as 0. */
export const int = (n) => Math.round(n ?? 0).toLocaleString("en-US");

/** Milliseconds: no decimals from 100, one from 10, two below. */
export const ms = (n) => (n >= 100 ? int(n) : n.toFixed(n >= 10 ? 1 : 2));

/** Bytes or characters as `12.3 M`, `4.5 k` or `678`. */
export const size = (n) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(1)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : String(n);

/**
 * Prints `title`, then one line per row: the row's `label`, then each column `[heading, get]` right-aligned
 * (numbers through `int`, text as is). A row labelled `total` gets a rule above it.
 */
export function table(title, rows, columns, labelHeading = "source") {
  const cell = (value) => (typeof value === "string" ? value : int(value));
  const labelWidth = Math.max(labelHeading.length, ...rows.map((t) => t.label.length));
  const widths = columns.map(([heading, get]) => Math.max(heading.length, ...rows.map((t) => cell(get(t)).length)));
  const rule = "-".repeat(labelWidth + 2 + sum(widths) + 2 * (columns.length - 1));
  console.log(`\n${title}`);
  console.log(
    `${labelHeading.padEnd(labelWidth)}  ${columns.map(([heading], i) => heading.padStart(widths[i])).join("  ")}`,
  );
  console.log(rule);
  for (const t of rows) {
    if (t.label === "total") console.log(rule);
    console.log(
      `${t.label.padEnd(labelWidth)}  ${columns.map(([, get], i) => cell(get(t)).padStart(widths[i])).join("  ")}`,
    );
  }
}
