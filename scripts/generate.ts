/**
 * `npm run generate`: writes src/codes.ts and docs/codes.md from data/, and src/package-meta.ts from package.json.
 * `npm run check:generated` (`--check`): fails, naming the files, when they are out of sync with data/.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expectedGeneratedFiles } from "./codegen.js";
import { ROOT } from "./data.js";

const check = process.argv.includes("--check");
const stale: string[] = [];
for (const [file, content] of Object.entries(expectedGeneratedFiles())) {
  const target = path.join(ROOT, file);
  let current: string | undefined;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  stale.push(file);
  if (!check) writeFileSync(target, content);
}
if (check && stale.length > 0) {
  console.error(`Out of sync with data/: ${stale.join(", ")}. Run \`npm run generate\` and commit the result.`);
  process.exitCode = 1;
} else {
  console.log(
    check
      ? "Generated files are in sync with data/."
      : `Generated: ${stale.length === 0 ? "nothing changed" : stale.join(", ")}.`,
  );
}
