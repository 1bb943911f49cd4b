import assert from "node:assert/strict";
import { isKanjiOrKana, isKanjiOrKanaText } from "../../../server/src/language/vocabulary/kanji-kana";

describe("kanji and kana", () => {
  it("are each their own NFKC form, and neither space, punctuation nor symbol", () => {
    const spaceOrMark = /[\s\p{P}\p{S}]/u;
    let count = 0;
    for (let code = 0; code < 0x10000; code++) {
      if (!isKanjiOrKana(code)) continue;
      const char = String.fromCharCode(code);
      assert.equal(char.normalize("NFKC"), char, `U+${code.toString(16)}`);
      assert.equal(spaceOrMark.test(char), false, `U+${code.toString(16)}`);
      count++;
    }
    assert.ok(count > 20_000);
  });

  it("tell a text of kanji and kana alone from one with anything else", () => {
    assert.equal(isKanjiOrKanaText("サーバの監視及び障害対応"), true);
    assert.equal(isKanjiOrKanaText("秘密 保持"), false);
    assert.equal(isKanjiOrKanaText("ＯＳの保守"), false);
    assert.equal(isKanjiOrKanaText("ﾃﾞｰﾀ"), false);
    assert.equal(isKanjiOrKanaText("・"), false);
  });
});
