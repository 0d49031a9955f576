/**
 * What the fix writes into users' files from configuration: the name of the constants object (bound by an
 * import or a require, so it must be a bindable identifier in strict code and in TypeScript) and the module
 * string (escaped into a string literal).
 */

/**
 * Words that cannot name a binding in a module or strict code, or that TypeScript reserves: keywords,
 * strict-mode and future reserved words, `await` (modules), `yield`, `let`, `static`, the literals, and
 * `eval` / `arguments` / `undefined` / `NaN` / `Infinity` (not bindable, or not at the top of a script).
 */
const RESERVED = new Set([
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else"],
  ...["export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "return"],
  ...["super", "switch", "this", "throw", "try", "typeof", "var", "void", "while", "with", "null", "true"],
  ...["false", "enum", "await", "yield", "let", "static", "implements", "interface", "package", "private"],
  ...["protected", "public", "eval", "arguments", "undefined", "NaN", "Infinity"],
]);

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/** The settings and options that name the constants: identifiers, except the module. */
export type ConstantsField = "constantsName" | "xmlConstantsName" | "constantsModule";

/** Why `value` cannot be `constantsName`, or `constantsModule`; `undefined` when it can. */
export function constantsFieldProblem(key: ConstantsField, value: unknown): string | undefined {
  if (key === "constantsModule") {
    return typeof value === "string" && value.trim() !== ""
      ? undefined
      : `expected a non-empty module name, got ${JSON.stringify(value)}`;
  }
  if (typeof value !== "string" || !IDENTIFIER.test(value)) {
    return `expected a JavaScript identifier, got ${JSON.stringify(value)}`;
  }
  if (RESERVED.has(value)) return `expected a name that can be bound, got the reserved word ${JSON.stringify(value)}`;
  return undefined;
}

/** `value` when it is a valid `key`; else throws the error `fail` makes of the problem. */
export function assertConstantsField<T>(
  key: ConstantsField,
  value: T,
  fail: (key: string, problem: string) => Error,
): T {
  const problem = constantsFieldProblem(key, value);
  if (problem !== undefined) throw fail(key, problem);
  return value;
}

const ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** `module` as a string literal in `quote`: backslashes, the quote, line terminators and controls escaped. */
export function quoteModule(module: string, quote: "'" | '"'): string {
  let out = "";
  for (const char of module) {
    if (char === quote) out += `\\${quote}`;
    else if (ESCAPES[char] !== undefined) out += ESCAPES[char];
    else if (char < " " || char === "\u007f") out += `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${quote}${out}${quote}`;
}
