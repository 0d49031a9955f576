// The benchmark's corpus in bench/corpus/: the pinned packages, a copy of examples/, the type-checked
// subset, and the check that the generated configs there load this checkout's dist/.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CORPUS, ensureCorpus } from "../lib/corpus.mjs";
import { countLines, listFiles } from "../lib/files.mjs";
import { int, sum } from "../lib/format.mjs";
import { corpusDir, distDir, rel, root } from "../lib/paths.mjs";

/** The corpus packages (pinned in scripts/lib/corpus.mjs, shared with `npm run robustness`). */
export const PACKAGES = CORPUS;
/** The type-checked subset: zod's src/v4 without its tests (self-contained, ~100 files). */
export const TYPED = { name: "zod-v4-typed", from: ["zod", "src", "v4"] };

/** A copy of zod's src/v4 without tests, with a tsconfig.json so that `projectService` finds a project. */
function buildTypedSubset() {
  const target = path.join(corpusDir, TYPED.name);
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(corpusDir, ...TYPED.from), target, {
    recursive: true,
    filter: (file) => path.basename(file) !== "tests",
  });
  const tsconfig = {
    compilerOptions: {
      target: "es2022",
      lib: ["es2022", "dom"],
      module: "esnext",
      moduleResolution: "bundler",
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    },
    include: ["**/*.ts"],
  };
  writeFileSync(path.join(target, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
}

/**
 * The configs in bench/corpus/ import the plugin by name: with no package.json in bench/corpus, that is
 * the package's self-reference through the root package.json `exports`, i.e. this checkout's dist/.
 */
function checkPluginResolution(fail) {
  if (existsSync(path.join(corpusDir, "package.json")))
    fail("bench/corpus/package.json exists; the plugin would not resolve by self-reference");
  const resolved = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", 'console.log(import.meta.resolve("eslint-plugin-cos-errors"))'],
    { cwd: corpusDir, encoding: "utf8" },
  ).stdout.trim();
  const expected = pathToFileURL(path.join(distDir, "esm", "index.js")).href;
  if (resolved !== expected)
    fail(`from bench/corpus, eslint-plugin-cos-errors resolves to ${resolved || "nothing"}, expected ${expected}`);
  console.log(
    `  eslint-plugin-cos-errors resolves from bench/corpus to ${rel(fileURLToPath(resolved))} (self-reference)`,
  );
}

/**
 * Fetches what is missing, copies examples/ and builds the typed subset; returns the parts to lint (label,
 * glob pattern, files, lines) and the counts that go into results.json as `corpus`.
 */
export function prepareCorpus(fail) {
  console.log("\nCorpus (bench/corpus/, git-ignored):");
  mkdirSync(corpusDir, { recursive: true });
  try {
    for (const pkg of ensureCorpus(root, PACKAGES)) console.log(`  ${pkg.name}@${pkg.version}: ${pkg.status}`);
  } catch (error) {
    fail(error.message);
  }
  rmSync(path.join(corpusDir, "examples"), { recursive: true, force: true });
  cpSync(path.join(root, "examples"), path.join(corpusDir, "examples"), { recursive: true });
  buildTypedSubset();
  checkPluginResolution(fail);

  const parts = [
    ...PACKAGES.map((pkg) => ({
      label: `${pkg.name}@${pkg.version}`,
      pattern: `${pkg.name}/${pkg.dir}/**/*${pkg.ext}`,
      files: listFiles(path.join(corpusDir, pkg.name, pkg.dir), { extensions: [pkg.ext] }).files,
    })),
    // ESLint lints the files of a directory that a config block's `files` matches: .js/.mjs/.cjs, and .ts here.
    {
      label: "examples/",
      pattern: "examples/src",
      files: listFiles(path.join(corpusDir, "examples", "src"), { extensions: [".js", ".mjs", ".cjs", ".ts"] }).files,
    },
  ];
  for (const part of parts) part.lines = countLines(part.files);
  const typedFiles = listFiles(path.join(corpusDir, TYPED.name), { extensions: [".ts"] }).files;
  const zod = PACKAGES.find((pkg) => pkg.name === TYPED.from[0]);
  const info = {
    parts: parts.map(({ label, pattern, files, lines }) => ({ label, pattern, files: files.length, lines })),
    files: sum(parts.map((part) => part.files.length)),
    lines: sum(parts.map((part) => part.lines)),
    typed: {
      label: `${TYPED.name}: ${zod.name}@${zod.version} ${TYPED.from.slice(1).join("/")}, no tests`,
      files: typedFiles.length,
      lines: countLines(typedFiles),
    },
  };
  const row = (label, files, lines, note = "") =>
    console.log(`  ${label.padEnd(22)} ${String(files).padStart(5)} files ${int(lines).padStart(9)} lines${note}`);
  for (const part of info.parts) row(part.pattern, part.files, part.lines);
  row("total", info.files, info.lines);
  row(`${TYPED.name}/**/*.ts`, info.typed.files, info.typed.lines, " (type-checked subset)");
  return { parts, info };
}
