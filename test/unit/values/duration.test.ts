import assert from "node:assert/strict";
import {
  applyDuration,
  durationInDays,
  formatDuration,
  parseDuration,
} from "../../../server/src/language/values/duration";
import type { DurationUnit, DurationValue } from "../../../server/src/language/values/value";

function duration(
  amount: number,
  unit: DurationUnit,
  unitText: string,
  relation: DurationValue["relation"] = null,
): DurationValue {
  return { type: "duration", amount, unit, unitText, relation };
}

describe("duration", () => {
  describe("parseDuration accepts", () => {
    const cases: readonly [string, DurationValue][] = [
      ["1年", duration(1, "year", "年")],
      ["6か月", duration(6, "month", "か月")],
      ["6ヶ月", duration(6, "month", "ヶ月")],
      ["6カ月", duration(6, "month", "カ月")],
      ["6ケ月", duration(6, "month", "ケ月")],
      ["6箇月", duration(6, "month", "箇月")],
      ["6ヵ月", duration(6, "month", "ヵ月")],
      ["2週間", duration(2, "week", "週間")],
      ["30日", duration(30, "day", "日")],
      ["３０日", duration(30, "day", "日")],
      ["三十日", duration(30, "day", "日")],
      ["十二か月", duration(12, "month", "か月")],
      ["1,000日", duration(1000, "day", "日")],
      ["0日", duration(0, "day", "日")],
      ["30日前", duration(30, "day", "日", "before")],
      ["3か月前", duration(3, "month", "か月", "before")],
      ["1年後", duration(1, "year", "年", "after")],
      ["2週間前", duration(2, "week", "週間", "before")],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parseDuration(text), expected));
    }
  });

  describe("parseDuration reads kanji and 大字 numerals as the same lengths", () => {
    const cases: readonly [string, string][] = [
      ["一年", "1年"],
      ["三十日", "30日"],
      ["六か月", "6か月"],
      ["六ヶ月", "6ヶ月"],
      ["六カ月", "6カ月"],
      ["十日", "10日"],
      ["二十日", "20日"],
      ["百日", "100日"],
      ["千日", "1000日"],
      ["参拾日", "30日"],
      ["〇日", "0日"],
      ["三十日前", "30日前"],
    ];
    for (const [kanji, digits] of cases) {
      it(`${kanji} = ${digits}`, () => assert.deepEqual(parseDuration(kanji), parseDuration(digits)));
    }
  });

  describe("parseDuration reads 半年 and N年半 in months, kept as written", () => {
    const half = (
      amount: number,
      spelled: string,
      relation: DurationValue["relation"] = null,
    ): DurationValue => ({
      ...duration(amount, "month", "か月", relation),
      spelled,
    });
    const cases: readonly [string, DurationValue, string][] = [
      ["半年", half(6, "半年"), "半年"],
      ["半年前", half(6, "半年", "before"), "半年前"],
      ["1年半", half(18, "1年半"), "1年半"],
      ["一年半", half(18, "1年半"), "1年半"],
      ["２年半後", half(30, "2年半", "after"), "2年半後"],
    ];
    for (const [text, expected, rendered] of cases) {
      it(`${text} → ${rendered}`, () => {
        const value = parseDuration(text);
        assert.deepEqual(value, expected);
        assert.ok(value?.type === "duration");
        assert.equal(formatDuration(value), rendered);
        assert.deepEqual(parseDuration(rendered), value);
      });
    }

    it("counts 半年 as 6か月 on the calendar", () => {
      const start = { year: 2026, month: 12, day: 1 };
      const value = parseDuration("半年");
      assert.ok(value?.type === "duration");
      assert.deepEqual(applyDuration(start, value), applyDuration(start, duration(6, "month", "か月")));
      assert.equal(durationInDays(value), durationInDays(duration(6, "month", "か月")));
    });
  });

  describe("parseDuration rejects with a reason", () => {
    const cases: readonly [string, string][] = [
      ["1年間", "「間」を付けず「1年」と書き"],
      ["6か月間", "「6か月」と書き"],
      ["30日間", "「30日」と書き"],
      ["三十日間", "「30日」と書き"],
      ["1年間前", "「間」を付けず"],
      ["30", "単位（年・か月・週間・日）を付けて"],
      ["３０", "単位"],
      ["三十", "単位"],
      ["1,00日", "「1,00」は数として読めません"],
      ["十十日", "数として読めません"],
      ["半年間", "「間」を付けず「半年」と書き"],
      ["一年半間", "「1年半」と書き"],
      ["十十年半", "数として読めません"],
    ];
    for (const [text, phrase] of cases) {
      it(`${text} (${phrase})`, () => {
        const value = parseDuration(text);
        assert.ok(value?.type === "invalid", JSON.stringify(value));
        assert.equal(value.expected, "duration");
        assert.equal(value.raw, text);
        assert.ok(value.reason.includes(phrase), value.reason);
      });
    }
  });

  describe("parseDuration leaves non-durations to others", () => {
    const cases = [
      "6月",
      "2週",
      "半",
      "半月",
      "半年半",
      "1.5年",
      "30日以内",
      "令和8年",
      "三日月",
      "30日（火）",
      "-30日",
      "1.5年",
    ];
    for (const text of cases) {
      it(JSON.stringify(text), () => assert.equal(parseDuration(text), null));
    }
  });

  describe("formatDuration", () => {
    const cases: readonly [string, string][] = [
      ["1年", "1年"],
      ["６ヶ月", "6ヶ月"],
      ["三十日前", "30日前"],
      ["2週間後", "2週間後"],
      ["6箇月", "6箇月"],
    ];
    for (const [text, expected] of cases) {
      it(`${text} → ${expected} and back`, () => {
        const value = parseDuration(text);
        assert.ok(value?.type === "duration");
        assert.equal(formatDuration(value), expected);
        assert.deepEqual(parseDuration(formatDuration(value)), value);
      });
    }
  });

  describe("durationInDays", () => {
    it("approximates without a start date", () => {
      assert.equal(durationInDays(duration(1, "year", "年")), 365);
      assert.equal(durationInDays(duration(6, "month", "か月")), 180);
      assert.equal(durationInDays(duration(2, "week", "週間")), 14);
      assert.equal(durationInDays(duration(30, "day", "日", "before")), 30);
    });

    it("counts on the calendar from a start date", () => {
      assert.equal(durationInDays(duration(1, "year", "年"), { year: 2024, month: 1, day: 1 }), 366);
      assert.equal(durationInDays(duration(1, "month", "か月"), { year: 2026, month: 2, day: 1 }), 28);
      assert.equal(durationInDays(duration(1, "month", "か月"), { year: 2026, month: 1, day: 31 }), 28);
    });
  });

  describe("applyDuration", () => {
    it("goes back for 前 and forward otherwise", () => {
      const start = { year: 2026, month: 12, day: 1 };
      assert.deepEqual(applyDuration(start, duration(30, "day", "日", "before")), {
        year: 2026,
        month: 11,
        day: 1,
      });
      assert.deepEqual(applyDuration(start, duration(30, "day", "日", "after")), {
        year: 2026,
        month: 12,
        day: 31,
      });
      assert.deepEqual(applyDuration(start, duration(3, "month", "か月")), { year: 2027, month: 3, day: 1 });
    });
  });
});
