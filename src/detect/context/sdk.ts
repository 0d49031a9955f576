/**
 * Which COS JavaScript SDK a file uses, from the modules it imports, requires or re-exports: the three v5
 * SDKs report an error in different places (see docs/rules/sdk-error-shape.md), so some judgements hold
 * for one SDK only. A module specifier names an SDK when it is the SDK's package (`cos-nodejs-sdk-v5`), a
 * subpath of it (`cos-js-sdk-v5/dist/cos-js-sdk-v5.min.js`), or a local copy of its bundle, as mini-programs
 * ship it (`./lib/cos-wx-sdk-v5.js`, `../utils/cos-wx-sdk-v5.min.js`). Found from the tokens at the places
 * where the text spells an SDK's name, so a file that names none costs three text searches.
 */
import type { TSESLint } from "@typescript-eslint/utils";
import { moduleSpecifierAt } from "./cos-signal.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** One of the COS JavaScript SDKs whose error objects differ. */
export interface CosSdk {
  readonly id: "node" | "browser" | "wx";
  /** Its npm package. */
  readonly module: string;
}

export const COS_SDKS: readonly CosSdk[] = [
  { id: "node", module: "cos-nodejs-sdk-v5" },
  { id: "browser", module: "cos-js-sdk-v5" },
  { id: "wx", module: "cos-wx-sdk-v5" },
];

/** What the module specifier `value` names of the SDKs: the package, a subpath, or a local copy of its bundle. */
export function specifierSdk(value: string): CosSdk | undefined {
  const named = COS_SDKS.find((sdk) => value === sdk.module || value.startsWith(`${sdk.module}/`));
  if (named || (!value.startsWith(".") && !value.startsWith("/"))) return named;
  const file = value.slice(value.lastIndexOf("/") + 1).replace(/(?:\.min)?\.[cm]?js$/u, "");
  return COS_SDKS.find((sdk) => sdk.module === file);
}

/** The SDK named by the module specifier that spells `sdk.module` at text offset `offset`, if it is one. */
function sdkAt(sourceCode: SourceCode, offset: number): CosSdk | undefined {
  const value = moduleSpecifierAt(sourceCode.ast.tokens, offset);
  return value === undefined ? undefined : specifierSdk(value);
}

/** Every SDK whose module the file imports, requires or re-exports (`import x = require()` and `import()` too). */
export function importedSdks(sourceCode: SourceCode): readonly CosSdk[] {
  const text = sourceCode.text;
  const found = new Set<CosSdk>();
  for (const sdk of COS_SDKS) {
    for (let at = text.indexOf(sdk.module); at !== -1 && !found.has(sdk); at = text.indexOf(sdk.module, at + 1)) {
      const named = sdkAt(sourceCode, at);
      if (named) found.add(named);
    }
  }
  return COS_SDKS.filter((sdk) => found.has(sdk));
}
