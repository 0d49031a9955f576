// Which files each pass of `npm run robustness` takes.

/** The extensions of the files linted as JavaScript or TypeScript. */
export const EXTENSIONS = [".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"];
/** Larger files are skipped (counted). */
export const MAX_BYTES = 1024 * 1024;
/** The seeded pass takes files up to this size: 99.6% of the files, three quarters of the bytes. */
export const SEED_MAX_BYTES = 128 * 1024;
/**
 * The minified and CRLF passes take every Nth file of the run (by its index in the sorted list, so an even
 * spread over the sources) that the seeded pass takes: 1 in 5 each, disjoint, to keep the run within 15 min.
 */
export const MINIFIED_EVERY = 5;
export const CRLF_EVERY = 5;
export const takesMinified = (index) => index % MINIFIED_EVERY === 0;
export const takesCrlf = (index) => index % CRLF_EVERY === 2;
