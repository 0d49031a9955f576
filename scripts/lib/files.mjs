// Listing and counting the files of a corpus folder.
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The files under `dir` whose name ends with one of `extensions`, sorted; symbolic links are not followed.
 * `skipNodeModules` leaves out nested node_modules/ folders; a file over `maxBytes` is counted in `tooBig`
 * instead of listed.
 */
export function listFiles(dir, { extensions, skipNodeModules = true, maxBytes = Infinity }) {
  const files = [];
  let tooBig = 0;
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const file = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!(skipNodeModules && entry.name === "node_modules")) walk(file);
      } else if (entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext))) {
        if (maxBytes !== Infinity && lstatSync(file).size > maxBytes) tooBig++;
        else files.push(file);
      }
    }
  };
  walk(dir);
  return { files: files.sort(), tooBig };
}

/** The number of lines of `files` (a last line without a newline counts; an empty file has none). */
export function countLines(files) {
  let lines = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (text.length === 0) continue;
    let n = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
    lines += text.endsWith("\n") ? n : n + 1;
  }
  return lines;
}

/** An even sample of at most `count` items of `list`, in order. */
export function evenSample(list, count) {
  if (count >= list.length) return list;
  const step = list.length / count;
  return Array.from({ length: count }, (_, i) => list[Math.floor(i * step)]);
}
