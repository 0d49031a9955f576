/**
 * `npm run generate`: rewrites the generated region of src/codes.ts and writes docs/codes.md from data/, and
 * src/package-meta.ts from package.json, and syncs packages/cos-error-codes (its LICENSE and the version in its
 * package.json) with the plugin; that package's build compiles src/codes.ts itself.
 * `npm run check:generated` (`--check`): fails, naming the files, when they are out of sync with data/.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { expectedGeneratedFiles, readCurrent, staleFiles, staleMessage } from "./codegen.js";
import { ROOT } from "./data.js";

const check = process.argv.includes("--check");
const expected = await expectedGeneratedFiles();
const stale = staleFiles(expected, (file) => readCurrent(path.join(ROOT, file)));
if (!check) for (const file of stale) writeFileSync(path.join(ROOT, file), expected[file]!);
if (check && stale.length > 0) {
  console.error(staleMessage(stale));
  process.exitCode = 1;
} else {
  console.log(
    check
      ? "Generated files are in sync with data/."
      : `Generated: ${stale.length === 0 ? "nothing changed" : stale.join(", ")}.`,
  );
}
