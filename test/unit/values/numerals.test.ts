import assert from "node:assert/strict";
import {
  isDecimalShape,
  isKanjiNumeralShape,
  parseDecimal,
  parseKanjiNumeral,
  parseNumeral,
  toHalfWidthDigits,
} from "../../../server/src/language/values/numerals";

describe("numerals", () => {
  describe("toHalfWidthDigits", () => {
    it("converts only the digits", () => {
      assert.equal(toHalfWidthDigits("２０２６年１２月１日"), "2026年12月1日");
      assert.equal(toHalfWidthDigits("０１２３４５６７８９"), "0123456789");
      assert.equal(toHalfWidthDigits("（税込）"), "（税込）");
    });
  });

  describe("parseDecimal", () => {
    const accepted: readonly [string, number][] = [
      ["0", 0],
      ["7", 7],
      ["300000", 300000],
      ["300,000", 300000],
      ["1,234,567", 1234567],
      ["３００，０００", 300000],
      ["３００,０００", 300000],
      ["007", 7],
      ["9007199254740991", Number.MAX_SAFE_INTEGER],
      ["9,007,199,254,740,991", Number.MAX_SAFE_INTEGER],
    ];
    for (const [text, expected] of accepted) {
      it(`reads ${text} as ${expected}`, () => assert.equal(parseDecimal(text), expected));
    }

    const rejected = [
      "",
      "300,00",
      ",300",
      "300,",
      "3000,000",
      "1,0000",
      "1.5",
      "-5",
      "+5",
      "三",
      "1 000",
      "9007199254740992",
    ];
    for (const text of rejected) {
      it(`rejects ${JSON.stringify(text)}`, () => assert.equal(parseDecimal(text), null));
    }

    it("tells bad grouping apart from a number too large", () => {
      assert.equal(isDecimalShape("99999999999999999999"), true);
      assert.equal(parseDecimal("99999999999999999999"), null);
      assert.equal(isDecimalShape("300,00"), false);
    });
  });

  describe("parseKanjiNumeral", () => {
    const accepted: readonly [string, number][] = [
      ["〇", 0],
      ["零", 0],
      ["一", 1],
      ["九", 9],
      ["十", 10],
      ["十八", 18],
      ["二十", 20],
      ["二十五", 25],
      ["三十一", 31],
      ["百", 100],
      ["百一", 101],
      ["三百二十", 320],
      ["千", 1000],
      ["二千二十六", 2026],
      ["九千九百九十九", 9999],
      ["二〇二六", 2026],
      ["一〇", 10],
      ["十一", 11],
      ["二十", 20],
      ["九十九", 99],
      ["千一", 1001],
      ["一千", 1000],
      ["壱", 1],
      ["弐", 2],
      ["参", 3],
      ["拾", 10],
      ["参拾", 30],
      ["弐拾伍", 25],
      ["壱阡", 1000],
      ["壹佰", 100],
      ["玖仟玖佰玖拾玖", 9999],
    ];
    for (const [text, expected] of accepted) {
      it(`reads ${text} as ${expected}`, () => assert.equal(parseKanjiNumeral(text), expected));
    }

    const rejected = [
      "",
      "十十",
      "百千",
      "二二十",
      "〇十",
      "十〇",
      "万",
      "萬",
      "三十万",
      "三a",
      "30",
      "拾拾",
      "参3",
    ];
    for (const text of rejected) {
      it(`rejects ${JSON.stringify(text)}`, () => assert.equal(parseKanjiNumeral(text), null));
    }
  });

  describe("parseNumeral", () => {
    it("reads either notation", () => {
      assert.equal(parseNumeral("30"), 30);
      assert.equal(parseNumeral("３０"), 30);
      assert.equal(parseNumeral("三十"), 30);
      assert.equal(parseNumeral("三十円"), null);
      assert.equal(parseNumeral("参拾"), 30);
    });
  });

  describe("isKanjiNumeralShape", () => {
    it("is true for kanji digits and units only, well formed or not", () => {
      assert.equal(isKanjiNumeralShape("参拾"), true);
      assert.equal(isKanjiNumeralShape("十十"), true);
      assert.equal(isKanjiNumeralShape("二〇二六"), true);
      assert.equal(isKanjiNumeralShape("3十"), false);
      assert.equal(isKanjiNumeralShape("三十万"), false);
      assert.equal(isKanjiNumeralShape(""), false);
    });
  });
});
