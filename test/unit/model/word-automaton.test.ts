import assert from "node:assert/strict";
import { wordAutomaton, wordAutomatonInSteps } from "../../../server/src/language/word-automaton";

/** Every (end offset, word) the automaton reports, in order. */
function found(words: readonly string[], text: string, perOffset = Infinity): [number, string][] {
  const out: [number, string][] = [];
  wordAutomaton(words).scan(text, (end, word) => (out.push([end, words[word] ?? ""]), true), perOffset);
  return out;
}

describe("word automaton (Aho–Corasick)", () => {
  // 8,000 defined terms on one line built their automata in one step of ~30 ms.
  it("is built in steps for many words, and finds what the one-go automaton finds", () => {
    const words = Array.from({ length: 8_000 }, (_, i) => `用語${i}`);
    const building = wordAutomatonInSteps(words);
    let steps = 0;
    let step = building.next();
    for (; step.done !== true; step = building.next()) steps += 1;
    assert.ok(steps >= 8, `${steps} steps`);
    const text = "用語7999と用語12と用語";
    const ends = (automaton: typeof step.value) => {
      const out: [number, string][] = [];
      automaton.scan(text, (end, word) => (out.push([end, words[word] ?? ""]), true), Infinity);
      return out;
    };
    assert.deepEqual(ends(step.value), ends(wordAutomaton(words)));
    assert.deepEqual(ends(step.value).at(0), [3, "用語7"]);
  });

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

  it("may hold a word only where a code unit starts one (none without words)", () => {
    const automaton = wordAutomaton(["本件業務", "委託"]);
    assert.equal(automaton.mayHold("甲は乙に業務を委ねる。"), true);
    assert.equal(automaton.mayHold("本日"), true);
    assert.equal(automaton.mayHold("甲は乙に業務を行わせる。"), false);
    assert.equal(wordAutomaton([]).mayHold("本件業務"), false);
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

  // The scan jumps over characters that start no word; it must find exactly what looking at every
  // offset finds, with the empty word among them, through surrogate pairs and at the line's ends.
  it("finds what a naive search finds, on random words and texts", () => {
    const alphabet = ["a", "b", "本", "件", "\ud842", "\udfb7", "x"];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const randomText = (max: number) =>
      Array.from({ length: random(max + 1) }, () => alphabet[random(alphabet.length)] ?? "").join("");
    const naive = (words: readonly string[], text: string, at: number, before: boolean): number[] => {
      const first = new Map<string, number>();
      words.forEach((w, i) => {
        if (!first.has(w)) first.set(w, i);
      });
      return (
        [...first]
          // The empty word is never reported (no offset ends "nothing").
          .filter(([w]) => w !== "")
          .filter(([w]) =>
            before ? text.slice(at - w.length, at) === w && w.length <= at : text.startsWith(w, at),
          )
          .sort(([a], [b]) => b.length - a.length)
          .map(([, i]) => i)
      );
    };
    for (let round = 0; round < 400; round++) {
      const words = Array.from({ length: 1 + random(5) }, () => randomText(3));
      const text = randomText(12);
      const forward: [number, number][] = [];
      wordAutomaton(words).scan(text, (end, word) => (forward.push([end, word]), true), Infinity);
      const expected: [number, number][] = [];
      for (let end = 1; end <= text.length; end++)
        for (const word of naive(words, text, end, true)) expected.push([end, word]);
      assert.deepEqual(forward, expected, `scan ${JSON.stringify(words)} in ${JSON.stringify(text)}`);

      const reversed = words.map((w) => w.split("").reverse().join(""));
      const backward: [number, number][] = [];
      wordAutomaton(reversed).scanBackwards(
        text,
        (start, word) => (backward.push([start, word]), true),
        Infinity,
      );
      const expectedBack: [number, number][] = [];
      for (let start = text.length - 1; start >= 0; start--)
        for (const word of naive(words, text, start, false)) expectedBack.push([start, word]);
      assert.deepEqual(
        backward,
        expectedBack,
        `scanBackwards ${JSON.stringify(words)} in ${JSON.stringify(text)}`,
      );
    }
  });
});
