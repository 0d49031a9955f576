/**
 * Shape: a code expression, an expression that holds a COS error code or the HTTP status of a COS error.
 * - `err.code`, `err?.code`, `err['code']`, `` err[`code`] ``, `err.error.Code` (a member whose static name
 *   is a code name), `err.statusCode` (a status name);
 * - an identifier named like a code or a status (`code`, `errorCode`, `statusCode`);
 * - any other identifier, which is one when it is bound by destructuring a code or status property
 *   (`const { code: c } = err`): the question left for resolution;
 * - `Number(x)`, `String(x)`, `+x` around one of these, where `Number` / `String` must be the globals (a
 *   question left for resolution); TypeScript wrappers (`x as number`, `x!`) are looked through.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { memberName, singleArgument, skipWrappers } from "./syntax.js";

/** How the code is read: as it is, or converted by `Number(x)` / `+x` or `String(x)`. */
export type Conversion = "none" | "number" | "string";

/** What the expression reads: an error code (`err.code`, `err.error.Code`) or an HTTP status (`err.statusCode`). */
export type Reads = "code" | "status";

export type CodeReadMatch =
  /** `err.code`: certain. */
  | {
      readonly kind: "property";
      readonly node: TSESTree.MemberExpression;
      readonly name: string;
      readonly reads: Reads;
    }
  /** `code`: certain. */
  | { readonly kind: "named"; readonly node: TSESTree.Identifier; readonly reads: Reads }
  /** `c`: a code if bound by destructuring a code property. */
  | { readonly kind: "maybe-renamed"; readonly node: TSESTree.Identifier };

export interface CodeExpressionMatch {
  /** The expression as written at the site. */
  readonly node: TSESTree.Node;
  readonly read: CodeReadMatch;
  /** The outermost conversion around the read. */
  readonly conversion: Conversion;
  /** The `Number` / `String` callees of the conversions, each a question: is it the global? */
  readonly globals: readonly TSESTree.Identifier[];
}

function conversionOf(
  node: TSESTree.Node,
): { conversion: Conversion; callee?: TSESTree.Identifier; inner: TSESTree.Node } | undefined {
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "+") {
    return { conversion: "number", inner: node.argument };
  }
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier) {
    const name = node.callee.name;
    const argument = singleArgument(node);
    if (argument && (name === "Number" || name === "String")) {
      return { conversion: name === "Number" ? "number" : "string", callee: node.callee, inner: argument };
    }
  }
  return undefined;
}

const NO_GLOBALS: readonly TSESTree.Identifier[] = [];

/** The names the code expression matcher knows. */
export interface CodeNames {
  readonly codeNames: ReadonlySet<string>;
  readonly statusNames: ReadonlySet<string>;
}

/** What a property or variable named `name` reads, if it is a code or status name. */
export function readsOf(name: string, names: CodeNames): Reads | undefined {
  if (names.codeNames.has(name)) return "code";
  return names.statusNames.has(name) ? "status" : undefined;
}

/** The code expression shape at `node`, or `undefined` when it cannot be one. */
export function matchCodeExpression(node: TSESTree.Node, names: CodeNames): CodeExpressionMatch | undefined {
  let current = skipWrappers(node);
  let conversion: Conversion = "none";
  let globals: TSESTree.Identifier[] | undefined;
  for (let step = conversionOf(current); step; step = conversionOf(current)) {
    if (conversion === "none") conversion = step.conversion;
    if (step.callee) (globals ??= []).push(step.callee);
    current = skipWrappers(step.inner);
  }
  let read: CodeReadMatch | undefined;
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(current);
    const reads = name === undefined ? undefined : readsOf(name, names);
    if (reads) read = { kind: "property", node: current, name: name!, reads };
  } else if (current.type === AST_NODE_TYPES.Identifier && current.name !== "undefined") {
    const reads = readsOf(current.name, names);
    read = reads ? { kind: "named", node: current, reads } : { kind: "maybe-renamed", node: current };
  }
  return read && { node, read, conversion, globals: globals ?? NO_GLOBALS };
}
