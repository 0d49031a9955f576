// What the command-line entry points share: stopping with a message, and reading numeric flags.

/** A `fail(message)` that prints `<name>: message` and exits with status 1. */
export function failer(name) {
  return (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
}

/** `value` (a flag's text) as a positive integer, `fallback` when absent; `fail`s on anything else. */
export function positiveInt(flag, value, fallback, fail) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${flag} expects a positive integer, got ${value}`);
  return n;
}
