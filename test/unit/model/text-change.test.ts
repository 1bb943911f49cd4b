import assert from "node:assert/strict";
import fc from "fast-check";
import { changeBetween } from "../../../server/src/language/text-change";

/** The definition: the longest common start, then the longest common end of what is left. */
function byCodeUnits(oldText: string, newText: string) {
  const shorter = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < shorter && oldText[start] === newText[start]) start++;
  let suffix = 0;
  while (suffix < shorter - start && oldText.at(-1 - suffix) === newText.at(-1 - suffix)) suffix++;
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

describe("model: the one range in which two versions differ", () => {
  it("equals the code-unit definition, for edits near chunk boundaries too", () => {
    // Repeated short units: lengths from 0 to ~5,000, across several 1,024-unit chunks, with runs
    // that repeat so that where an edit lies is ambiguous.
    const text = fc
      .tuple(fc.stringMatching(/^[ab\n]{1,8}$/), fc.integer({ min: 0, max: 700 }))
      .map(([unit, times]) => unit.repeat(times));
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.stringMatching(/^[ab]{0,3}$/),
        (old, at, cut, typed) => {
          const start = at % (old.length + 1);
          const edited = old.slice(0, start) + typed + old.slice(Math.min(old.length, start + cut));
          assert.deepEqual(changeBetween(old, edited), byCodeUnits(old, edited));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds a change at every offset around the chunk edges, from either end", () => {
    const old = "ab\n".repeat(1_100);
    const edges = [1_024, 2_048, old.length - 1_024, old.length - 2_048];
    for (const edge of edges) {
      for (let at = edge - 2; at <= edge + 2; at++) {
        for (const edited of [
          old.slice(0, at) + "x" + old.slice(at + 1),
          old.slice(0, at) + "x" + old.slice(at),
        ]) {
          assert.deepEqual(changeBetween(old, edited), byCodeUnits(old, edited), `at ${at}`);
        }
      }
    }
  });

  it("finds one character typed into a megabyte", () => {
    const old = "第1条（目的）\n甲は乙に委託する。\n".repeat(50_000);
    const at = 777_777;
    const edited = `${old.slice(0, at)}あ${old.slice(at)}`;
    assert.deepEqual(changeBetween(old, edited), byCodeUnits(old, edited));
  });
});
