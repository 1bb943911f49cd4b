import assert from "node:assert/strict";
import {
  paidAfterWorkMonth,
  paymentAllowance,
  nthDueDate,
} from "../../../server/src/language/values/payment-allowance";
import {
  formatPaymentDue,
  misplacedNoteReason,
  parsePaymentDue,
} from "../../../server/src/language/values/payment-due";
import { parseValue } from "../../../server/src/language/values/value-parse";
import type {
  DayOfMonth,
  EventPaymentDue,
  MonthlyPaymentDue,
  PaymentDueValue,
  PaymentEvent,
} from "../../../server/src/language/values/value";

function due(
  monthOffset: 0 | 1 | 2,
  day: DayOfMonth,
  text: string,
  closingDay: DayOfMonth = "end",
): MonthlyPaymentDue {
  return { type: "paymentDue", basis: "month", closingDay, monthOffset, day, text };
}

function after(basis: PaymentEvent, days: number, text: string): EventPaymentDue {
  return { type: "paymentDue", basis, days, text };
}

function parsed(text: string): PaymentDueValue {
  const value = parsePaymentDue(text);
  assert.ok(value?.type === "paymentDue", `${text}: ${JSON.stringify(value)}`);
  return value;
}

describe("payment due", () => {
  describe("parsePaymentDue accepts a day of a month counted from the work month", () => {
    const cases: readonly [string, MonthlyPaymentDue][] = [
      ["当月末日", due(0, "end", "当月末日")],
      ["翌月末日", due(1, "end", "翌月末日")],
      ["翌々月末日", due(2, "end", "翌々月末日")],
      ["翌翌月末日", due(2, "end", "翌翌月末日")],
      ["翌月末", due(1, "end", "翌月末")],
      ["当月10日", due(0, 10, "当月10日")],
      ["翌月15日", due(1, 15, "翌月15日")],
      ["翌々月5日", due(2, 5, "翌々月5日")],
      ["翌月１日", due(1, 1, "翌月1日")],
      ["翌月三十一日", due(1, 31, "翌月31日")],
      ["翌月31日", due(1, 31, "翌月31日")],
      ["翌月10日限り", due(1, 10, "翌月10日限り")],
      ["翌月十日限り", due(1, 10, "翌月10日限り")],
      ["翌月10日まで", due(1, 10, "翌月10日まで")],
      ["翌月末日払い", due(1, "end", "翌月末日払い")],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parsePaymentDue(text), expected));
    }
  });

  describe("parsePaymentDue accepts a 締め日 and a 支払日", () => {
    const cases: readonly [string, MonthlyPaymentDue][] = [
      ["毎月末日締め翌月末日払い", due(1, "end", "毎月末日締め翌月末日払い")],
      ["月末締め翌月末払い", due(1, "end", "月末締め翌月末払い")],
      ["末日締め、翌月末日払い", due(1, "end", "末日締め、翌月末日払い")],
      ["毎月20日締め翌月10日払い", due(1, 10, "毎月20日締め翌月10日払い", 20)],
      ["毎月二十日締め翌月十日払い", due(1, 10, "毎月20日締め翌月10日払い", 20)],
      ["毎月15日〆翌月末日支払", due(1, "end", "毎月15日〆翌月末日支払", 15)],
      ["毎月20日締め当月末日払い", due(0, "end", "毎月20日締め当月末日払い", 20)],
      ["毎月20日締め当月20日払い", due(0, 20, "毎月20日締め当月20日払い", 20)],
      ["毎月末日締め翌々月10日払い", due(2, 10, "毎月末日締め翌々月10日払い")],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parsePaymentDue(text), expected));
    }
  });

  describe("parsePaymentDue accepts a number of days after an event", () => {
    const cases: readonly [string, EventPaymentDue][] = [
      ["請求書受領後30日以内", after("invoice", 30, "請求書受領後30日以内")],
      ["請求書受領後三十日以内", after("invoice", 30, "請求書受領後30日以内")],
      ["請求書受領日から30日以内", after("invoice", 30, "請求書受領日から30日以内")],
      ["請求書を受領した日から60日以内", after("invoice", 60, "請求書を受領した日から60日以内")],
      ["請求書の受領後30日", after("invoice", 30, "請求書の受領後30日")],
      ["請求日から30日以内", after("invoice", 30, "請求日から30日以内")],
      ["検収完了後30日以内", after("acceptance", 30, "検収完了後30日以内")],
      ["検収完了日から６０日以内", after("acceptance", 60, "検収完了日から60日以内")],
      ["検収後10日以内", after("acceptance", 10, "検収後10日以内")],
      ["納品日から30日以内", after("delivery", 30, "納品日から30日以内")],
      ["納品後三十日以内", after("delivery", 30, "納品後30日以内")],
      ["受領日から60日以内", after("delivery", 60, "受領日から60日以内")],
      ["役務の提供日から60日以内", after("delivery", 60, "役務の提供日から60日以内")],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parsePaymentDue(text), expected));
    }
  });

  describe("parsePaymentDue keeps a bank-holiday proviso and reads which way it moves the day", () => {
    const cases: readonly [string, PaymentDueValue][] = [
      [
        "翌月末日（金融機関の休業日の場合は前営業日）",
        { ...due(1, "end", "翌月末日（金融機関の休業日の場合は前営業日）"), holiday: "previous" },
      ],
      [
        "翌月末日 (土日祝日の場合は翌営業日)",
        { ...due(1, "end", "翌月末日(土日祝日の場合は翌営業日)"), holiday: "next" },
      ],
      [
        "請求書受領後三十日以内（休日の場合は翌営業日）",
        { ...after("invoice", 30, "請求書受領後30日以内（休日の場合は翌営業日）"), holiday: "next" },
      ],
      [
        "毎月末日締め翌月末日払い（休日の場合は別途協議）",
        { ...due(1, "end", "毎月末日締め翌月末日払い（休日の場合は別途協議）"), holiday: "unknown" },
      ],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parsePaymentDue(text), expected));
    }

    it("keeps the whole text as the raw of an invalid term with a proviso", () => {
      const value = parsePaymentDue("翌月32日（休日の場合は前営業日）");
      assert.ok(value?.type === "invalid");
      assert.equal(value.raw, "翌月32日（休日の場合は前営業日）");
    });
  });

  describe("parsePaymentDue rejects with a reason", () => {
    const cases: readonly [string, string][] = [
      ["翌月0日", "1日から31日まで"],
      ["翌月32日", "「末日」で書いてください"],
      ["当月十十日", "数として読めません"],
      ["毎月0日締め翌月末日払い", "締め日は1日から31日まで"],
      ["毎月32日締め翌月末日払い", "締め日は1日から31日まで"],
      ["毎月十十日締め翌月末日払い", "「十十」は数として読めません"],
      ["毎月20日締め翌月32日払い", "支払日は1日から31日まで"],
      ["毎月20日締め当月10日払い", "当月10日は締め日（20日）より前です"],
      ["末日締め当月10日払い", "締め日（末日）より前です。締めた後の日を「翌月10日払い」"],
      ["請求書受領後0日以内", "1日以上で書いてください"],
      ["請求書受領後十十日以内", "数として読めません"],
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
    const cases = [
      "来月末日",
      "翌月",
      "10日",
      "月末",
      "翌月末日（振込手数料は甲の負担）",
      "請求書受領後速やかに",
      "請求書受領後30日以内に",
      "受領後",
      "毎月末日締め",
      "毎月末日",
      "翌月末日締め",
    ];
    for (const text of cases) {
      it(JSON.stringify(text), () => assert.equal(parsePaymentDue(text), null));
    }
  });

  describe("a note other than a bank-holiday one says where it belongs", () => {
    it("names the term to keep and sends the note to the prose", () => {
      const value = parseValue("翌月末日（振込手数料は甲の負担）", "paymentDue");
      assert.equal(value.type, "invalid");
      assert.ok(
        value.type === "invalid" && value.reason.includes("値は「翌月末日」とし"),
        JSON.stringify(value),
      );
      assert.ok(
        value.type === "invalid" && value.reason.includes("「（振込手数料は甲の負担）」は支払の条の本文"),
      );
    });
    it("stays silent on a holiday proviso, an unreadable term and text without a note", () => {
      assert.equal(misplacedNoteReason("翌月末日（金融機関の休業日の場合は前営業日）"), null);
      assert.equal(misplacedNoteReason("来月末日（振込手数料は甲の負担）"), null);
      assert.equal(misplacedNoteReason("翌月末日"), null);
    });
    it("leaves an untyped value with such a note as text", () => {
      assert.deepEqual(parseValue("翌月末日（振込手数料は甲の負担）"), {
        type: "text",
        text: "翌月末日（振込手数料は甲の負担）",
      });
    });
  });

  describe("formatPaymentDue keeps the wording, with ASCII digits", () => {
    const cases: readonly [string, string][] = [
      ["当月末日", "当月末日"],
      ["翌月末日", "翌月末日"],
      ["翌々月末日", "翌々月末日"],
      ["翌月10日", "翌月10日"],
      ["翌々月５日", "翌々月5日"],
      ["翌月十日限り", "翌月10日限り"],
      ["毎月二十日締め翌月十日払い", "毎月20日締め翌月10日払い"],
      ["請求書受領後三十日以内", "請求書受領後30日以内"],
      ["納品日から３０日以内", "納品日から30日以内"],
    ];
    for (const [text, rendered] of cases) {
      it(`${text} → ${rendered} and back`, () => {
        const value = parsed(text);
        assert.equal(formatPaymentDue(value), rendered);
        assert.deepEqual(parsePaymentDue(rendered), value);
      });
    }
  });

  describe("paymentAllowance: the most days after the close or the event", () => {
    const cases: readonly [string, ReturnType<typeof paymentAllowance>][] = [
      ["当月末日", { after: "closing", maxDays: 0, holiday: null }],
      // 7月31日 → 8月31日
      ["翌月末日", { after: "closing", maxDays: 31, holiday: null }],
      ["毎月末日締め翌月末日払い", { after: "closing", maxDays: 31, holiday: null }],
      // 6月30日 → 8月31日, 11月30日 → 1月31日
      ["翌々月末日", { after: "closing", maxDays: 62, holiday: null }],
      ["翌月10日", { after: "closing", maxDays: 10, holiday: null }],
      ["翌月31日", { after: "closing", maxDays: 31, holiday: null }],
      // 1月20日 → 2月10日: 11 + 10
      ["毎月20日締め翌月10日払い", { after: "closing", maxDays: 21, holiday: null }],
      ["毎月20日締め当月末日払い", { after: "closing", maxDays: 11, holiday: null }],
      // Paid before the month is over: 2月10日 is 18 days before 2月28日.
      ["当月10日", { after: "closing", maxDays: -18, holiday: null }],
      ["請求書受領後30日以内", { after: "invoice", maxDays: 30, holiday: null }],
      ["検収完了後60日以内", { after: "acceptance", maxDays: 60, holiday: null }],
      ["納品日から30日以内", { after: "delivery", maxDays: 30, holiday: null }],
      ["翌月末日（休業日の場合は前営業日）", { after: "closing", maxDays: 31, holiday: "previous" }],
      ["請求書受領後30日以内（休日の場合は翌営業日）", { after: "invoice", maxDays: 30, holiday: "next" }],
    ];
    for (const [text, expected] of cases) {
      it(`${text}: ${expected.maxDays} days after ${expected.after}`, () =>
        assert.deepEqual(paymentAllowance(parsed(text)), expected));
    }
  });

  describe("paidAfterWorkMonth", () => {
    const cases: readonly [string, boolean][] = [
      ["当月末日", false],
      ["当月10日", false],
      ["毎月20日締め当月末日払い", false],
      ["翌月末日", true],
      ["翌月10日限り", true],
      ["翌々月末日", true],
      ["毎月末日締め翌月末日払い", true],
      ["請求書受領後30日以内", true],
      ["検収完了後30日以内", true],
      ["納品日から30日以内", true],
    ];
    for (const [text, expected] of cases) {
      it(`${text}: ${expected}`, () => assert.equal(paidAfterWorkMonth(parsed(text)), expected));
    }
  });

  describe("nthDueDate", () => {
    const signing = { year: 2026, month: 12, day: 1 };
    const cases: readonly [string, number, string | null][] = [
      ["翌月末日", 1, "2027-1-31"],
      ["翌月末日", 2, "2027-2-28"],
      ["翌月末日", 6, "2027-6-30"],
      ["当月末日", 1, "2026-12-31"],
      ["翌々月10日", 1, "2027-2-10"],
      ["毎月20日締め翌月10日払い", 1, "2027-1-10"],
      ["請求書受領後30日以内", 1, null],
    ];
    for (const [text, n, expected] of cases) {
      it(`${text}, payment ${n}: ${expected}`, () => {
        const date = nthDueDate(signing, parsed(text), n);
        assert.equal(date === null ? null : `${date.year}-${date.month}-${date.day}`, expected);
      });
    }

    it("closes the first period on the first 締め日 on or after signing", () => {
      const late = { year: 2026, month: 12, day: 25 };
      assert.deepEqual(nthDueDate(late, parsed("毎月20日締め翌月10日払い"), 1), {
        year: 2027,
        month: 2,
        day: 10,
      });
      assert.deepEqual(nthDueDate(late, parsed("翌月末日"), 1), { year: 2027, month: 1, day: 31 });
    });
  });
});
