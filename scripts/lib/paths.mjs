// The checkout's folders, found from this file's place in it (scripts/lib/), never from the working directory.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const benchDir = path.join(root, "bench");
/** bench/corpus/: the fetched packages (git-ignored). */
export const corpusDir = path.join(benchDir, "corpus");
/** bench/tmp/: generated files and reports (git-ignored). */
export const tmpDir = path.join(benchDir, "tmp");
export const distDir = path.join(root, "dist");

/** `file` relative to the repository root, for output. */
export const rel = (file) => path.relative(root, file);
