import assert from "node:assert/strict";
import { formatBlank, parseBlank } from "../../../server/src/language/values/blank";
import type { BlankValue, TaxLabel } from "../../../server/src/language/values/value";

function blank(of: BlankValue["of"], tax: TaxLabel | null = null): BlankValue {
  return { type: "blank", of, tax };
}

describe("blank", () => {
  describe("parseBlank accepts", () => {
    const cases: readonly [string, BlankValue][] = [
      ["", blank("text")],
      ["＿", blank("text")],
      ["＿＿＿", blank("text")],
      ["_", blank("text")],
      ["___", blank("text")],
      ["＿円", blank("money")],
      ["＿＿＿＿円", blank("money")],
      ["__円", blank("money")],
      ["＿＿＿＿円（消費税別）", blank("money", { mode: "exclusive", label: "消費税別" })],
      ["＿円(税込)", blank("money", { mode: "inclusive", label: "税込" })],
      ["＿年＿月＿日", blank("date")],
      ["＿＿＿＿年＿＿月＿＿日", blank("date")],
      ["__年_月_日", blank("date")],
    ];
    for (const [text, expected] of cases) {
      it(JSON.stringify(text), () => assert.deepEqual(parseBlank(text), expected));
    }
  });

  describe("parseBlank leaves other text alone", () => {
    const cases = ["＿円（謎）", "円", "＿月＿日", "令和＿年＿月＿日", "山田＿", "＿ ＿", "－"];
    for (const text of cases) {
      it(JSON.stringify(text), () => assert.equal(parseBlank(text), null));
    }
  });

  describe("formatBlank", () => {
    const cases: readonly [BlankValue, string][] = [
      [blank("text"), "＿＿＿＿＿＿＿＿＿＿"],
      [blank("money"), "＿＿＿＿円"],
      [blank("money", { mode: "inclusive", label: "税込み" }), "＿＿＿＿円（税込み）"],
      [blank("date"), "＿＿＿＿年＿＿月＿＿日"],
    ];
    for (const [value, text] of cases) {
      it(`${text} round-trips`, () => {
        assert.equal(formatBlank(value), text);
        assert.deepEqual(parseBlank(text), value);
      });
    }

    it("uses ten U+FF3F for text", () => {
      assert.equal(formatBlank(blank("text")), "\uFF3F".repeat(10));
    });
  });
});
