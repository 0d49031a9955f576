/**
 * The engine's one cache mechanism. A `Cache` memoises `create(key)` per key, in one of four stores:
 * - `Cache.weak()`: a `WeakMap`, for object keys that outlive a file (a catalogue, the settings) or AST
 *   nodes met outside a file's analysis, so that nothing here keeps a finished file's AST alive;
 * - `Cache.bounded(n)`: a `Map` of at most `n` entries (the oldest is dropped first), for text keys (a
 *   settings object's JSON text, a pattern's source), so that no cache grows without bound in a long run.
 * - `Cache.forFile()`: a plain `Map`, for the memo tables of one file's analysis, which owns them and is
 *   dropped at the file's end; a `Map` costs the garbage collector far less than a `WeakMap` of AST nodes.
 * - `Cache.last()`: one entry, the last key met, compared by identity: for what every rule asks of the file
 *   being linted (its state, keyed by its `Program`) and for the settings object ESLint hands every file of
 *   a config. No table, so a file costs no hashing and no table upkeep.
 */
/**
 * A memo table. Each store is its own class with its own `get`, so that a look-up site meets one kind of
 * store, not four: a shared `get` over a store of any kind made every look-up a megamorphic call.
 */
export abstract class Cache<K, V> {
  /** The value stored for `key`; computed by `create` and stored the first time (`undefined` is a value too). */
  abstract get(key: K, create: (key: K) => V): V;
  /** The stored value, if any, without computing one. */
  abstract peek(key: K): V | undefined;
  abstract has(key: K): boolean;
  abstract delete(key: K): void;

  static weak<K extends object, V>(): Cache<K, V> {
    return new WeakCache<K, V>();
  }

  static forFile<K, V>(): Cache<K, V> {
    return new MapCache<K, V>();
  }

  static last<K, V>(): Cache<K, V> {
    return new LastEntryCache<K, V>();
  }

  static bounded<K, V>(limit: number): Cache<K, V> {
    return new BoundedCache<K, V>(limit);
  }
}

class WeakCache<K extends object, V> extends Cache<K, V> {
  readonly #map = new WeakMap<K, V>();

  get(key: K, create: (key: K) => V): V {
    const value = this.#map.get(key);
    if (value !== undefined || this.#map.has(key)) return value as V;
    const created = create(key);
    this.#map.set(key, created);
    return created;
  }

  peek(key: K): V | undefined {
    return this.#map.get(key);
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  delete(key: K): void {
    this.#map.delete(key);
  }
}

class MapCache<K, V> extends Cache<K, V> {
  protected readonly map = new Map<K, V>();

  get(key: K, create: (key: K) => V): V {
    const value = this.map.get(key);
    if (value !== undefined || this.map.has(key)) return value as V;
    const created = create(key);
    this.set(key, created);
    return created;
  }

  protected set(key: K, value: V): void {
    this.map.set(key, value);
  }

  peek(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  delete(key: K): void {
    this.map.delete(key);
  }
}

/** A `Map` that drops its oldest entry when it would hold more than `limit`. */
class BoundedCache<K, V> extends MapCache<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  protected override set(key: K, value: V): void {
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, value);
  }
}

/** The last entry set, alone. */
class LastEntryCache<K, V> extends Cache<K, V> {
  #key: K | undefined;
  #value: V | undefined;
  #full = false;

  get(key: K, create: (key: K) => V): V {
    if (this.#full && this.#key === key) return this.#value as V;
    const created = create(key);
    this.#key = key;
    this.#value = created;
    this.#full = true;
    return created;
  }

  peek(key: K): V | undefined {
    return this.has(key) ? this.#value : undefined;
  }

  has(key: K): boolean {
    return this.#full && this.#key === key;
  }

  delete(key: K): void {
    if (!this.has(key)) return;
    this.#key = this.#value = undefined;
    this.#full = false;
  }
}

/** `compute` memoised per node, in a table that lives as long as the returned function (one file's analysis). */
export function perNode<N extends object, T>(compute: (node: N) => T): (node: N) => T {
  const table = Cache.forFile<N, T>();
  return (node) => table.get(node, compute);
}
