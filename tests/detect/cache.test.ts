import { describe, expect, it } from "vitest";
import { Cache } from "../../src/detect/cache.js";

describe("Cache.last: one entry, the last key met", () => {
  it("answers the last key from its entry, and computes again for any other", () => {
    const cache = Cache.last<object, string>();
    const a = {};
    const b = {};
    const made: string[] = [];
    const make = (name: string) => (): string => {
      made.push(name);
      return name;
    };
    expect(cache.get(a, make("a1"))).toBe("a1");
    expect(cache.get(a, make("a2"))).toBe("a1");
    expect(cache.get(b, make("b1"))).toBe("b1");
    expect(cache.peek(a)).toBeUndefined();
    expect(cache.get(a, make("a3"))).toBe("a3");
    expect(made).toEqual(["a1", "b1", "a3"]);
  });

  it("keeps `undefined` as a value, and forgets its entry when it is deleted", () => {
    const cache = Cache.last<object, string | undefined>();
    const key = {};
    let calls = 0;
    const make = (): undefined => {
      calls++;
      return undefined;
    };
    cache.get(key, make);
    cache.get(key, make);
    expect(calls).toBe(1);
    expect(cache.has(key)).toBe(true);
    cache.delete({});
    expect(cache.has(key)).toBe(true);
    cache.delete(key);
    expect(cache.has(key)).toBe(false);
    cache.get(key, make);
    expect(calls).toBe(2);
  });

  it("stores nothing when the value cannot be made", () => {
    const cache = Cache.last<object, string>();
    const key = {};
    expect(() =>
      cache.get(key, () => {
        throw new Error("bad settings");
      }),
    ).toThrow("bad settings");
    expect(cache.has(key)).toBe(false);
  });
});
