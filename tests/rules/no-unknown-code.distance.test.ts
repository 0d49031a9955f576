import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../src/catalog/index.js";
import { editDistance, nearestKnownStrings } from "../../src/rules/no-unknown-code.js";

describe("no-unknown-code: the distance of a near miss", () => {
  it.each([
    ["NoSuchKey", "NoSuchKey", 0],
    ["NoSuchKye", "NoSuchKey", 1],
    ["NoSuchKe", "NoSuchKey", 1],
    ["NoSuchKeyy", "NoSuchKey", 1],
    ["NoSachKey", "NoSuchKey", 1],
    ["oNSuchKey", "NoSuchKey", 1],
    ["NoSuchBucket", "NoSuchKey", 5],
    ["", "abc", 3],
  ])("%s to %s: %d", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it("stops at limit + 1 once the distance is known to exceed the limit", () => {
    expect(editDistance("NoSuchBucket", "NoSuchKey", 1)).toBe(2);
    expect(editDistance("NoSuchBucket", "NoSuchKey", 2)).toBe(3);
    expect(editDistance("AccesDenied", "AccessDenied", 1)).toBe(1);
    expect(editDistance("AccessDeneid", "AccessDenied", 1)).toBe(1);
  });

  it("measures only known codes within the limit, the same but for case first", () => {
    expect(nearestKnownStrings("nosuchkey", builtinCatalog).map((g) => g.code)).toEqual(["NoSuchKey"]);
    expect(nearestKnownStrings("NoSuchKye", builtinCatalog).map((g) => g.code)).toEqual(["NoSuchKey"]);
    expect(nearestKnownStrings("AccesDenied", builtinCatalog).map((g) => g.code)).toEqual(["AccessDenied"]);
    expect(nearestKnownStrings("SUCCESS", builtinCatalog)).toEqual([]);
  });
});
