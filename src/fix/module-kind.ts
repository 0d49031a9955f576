/**
 * Whether a new import of the constants is an ES `import` or a CommonJS `require`. The decision, in this
 * order (docs/rules/prefer-named-code.md says the same):
 *
 * 1. `.mjs` / `.mts`: ES module. `.cjs` / `.cts`: CommonJS.
 * 2. ES module syntax (an `import` or `export` declaration, a top-level `await` or `for await`): ES module,
 *    whatever else the file mentions (`typeof module !== "undefined"` is feature detection, not CommonJS).
 * 3. A top-level `define(…)` call, `define` not declared in the file: AMD / SeaJS (a `require` inside the
 *    factory, see constants-import.ts).
 * 4. `languageOptions.sourceType: "commonjs"`: CommonJS.
 * 5. The nearest package.json above the file: `"type": "module"`: ES module; `"type": "commonjs"`: CommonJS;
 *    without `type` (or unreadable), Node's rule: CommonJS for a JavaScript file (`.js`, `.jsx`). A
 *    TypeScript file goes on: its compiler turns an `import` into what the project emits.
 * 6. No package.json (or a TypeScript file in a package without `type`): CommonJS if the file has a
 *    top-level `require` declaration or uses `require`, `module` or `exports` as globals.
 * 7. Otherwise the parser's `sourceType`: `"module"`: ES module; `"script"`: CommonJS.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { Cache } from "../detect/index.js";

// The plugin has no static Node dependency (it is bundled for browsers too): Node's file system is looked
// up at run time; without it no package.json is read.
interface NodeFs {
  readFileSync(file: string, encoding: "utf8"): string;
}
interface NodePath {
  dirname(file: string): string;
  join(...parts: string[]): string;
  isAbsolute(file: string): boolean;
}
const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  ?.getBuiltinModule;
const fs = getBuiltinModule?.("node:fs") as NodeFs | undefined;
const path = getBuiltinModule?.("node:path") as NodePath | undefined;

type SourceCode = Readonly<TSESLint.SourceCode>;
export type ModuleKind = "module" | "commonjs" | "amd";
/** A package.json's `type`: `"untyped"` when it has none (or cannot be read); `undefined`: no package.json. */
type PackageType = "module" | "commonjs" | "untyped" | undefined;

/** The `type` of the package.json nearest to each directory looked up. */
const packageTypes = Cache.bounded<string, PackageType>(4096);

function readPackageType(file: string): PackageType | null {
  let text: string;
  try {
    text = fs!.readFileSync(file, "utf8");
  } catch {
    return null; // no package.json here
  }
  try {
    const type = (JSON.parse(text) as { type?: unknown } | null)?.type;
    return type === "module" || type === "commonjs" ? type : "untyped";
  } catch {
    return "untyped"; // Node stops at an unreadable package.json too, and treats the file as CommonJS
  }
}

/** The `type` of the nearest package.json above `directory`, cached per directory on the way up. */
export function packageTypeOf(directory: string): PackageType {
  if (!fs || !path) return undefined;
  const visited: string[] = [];
  let result: PackageType;
  for (let dir = directory; ;) {
    if (packageTypes.has(dir)) {
      result = packageTypes.peek(dir);
      break;
    }
    visited.push(dir);
    const found = readPackageType(path.join(dir, "package.json"));
    if (found !== null) {
      result = found;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      result = undefined;
      break;
    }
    dir = parent;
  }
  for (const dir of visited) packageTypes.get(dir, () => result);
  return result;
}

const isFunction = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.FunctionDeclaration ||
  node.type === AST_NODE_TYPES.FunctionExpression ||
  node.type === AST_NODE_TYPES.ArrowFunctionExpression;

/** Whether the file has an `await` or `for await` outside every function. */
function hasTopLevelAwait(sourceCode: SourceCode): boolean {
  for (const token of sourceCode.ast.tokens) {
    if (token.value !== "await") continue;
    const node = sourceCode.getNodeByRangeIndex(token.range[0]);
    if (node?.type !== AST_NODE_TYPES.AwaitExpression && !(node?.type === AST_NODE_TYPES.ForOfStatement && node.await))
      continue;
    let ancestor: TSESTree.Node | undefined = node.parent;
    while (ancestor && !isFunction(ancestor)) ancestor = ancestor.parent;
    if (!ancestor) return true;
  }
  return false;
}

function hasModuleSyntax(sourceCode: SourceCode): boolean {
  const moduleStatement = sourceCode.ast.body.some(
    (s) =>
      s.type === AST_NODE_TYPES.ImportDeclaration ||
      s.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      s.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      s.type === AST_NODE_TYPES.ExportAllDeclaration,
  );
  return moduleStatement || hasTopLevelAwait(sourceCode);
}

/** Whether the file uses `module`, `exports` or `require` without declaring them. */
function usesCommonJsGlobals(sourceCode: SourceCode): boolean {
  const through = sourceCode.scopeManager?.globalScope?.through ?? [];
  return through.some((reference) => ["module", "exports", "require"].includes(reference.identifier.name));
}

/** Whether a top-level statement calls `define(…)`, and the file declares no `define` of its own. */
function isAmd(sourceCode: SourceCode): boolean {
  const define = sourceCode.scopeManager?.globalScope?.set.get("define");
  if (define && define.defs.length > 0) return false;
  return sourceCode.ast.body.some(
    (s) =>
      s.type === AST_NODE_TYPES.ExpressionStatement &&
      s.expression.type === AST_NODE_TYPES.CallExpression &&
      s.expression.callee.type === AST_NODE_TYPES.Identifier &&
      s.expression.callee.name === "define",
  );
}

export interface ModuleKindInput {
  readonly sourceCode: SourceCode;
  readonly filename: string;
  /** `languageOptions.sourceType` as configured (ESLint 9+), if known. */
  readonly declaredSourceType: string | undefined;
  /** Whether the file has a top-level `require` declaration. */
  readonly requiresAtTopLevel: boolean;
}

export function moduleKindOf({
  sourceCode,
  filename,
  declaredSourceType,
  requiresAtTopLevel,
}: ModuleKindInput): ModuleKind {
  if (/\.m[jt]s$/u.test(filename)) return "module";
  if (/\.c[jt]s$/u.test(filename)) return "commonjs";
  if (hasModuleSyntax(sourceCode)) return "module";
  if (isAmd(sourceCode)) return "amd";
  if (declaredSourceType === "commonjs") return "commonjs";
  const packageType = path?.isAbsolute(filename) ? packageTypeOf(path.dirname(filename)) : undefined;
  if (packageType === "module" || packageType === "commonjs") return packageType;
  if (packageType === "untyped" && /\.jsx?$/u.test(filename)) return "commonjs";
  if (requiresAtTopLevel || usesCommonJsGlobals(sourceCode)) return "commonjs";
  return sourceCode.ast.sourceType === "module" ? "module" : "commonjs";
}
