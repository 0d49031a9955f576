/** Type-checks a TypeScript module against the real constants module (src/codes.ts as `cos-error-codes`). */
import path from "node:path";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The type errors of `source`, compiled in memory as `tests/rules/<name>.ts` (strict, ES2022, bundler
 * resolution) with `cos-error-codes` mapped to src/codes.ts: `file: message` per diagnostic.
 */
export function typeErrors(source: string, name = "__fixed__"): string[] {
  const fileName = path.join(root, "tests", "rules", `${name}.ts`);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2023.d.ts"],
    types: [],
    skipLibCheck: true,
    paths: { "cos-error-codes": [path.join(root, "src", "codes.ts")] },
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (file, languageVersion, ...rest) =>
    path.resolve(file) === fileName
      ? ts.createSourceFile(file, source, languageVersion, true)
      : getSourceFile(file, languageVersion, ...rest);
  host.fileExists = (file) => path.resolve(file) === fileName || fileExists(file);
  host.readFile = (file) => (path.resolve(file) === fileName ? source : readFile(file));
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file ? path.basename(d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
}
