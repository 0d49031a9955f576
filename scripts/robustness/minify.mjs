// Minifying a corpus file for the minified pass: esbuild's syntax and whitespace minification, with no
// renaming of identifiers, so the code sites keep their names and meet the minifier's spacing.
import { transform } from "esbuild";

const LOADERS = { ".ts": "ts", ".mts": "ts", ".cts": "ts", ".tsx": "tsx", ".jsx": "jsx" };

/** `{ code }`, or `{ error }` when esbuild refuses the file (JSX in a .js file, a syntax it lacks). */
export async function minify(text, file) {
  const ext = file.slice(file.lastIndexOf("."));
  try {
    const { code } = await transform(text, {
      loader: LOADERS[ext] ?? "js",
      minifySyntax: true,
      minifyWhitespace: true,
      minifyIdentifiers: false,
      legalComments: "none",
      logLevel: "silent",
    });
    return { code };
  } catch (error) {
    return { error: String(error.message ?? error).split("\n")[0] };
  }
}
