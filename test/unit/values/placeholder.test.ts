import assert from "node:assert/strict";
import { firstPlaceholder, placeholdersIn } from "../../../server/src/language/values/placeholder";

describe("placeholder", () => {
  describe("finds the marks drafters leave", () => {
    const cases: readonly [string, readonly string[]][] = [
      ["株式会社ベータ【要確認】", ["【要確認】"]],
      ["【TBD】と【未定：金額】", ["【TBD】", "【未定：金額】"]],
      ["●●株式会社", ["●●"]],
      ["〇〇", ["〇〇"]],
      ["東京都〇〇区", ["〇〇"]],
      ["令和〇〇年〇〇月〇〇日", ["〇〇", "〇〇", "〇〇"]],
      ["○○と◯◯", ["○○", "◯◯"]],
      ["××", ["××"]],
      ["＿＿", ["＿＿"]],
      ["___", ["___"]],
      ["［　］", ["［　］"]],
      ["[ ]", ["[ ]"]],
      ["（　）", ["（　）"]],
    ];
    for (const [text, marks] of cases) {
      it(text, () =>
        assert.deepEqual(
          [...placeholdersIn(text)].map((p) => p.text),
          marks,
        ),
      );
    }
  });

  describe("leaves alone", () => {
    const cases = [
      "＿",
      "__",
      "〇",
      "○を付ける",
      "［注］",
      "（注）",
      "【重要】",
      "二〇〇万円",
      "二〇〇〇年",
      "一〇〇",
      "〇〇一",
      "参〇〇",
    ];
    for (const text of cases) {
      it(JSON.stringify(text), () => assert.equal(firstPlaceholder(text), null));
    }
  });

  it("gives the offset of the mark", () => {
    assert.deepEqual(firstPlaceholder("株式会社ベータ【要確認】"), { index: 7, text: "【要確認】" });
  });
});
