#!/usr/bin/env node
// The `eslint-plugin-cos-errors` bin (`npx eslint-plugin-cos-errors explain -96`): runs ./explain.js on the
// command line's arguments. Node's `process` is reached through globalThis, so the build needs no Node types.
import { run } from "./explain.js";

interface NodeProcess {
  readonly argv: readonly string[];
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  exitCode?: number;
}
const { process } = globalThis as unknown as { process: NodeProcess };

const result = run(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
