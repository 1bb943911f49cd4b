import assert from "node:assert/strict";
import { formatPaymentDue, parsePaymentDue } from "../../../server/src/language/values/payment-due";
import type { PaymentDueValue } from "../../../server/src/language/values/value";

function due(monthOffset: 0 | 1 | 2, day: number | "end"): PaymentDueValue {
  return { type: "paymentDue", monthOffset, day };
}

describe("payment due", () => {
  describe("parsePaymentDue accepts", () => {
    const cases: readonly [string, PaymentDueValue][] = [
      ["当月末日", due(0, "end")],
      ["翌月末日", due(1, "end")],
      ["翌々月末日", due(2, "end")],
      ["当月10日", due(0, 10)],
      ["翌月15日", due(1, 15)],
      ["翌々月5日", due(2, 5)],
      ["翌月１日", due(1, 1)],
      ["翌月三十一日", due(1, 31)],
      ["翌月31日", due(1, 31)],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parsePaymentDue(text), expected));
    }
  });

  describe("parsePaymentDue rejects with a reason", () => {
    const cases: readonly [string, string][] = [
      ["翌月0日", "1日から31日まで"],
      ["翌月32日", "「末日」で書いてください"],
      ["当月十十日", "数として読めません"],
    ];
    for (const [text, phrase] of cases) {
      it(`${text} (${phrase})`, () => {
        const value = parsePaymentDue(text);
        assert.ok(value?.type === "invalid", JSON.stringify(value));
        assert.equal(value.expected, "paymentDue");
        assert.equal(value.raw, text);
        assert.ok(value.reason.includes(phrase), value.reason);
      });
    }
  });

  describe("parsePaymentDue leaves other text alone", () => {
    const cases = ["翌月末", "翌翌月末日", "来月末日", "翌月", "10日", "翌月10日まで"];
    for (const text of cases) {
      it(JSON.stringify(text), () => assert.equal(parsePaymentDue(text), null));
    }
  });

  describe("formatPaymentDue", () => {
    const cases: readonly [PaymentDueValue, string][] = [
      [due(0, "end"), "当月末日"],
      [due(1, "end"), "翌月末日"],
      [due(2, "end"), "翌々月末日"],
      [due(1, 10), "翌月10日"],
      [due(2, 5), "翌々月5日"],
    ];
    for (const [value, text] of cases) {
      it(`${text} round-trips`, () => {
        assert.equal(formatPaymentDue(value), text);
        assert.deepEqual(parsePaymentDue(text), value);
      });
    }
  });
});
