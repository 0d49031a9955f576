/**
 * The catalogue the rules read: the generated runtime module's entries (which mirror `data/`), indexed
 * by code and by name, optionally extended with the user's `extraCodes`. Lookups are `Map` reads.
 */
import { cosErrorCatalog, cosErrorCategories } from "../codes.js";
import { validateExtraCodes, type CatalogEntry, type CategoryInfo } from "./validate.js";

export type { CatalogEntry, CategoryInfo, RetryClass } from "./validate.js";
export { CatalogError } from "./validate.js";

export class Catalog {
  readonly #byCode: ReadonlyMap<number, CatalogEntry>;
  readonly #byName: ReadonlyMap<string, CatalogEntry>;
  readonly #categories: ReadonlyMap<string, CategoryInfo>;

  constructor(
    readonly entries: readonly CatalogEntry[],
    readonly categories: readonly CategoryInfo[],
  ) {
    this.#byCode = new Map(entries.map((e) => [e.code, e]));
    this.#byName = new Map(entries.map((e) => [e.name, e]));
    this.#categories = new Map(categories.map((c) => [c.id, c]));
  }

  byCode(code: number): CatalogEntry | undefined {
    return this.#byCode.get(code);
  }

  byName(name: string): CatalogEntry | undefined {
    return this.#byName.get(name);
  }

  category(id: string): CategoryInfo | undefined {
    return this.#categories.get(id);
  }

  /** A new catalogue with the user's `extraCodes` added; throws a `CatalogError` naming `where`. */
  extend(extraCodes: unknown, where: string): Catalog {
    const extra = validateExtraCodes(extraCodes, where, this.#categories, {
      codes: new Set(this.#byCode.keys()),
      names: new Set(this.#byName.keys()),
    });
    return extra.length === 0 ? this : new Catalog([...this.entries, ...extra], this.categories);
  }
}

/** The built-in catalogue, built once. */
export const builtinCatalog = new Catalog(cosErrorCatalog, cosErrorCategories);
