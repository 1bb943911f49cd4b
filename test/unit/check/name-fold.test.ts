import assert from "node:assert/strict";
import { foldChar, foldName } from "../../../server/src/language/check/support/name-fold";

describe("company names in folded form", () => {
  it("folds width, hiragana, small kana, 旧字 and invisible characters", () => {
    assert.equal(foldName("株式会社アルフア"), foldName("株式会社アルファ"));
    assert.equal(foldName("株式会社べータ"), foldName("株式会社ベータ"));
    assert.equal(foldName("ＡＢＣ株式會社"), foldName("ABC株式会社"));
    assert.equal(foldName("株式会社\u200Bアルファ"), foldName("株式会社アルファ"));
    assert.equal(foldChar("㈱"), "(株)");
  });
});
