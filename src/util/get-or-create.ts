/** A `Map` or `WeakMap`. */
interface Store<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value stored for `key`, computed by `create` and stored the first time (`undefined` is a value too). */
export function getOrCreate<K, V>(store: Store<K, V>, key: K, create: (key: K) => V): V {
  if (store.has(key)) return store.get(key) as V;
  const value = create(key);
  store.set(key, value);
  return value;
}
