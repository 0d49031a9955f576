/**
 * Parser for Tencent's verbatim error table (data/source/cos-json-api-error-codes.md). The table is not
 * clean Markdown: a cell may be wrapped in double quotes and then contain `|` (`-121`, `-101`, `-71`,
 * `-5980`). A cell's text is its content with the wrapping quotes and surrounding spaces removed.
 */
export interface SeedRow {
  readonly line: number;
  readonly code: number;
  readonly zh: string;
}

/** Splits one table line into cells; a cell that opens with `"` runs to the `"` that precedes a `|`. */
export function splitCells(line: string): string[] {
  if (!line.startsWith("|")) throw new Error(`not a table line: ${line}`);
  const cells: string[] = [];
  let i = 1;
  while (i < line.length) {
    let end: number;
    let text: string;
    const lead = line.slice(i).length - line.slice(i).trimStart().length;
    if (line[i + lead] === '"') {
      const close = line.indexOf('"|', i + lead + 1);
      if (close < 0) throw new Error(`unclosed quoted cell: ${line}`);
      text = line.slice(i + lead + 1, close);
      end = close + 1;
    } else {
      end = line.indexOf("|", i);
      if (end < 0) throw new Error(`unterminated cell: ${line}`);
      text = line.slice(i, end);
    }
    cells.push(text.trim());
    i = end + 1;
  }
  return cells;
}

/** Every data row of the table (header and separator skipped), in order. */
export function parseSeedTable(markdown: string): SeedRow[] {
  const lines = markdown.split(/\r?\n/u);
  const rows: SeedRow[] = [];
  lines.forEach((text, index) => {
    if (!text.startsWith("|")) return;
    const cells = splitCells(text);
    if (cells.length !== 2) throw new Error(`line ${index + 1}: expected 2 cells, got ${cells.length}`);
    const [code = "", zh = ""] = cells;
    if (!/^-?\d+$/u.test(code)) return; // the header and the --- separator
    rows.push({ line: index + 1, code: Number(code), zh });
  });
  return rows;
}
