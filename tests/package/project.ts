// A throwaway project outside the repository, with the package installed the way npm links a local
// dependency: node_modules/eslint-plugin-cos-errors is a symlink to the repository (dist/ built by
// tests/global-setup.ts). Node resolves the symlink to its real path, so every `import` or `require` of the
// plugin, from any file of the project, reaches the one dist/esm/index.js.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface Project {
  readonly dir: string;
  write(file: string, text: string): void;
  remove(): void;
}

export function makeProject(prefix: string): Project {
  const dir = mkdtempSync(path.join(tmpdir(), `cos-errors-${prefix}-`));
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(root, path.join(dir, "node_modules", "eslint-plugin-cos-errors"), "dir");
  return {
    dir,
    write(file, text) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small ES module with one COS finding of each kind the recommended config reports at line 6. */
export const UPLOAD_JS = `import COS from "cos-nodejs-sdk-v5";

const cos = new COS({});

export function isSigned(err) {
  return err.code === -96;
}
`;
