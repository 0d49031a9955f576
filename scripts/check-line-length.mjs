// `npm run check:format` (with prettier --check): no line of src/ is over 120 characters. Prettier keeps
// code within its print width but leaves long strings and comments alone; this check counts characters
// (code points), so Chinese descriptions are measured as a reader sees them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const LIMIT = 120;
const src = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "src");
const long = [];
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.[cm]?ts$/u.test(entry.name)) continue;
  const file = path.join(entry.parentPath, entry.name);
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      const length = [...line].length;
      if (length > LIMIT) long.push(`${path.relative(process.cwd(), file)}:${index + 1}: ${length} characters`);
    });
}
if (long.length > 0) {
  console.error(`Lines over ${LIMIT} characters:\n${long.join("\n")}`);
  process.exit(1);
}
console.log(`No line of src/ is over ${LIMIT} characters.`);
