import assert from "node:assert/strict";
import { matchesOf } from "../../../server/src/language/pattern-matches";

const simplify = (matches: Iterable<RegExpExecArray>) =>
  [...matches].map((m) => ({ index: m.index, groups: [...m] }));

describe("matchesOf: matchAll without its copy of the pattern", () => {
  it("gives exactly matchAll's matches, groups included, and none where there are none", () => {
    const patterns = [/別途(定める|協議して定める)?/gu, /(\d+)(日)?/gu, /x|/gu, /[\u{E0000}-\u{E007F}]/gu];
    const texts = [
      "",
      "本文",
      "別途定める。別途協議して定める。別途",
      "30日と5",
      "ab",
      "a\u{E0041}b\u{E0041}",
    ];
    for (const pattern of patterns)
      for (const text of texts)
        assert.deepEqual(
          simplify(matchesOf(pattern)(text)),
          simplify(text.matchAll(pattern)),
          `${String(pattern)} in ${JSON.stringify(text)}`,
        );
  });

  it("keeps no state between texts, and refuses a pattern without the g flag", () => {
    const dates = matchesOf(/\d+日/gu);
    assert.equal([...dates("1日と2日")].length, 2);
    assert.equal([...dates("1日と2日")].length, 2);
    assert.equal([...dates("なし")].length, 0);
    assert.throws(() => matchesOf(/\d+/u), /global/u);
    assert.throws(() => matchesOf(/\d+/gy), /y flag/u);
  });

  it("leaves the pattern as it found it, for whoever else runs it", () => {
    const pattern = /\d+日/gu;
    const dates = matchesOf(pattern);
    assert.equal(dates("1日と2日").length, 2);
    assert.equal(pattern.lastIndex, 0);
    assert.deepEqual(
      [...pattern[Symbol.matchAll]("3日")].map((m) => m[0]),
      ["3日"],
    );
  });
});
