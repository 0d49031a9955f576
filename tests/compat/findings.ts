// Shared by the compat tests: where the example project is, how a lint result is normalised, and the
// findings the recommended config must give on examples/ (the same on every ESLint version and run mode).
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Linter } from "eslint";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const examples = path.join(root, "examples");

/** The fields every ESLint from 8.57 to 10 reports, in the shape of ESLint 10's types. */
type Message = Pick<Linter.LintMessage, "line" | "column" | "ruleId" | "message" | "messageId" | "severity"> &
  Partial<Pick<Linter.LintMessage, "endLine" | "endColumn" | "fix" | "suggestions" | "fatal">>;
export interface Result {
  readonly filePath: string;
  readonly messages: readonly Message[];
}

const relative = (filePath: string): string => path.relative(examples, filePath).split(path.sep).join("/");

const sorted = (lines: string[]): string[] => lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** `relativePath:line:column ruleId messageId` (the message text when there is no messageId), sorted. */
export function findings(results: readonly Result[]): string[] {
  return sorted(
    results.flatMap((result) =>
      result.messages.map(
        (m) => `${relative(result.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.messageId ?? m.message}`,
      ),
    ),
  );
}

/**
 * Everything else a finding carries (severity, end position, text, autofix, suggestions), one JSON line
 * each, sorted: what must also be identical between ESLint versions and run modes.
 */
export function details(results: readonly Result[]): string[] {
  return sorted(
    results.flatMap((result) =>
      result.messages.map((m) =>
        JSON.stringify([
          relative(result.filePath),
          m.line,
          m.column,
          m.endLine ?? null,
          m.endColumn ?? null,
          m.ruleId,
          m.messageId ?? null,
          m.severity,
          m.message,
          m.fatal ?? false,
          m.fix ?? null,
          (m.suggestions ?? []).map((s) => [s.messageId ?? null, s.desc, s.fix]),
        ]),
      ),
    ),
  );
}

/** The files that were linted, relative to examples/, sorted. */
export const lintedFiles = (results: readonly Result[]): string[] => sorted(results.map((r) => relative(r.filePath)));

/** The example sources every CLI run lints (relative to examples/), in sorted order. */
export const EXAMPLE_SOURCES: readonly string[] = [
  "src/download.ts",
  "src/legacy-v4.cjs",
  "src/miniprogram/avatar-upload.js",
  "src/not-cos.js",
  "src/upload.js",
  "src/xml-api/avatars.ts",
  "src/xml-api/cos-storage.js",
  "src/xml-api/uploads.js",
];

/**
 * What the plugin's recommended config reports on examples/ (see examples/README.md). Written out on
 * purpose, not a snapshot file: a change here is a change in what users see.
 */
export const EXPECTED_FINDINGS: readonly string[] = [
  "src/download.ts:63:20 cos-errors/prefer-named-code preferNamedCode",
  "src/download.ts:87:9 cos-errors/sdk-error-shape statusInCode",
  "src/legacy-v4.cjs:26:11 cos-errors/prefer-named-code preferNamedCode",
  "src/legacy-v4.cjs:26:16 cos-errors/prefer-named-code preferNamedCode",
  "src/legacy-v4.cjs:36:22 cos-errors/prefer-named-code preferNamedCode",
  "src/legacy-v4.cjs:38:29 cos-errors/prefer-named-code preferNamedCode",
  "src/legacy-v4.cjs:58:5 cos-errors/handle-non-retryable noFallback",
  "src/legacy-v4.cjs:59:12 cos-errors/prefer-named-code preferNamedCode",
  "src/legacy-v4.cjs:63:12 cos-errors/no-retry-non-retryable retryBeforeFix",
  "src/legacy-v4.cjs:63:12 cos-errors/prefer-named-code preferNamedCode",
  "src/miniprogram/avatar-upload.js:33:15 cos-errors/sdk-error-shape wxHasNoCode",
  "src/miniprogram/avatar-upload.js:33:28 cos-errors/prefer-named-code preferNamedXmlCode",
  "src/upload.js:85:24 cos-errors/no-unknown-code unknownCodeDidYouMean",
  "src/upload.js:85:7 cos-errors/handle-non-retryable fallbackRetries",
  "src/upload.js:88:31 cos-errors/no-retry-non-retryable retryBeforeFix",
  "src/upload.js:88:31 cos-errors/prefer-named-code preferNamedCode",
  "src/upload.js:91:31 cos-errors/prefer-named-code preferNamedCode",
  "src/upload.js:93:31 cos-errors/prefer-named-code preferNamedCode",
  "src/upload.js:93:51 cos-errors/prefer-named-code preferNamedCode",
  "src/upload.js:96:31 cos-errors/no-retry-non-retryable neverRetryable",
  "src/upload.js:96:31 cos-errors/prefer-named-code preferNamedCode",
  "src/xml-api/cos-storage.js:19:22 cos-errors/no-unknown-code unknownCodeDidYouMean",
  "src/xml-api/cos-storage.js:30:22 cos-errors/prefer-named-code preferNamedXmlCode",
  "src/xml-api/cos-storage.js:30:9 cos-errors/sdk-error-shape headHasNoBody",
  "src/xml-api/cos-storage.js:39:11 cos-errors/sdk-error-shape statusInCode",
  "src/xml-api/cos-storage.js:50:28 cos-errors/prefer-named-code preferNamedXmlCode",
  "src/xml-api/cos-storage.js:50:5 cos-errors/handle-non-retryable fallbackRetries",
  "src/xml-api/cos-storage.js:50:9 cos-errors/sdk-error-shape bodyMayBeMissing",
  "src/xml-api/uploads.js:13:22 cos-errors/prefer-named-code preferNamedXmlCode",
  "src/xml-api/uploads.js:27:24 cos-errors/no-retry-non-retryable neverRetryable",
  "src/xml-api/uploads.js:27:24 cos-errors/prefer-named-code preferNamedXmlCode",
  "src/xml-api/uploads.js:39:5 cos-errors/handle-non-retryable noFallback",
  "src/xml-api/uploads.js:40:12 cos-errors/prefer-named-code preferNamedXmlCode",
  "src/xml-api/uploads.js:41:12 cos-errors/prefer-named-code preferNamedXmlCode",
];

/** Errors and warnings among EXPECTED_FINDINGS (recommended: correctness rules error, style rules warn). */
export const EXPECTED_COUNTS = { errors: 15, warnings: 19 } as const;

export function counts(results: readonly Result[]): { errors: number; warnings: number } {
  const all = results.flatMap((r) => r.messages);
  return { errors: all.filter((m) => m.severity === 2).length, warnings: all.filter((m) => m.severity === 1).length };
}
