import assert from "node:assert/strict";
import { wordAutomaton } from "../../../server/src/language/word-automaton";

/** Every (end offset, word) the automaton reports, in order. */
function found(words: readonly string[], text: string, perOffset = Infinity): [number, string][] {
  const out: [number, string][] = [];
  wordAutomaton(words).scan(text, (end, word) => (out.push([end, words[word] ?? ""]), true), perOffset);
  return out;
}

describe("word automaton (Aho–Corasick)", () => {
  it("finds overlapping words, longest first at each end", () => {
    assert.deepEqual(found(["he", "she", "his", "hers"], "ushers"), [
      [4, "she"],
      [4, "he"],
      [6, "hers"],
    ]);
  });

  it("counts in UTF-16 code units, through CJK and surrogate pairs", () => {
    assert.deepEqual(found(["本件業務", "業務", "𠮷野"], "𠮷野の本件業務"), [
      [3, "𠮷野"],
      [8, "本件業務"],
      [8, "業務"],
    ]);
  });

  it("stops at perOffset words per offset, and when the visitor says so", () => {
    assert.deepEqual(found(["abc", "bc", "c"], "abc", 2), [
      [3, "abc"],
      [3, "bc"],
    ]);
    const seen: number[] = [];
    wordAutomaton(["abc", "bc", "c"]).scan("abc", (_end, word) => (seen.push(word), false), Infinity);
    assert.deepEqual(seen, [0]);
  });

  it("reads backwards for words built reversed: the words that start at each offset", () => {
    const words = ["本件", "本件業務"].map((w) => [...w].reverse().join(""));
    const starts: [number, number][] = [];
    wordAutomaton(words).scanBackwards(
      "の本件業務",
      (start, word) => (starts.push([start, word]), true),
      Infinity,
    );
    assert.deepEqual(starts, [
      [1, 1],
      [1, 0],
    ]);
  });
});
