import assert from "node:assert/strict";
import { formatCount, parseCount } from "../../../server/src/language/values/count";
import type { CountValue } from "../../../server/src/language/values/value";

function count(amount: number, counter: string): CountValue {
  return { type: "count", amount, counter };
}

describe("count", () => {
  describe("parseCount accepts", () => {
    const cases: readonly [string, CountValue][] = [
      ["2通", count(2, "通")],
      ["２通", count(2, "通")],
      ["二通", count(2, "通")],
      ["3部", count(3, "部")],
      ["2名", count(2, "名")],
      ["5社", count(5, "社")],
      ["10件", count(10, "件")],
      ["12回", count(12, "回")],
      ["1,000部", count(1000, "部")],
      ["0件", count(0, "件")],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parseCount(text), expected));
    }
  });

  it("rejects an unreadable number with a reason", () => {
    const value = parseCount("1,00通");
    assert.ok(value?.type === "invalid");
    assert.equal(value.expected, "count");
    assert.ok(value.reason.includes("「1,00」は数として読めません"), value.reason);
    assert.ok(value.reason.includes("2通"), value.reason);
  });

  describe("parseCount leaves other text alone", () => {
    const cases = ["2", "通", "2枚", "2人", "2通り", "-2通", "2.5部"];
    for (const text of cases) {
      it(JSON.stringify(text), () => assert.equal(parseCount(text), null));
    }
  });

  it("formats with ASCII digits and round-trips", () => {
    for (const text of ["２通", "三部", "2名"]) {
      const value = parseCount(text);
      assert.ok(value?.type === "count");
      assert.deepEqual(parseCount(formatCount(value)), value);
    }
    assert.equal(formatCount(count(2, "通")), "2通");
  });
});
