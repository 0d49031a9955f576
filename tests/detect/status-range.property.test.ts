/**
 * Property: a status range with a lower bound (`err.statusCode >= b`, `> b`, `b <= …`, `b < …`) that guards a
 * retry is reported by `no-retry-non-retryable` exactly when it selects a status that a retry cannot fix or
 * that needs a fix first, once, at the bound, naming the lowest such status; 5xx count as backoff. The
 * statuses' classes come from the runtime module (`getCosHttpStatus`), not from the engine. Upper bounds
 * (`< b`, `b > …`) are no test and are never reported. Mutations that made it fail: `x > b` read as `x >= b`
 * (`from: bound.value` in the matcher); 5xx classified by their own rule (501 reported).
 */
import fc from "fast-check";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { getCosHttpStatus } from "../../src/codes.js";
import { assumeCosConfig } from "../helpers/index.js";

const READS = [
  "err.statusCode",
  "err?.statusCode",
  'err["statusCode"]',
  "err.statusCode!",
  "(err.statusCode as number)",
];
const TS_ONLY = new Set(["err.statusCode!", "(err.statusCode as number)"]);

type Form = ">=" | ">" | "<=flipped" | "<flipped" | "<" | ">flipped";
const FORMS: readonly Form[] = [">=", ">", "<=flipped", "<flipped", "<", ">flipped"];

/** The test as written, and the lowest status it selects (`undefined` for an upper bound: no test). */
function rangeTest(read: string, form: Form, bound: number): { text: string; from: number | undefined } {
  switch (form) {
    case ">=":
      return { text: `${read} >= ${bound}`, from: bound };
    case ">":
      return { text: `${read} > ${bound}`, from: bound + 1 };
    case "<=flipped":
      return { text: `${bound} <= ${read}`, from: bound };
    case "<flipped":
      return { text: `${bound} < ${read}`, from: bound + 1 };
    case "<":
      return { text: `${read} < ${bound}`, from: undefined };
    case ">flipped":
      return { text: `${bound} > ${read}`, from: undefined };
  }
}

/** The lowest status from `from` up that a plain retry does not fix, by the runtime table; 5xx are backoff. */
function expectedStatus(from: number): number | undefined {
  for (let status = Math.max(from, 100); status < 500; status++) {
    const entry = getCosHttpStatus(status);
    if (entry && entry.retry !== "backoff") return status;
  }
  return undefined;
}

const linter = new Linter();

describe("a status range from a lower bound is judged as every status from it up", () => {
  for (const typeScript of [false, true]) {
    it(typeScript ? "TypeScript" : "JavaScript", () => {
      const reads = READS.filter((r) => typeScript || !TS_ONLY.has(r));
      fc.assert(
        fc.property(
          fc.constantFrom(...reads),
          fc.constantFrom(...FORMS),
          // any bound, and the edges of the table's classes more often
          fc.oneof(
            fc.integer({ min: 90, max: 610 }),
            fc.constantFrom(299, 300, 303, 304, 399, 400, 403, 404, 407, 408, 428, 429, 499, 500, 501, 599, 600),
          ),
          (read, form, bound) => {
            const { text, from } = rangeTest(read, form, bound);
            const prefix = "export function onError(err: any) {\n  if (";
            const code = `${typeScript ? prefix : prefix.replace(": any", "")}${text}) retry();\n}\n`;
            const messages = linter.verify(
              code,
              assumeCosConfig("no-retry-non-retryable", typeScript),
              typeScript ? "file.ts" : "file.js",
            );
            expect(messages.filter((m) => m.fatal)).toEqual([]);
            const status = from === undefined ? undefined : expectedStatus(from);
            if (status === undefined) {
              expect(messages).toEqual([]);
              return;
            }
            const column = code.split("\n")[1]!.indexOf(String(bound), 6) + 1;
            expect(
              messages.map((m) => ({ code: /^`(\d+)`/u.exec(m.message)?.[1], line: m.line, column: m.column })),
            ).toEqual([{ code: String(status), line: 2, column }]);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
