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
interface Store<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
  delete(key: K): boolean;
}

/** A `Map` that drops its oldest entry when it would hold more than `limit`. */
class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.limit) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}

/** The last entry set, alone. */
class LastEntry<K, V> implements Store<K, V> {
  #key: K | undefined;
  #value: V | undefined;
  #full = false;

  has(key: K): boolean {
    return this.#full && this.#key === key;
  }

  get(key: K): V | undefined {
    return this.has(key) ? this.#value : undefined;
  }

  set(key: K, value: V): this {
    this.#key = key;
    this.#value = value;
    this.#full = true;
    return this;
  }

  delete(key: K): boolean {
    if (!this.has(key)) return false;
    this.#key = this.#value = undefined;
    this.#full = false;
    return true;
  }
}

export class Cache<K, V> {
  private constructor(private readonly store: Store<K, V>) {}

  static weak<K extends object, V>(): Cache<K, V> {
    return new Cache<K, V>(new WeakMap<K, V>());
  }

  static forFile<K, V>(): Cache<K, V> {
    return new Cache<K, V>(new Map<K, V>());
  }

  static last<K, V>(): Cache<K, V> {
    return new Cache<K, V>(new LastEntry<K, V>());
  }

  static bounded<K, V>(limit: number): Cache<K, V> {
    return new Cache<K, V>(new BoundedMap<K, V>(limit));
  }

  /** The value stored for `key`; computed by `create` and stored the first time (`undefined` is a value too). */
  get(key: K, create: (key: K) => V): V {
    if (this.store.has(key)) return this.store.get(key) as V;
    const value = create(key);
    this.store.set(key, value);
    return value;
  }

  /** The stored value, if any, without computing one. */
  peek(key: K): V | undefined {
    return this.store.get(key);
  }

  has(key: K): boolean {
    return this.store.has(key);
  }

  delete(key: K): void {
    this.store.delete(key);
  }
}

/** `compute` memoised per node, in a table that lives as long as the returned function (one file's analysis). */
export function perNode<N extends object, T>(compute: (node: N) => T): (node: N) => T {
  const table = Cache.forFile<N, T>();
  return (node) => table.get(node, compute);
}
