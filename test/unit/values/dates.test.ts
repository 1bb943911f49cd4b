import assert from "node:assert/strict";
import { formatCalendarDate, formatDate, parseDate } from "../../../server/src/language/values/dates";
import type { DateValue, EraName } from "../../../server/src/language/values/value";
import { weekdayChar } from "../../../server/src/language/values/weekday";

type Written = DateValue["weekday"];

function seireki(
  style: "iso" | "slash" | "seireki",
  year: number,
  month: number,
  day: number,
  weekday: Written = null,
): DateValue {
  return { type: "date", date: { year, month, day }, style, era: null, gannen: false, weekday };
}

function wareki(era: EraName, gannen: boolean, year: number, month: number, day: number): DateValue {
  return { type: "date", date: { year, month, day }, style: "wareki", era, gannen, weekday: null };
}

describe("dates", () => {
  describe("parseDate accepts", () => {
    const cases: readonly [string, DateValue][] = [
      ["2026-12-01", seireki("iso", 2026, 12, 1)],
      ["2026-12-1", seireki("iso", 2026, 12, 1)],
      ["２０２６－１２－０１", seireki("iso", 2026, 12, 1)],
      ["2026/12/01", seireki("slash", 2026, 12, 1)],
      ["2026/1/5", seireki("slash", 2026, 1, 5)],
      ["2026年12月1日", seireki("seireki", 2026, 12, 1)],
      ["2026年12月01日", seireki("seireki", 2026, 12, 1)],
      ["２０２６年１２月１日", seireki("seireki", 2026, 12, 1)],
      ["二〇二六年十二月一日", seireki("seireki", 2026, 12, 1)],
      ["2024年2月29日", seireki("seireki", 2024, 2, 29)],
      ["2000年2月29日", seireki("seireki", 2000, 2, 29)],
      ["令和8年12月1日", wareki("令和", false, 2026, 12, 1)],
      ["令和８年１２月１日", wareki("令和", false, 2026, 12, 1)],
      ["令和八年十二月一日", wareki("令和", false, 2026, 12, 1)],
      ["令和八年十二月三十一日", wareki("令和", false, 2026, 12, 31)],
      ["令和元年五月一日", wareki("令和", true, 2019, 5, 1)],
      ["二千二十六年十二月一日", seireki("seireki", 2026, 12, 1)],
      ["二〇二六年一二月一日", seireki("seireki", 2026, 12, 1)],
      ["令和捌年拾弐月壱日", wareki("令和", false, 2026, 12, 1)],
      ["令和元年5月1日", wareki("令和", true, 2019, 5, 1)],
      ["令和1年5月1日", wareki("令和", false, 2019, 5, 1)],
      ["平成31年4月30日", wareki("平成", false, 2019, 4, 30)],
      ["平成元年1月8日", wareki("平成", true, 1989, 1, 8)],
      ["昭和64年1月7日", wareki("昭和", false, 1989, 1, 7)],
      ["昭和元年12月25日", wareki("昭和", true, 1926, 12, 25)],
      ["大正元年7月30日", wareki("大正", true, 1912, 7, 30)],
      ["大正15年12月24日", wareki("大正", false, 1926, 12, 24)],
      ["明治45年7月29日", wareki("明治", false, 1912, 7, 29)],
      ["明治元年1月25日", wareki("明治", true, 1868, 1, 25)],
      ["令和6年2月29日", wareki("令和", false, 2024, 2, 29)],
      ["2026年12月1日（火）", seireki("seireki", 2026, 12, 1, { index: 2, text: "火" })],
      ["2026年12月1日(火)", seireki("seireki", 2026, 12, 1, { index: 2, text: "火" })],
      ["2026年12月1日（火曜日）", seireki("seireki", 2026, 12, 1, { index: 2, text: "火曜日" })],
      ["2026年12月1日（火曜）", seireki("seireki", 2026, 12, 1, { index: 2, text: "火曜" })],
      ["2026-12-01（日）", seireki("iso", 2026, 12, 1, { index: 0, text: "日" })],
      ["2026/12/01(土)", seireki("slash", 2026, 12, 1, { index: 6, text: "土" })],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parseDate(text), expected));
    }

    it("names weekdays by index, 0 = 日", () => {
      assert.equal([0, 1, 2, 3, 4, 5, 6].map(weekdayChar).join(""), "日月火水木金土");
    });

    it("keeps a wrong weekday for the checker to judge", () => {
      const value = parseDate("2026年12月1日（水）");
      assert.ok(value?.type === "date");
      assert.deepEqual(value.weekday, { index: 3, text: "水" });
    });
  });

  describe("parseDate rejects with a reason", () => {
    const cases: readonly [string, string][] = [
      ["2026年13月1日", "「13月」はありません"],
      ["2026年0月1日", "月は1から12まで"],
      ["2026-13-01", "月は1から12まで"],
      ["2026年12月0日", "日は1日から"],
      ["2026年4月31日", "2026年4月は30日まで"],
      ["2026/02/30", "2026年2月は28日まで"],
      ["2024年2月30日", "2024年2月は29日まで"],
      ["2025年2月29日", "2025年は閏年ではない"],
      ["1900年2月29日", "1900年は閏年ではない"],
      ["令和7年2月29日", "令和7年（2025年）は閏年ではない"],
      ["令和0年1月1日", "元年（1年）から"],
      ["26年1月1日", "4桁"],
      ["0026-01-01", "4桁"],
      [
        "令和元年4月30日",
        "令和は2019年5月1日に始まりました。平成31年4月30日と書くか、日付を確かめてください。",
      ],
      ["平成31年5月1日", "平成は2019年4月30日に終わりました。令和元年5月1日と書くか"],
      ["平成32年1月1日", "平成は2019年4月30日に終わりました。令和2年1月1日と書くか"],
      ["昭和64年1月8日", "昭和は1989年1月7日に終わりました。平成元年1月8日と書くか"],
      ["平成元年1月7日", "平成は1989年1月8日に始まりました。昭和64年1月7日と書くか"],
      ["大正16年1月1日", "大正は1926年12月24日に終わりました。昭和2年1月1日と書くか"],
      ["明治元年1月1日", "明治は1868年1月25日に始まりました。日付を確かめてください。"],
      ["二〇二六年十三月一日", "「13月」はありません"],
      ["令和八年二月三十日", "令和8年（2026年）2月は28日まで"],
      ["令和元年四月三十日", "平成31年4月30日と書くか"],
    ];
    for (const [text, phrase] of cases) {
      it(`${text} (${phrase})`, () => {
        const value = parseDate(text);
        assert.ok(value?.type === "invalid", JSON.stringify(value));
        assert.equal(value.expected, "date");
        assert.equal(value.raw, text);
        assert.ok(value.reason.includes(phrase), value.reason);
      });
    }
  });

  describe("parseDate leaves non-dates to others", () => {
    const cases = [
      "12月1日",
      "2026年12月",
      "26/12/01",
      "2026-12-01 ",
      "2026 年12月1日",
      "慶応4年1月1日",
      "令和元元年1月1日",
      "30日",
      "翌月末日",
      "2026年12月1日（祝）",
    ];
    for (const text of cases) {
      it(JSON.stringify(text), () => assert.equal(parseDate(text), null));
    }
  });

  describe("formatDate", () => {
    const cases: readonly [string, string][] = [
      ["2026-12-01", "2026年12月1日"],
      ["2026/12/01", "2026年12月1日"],
      ["２０２６年１２月０１日", "2026年12月1日"],
      ["令和８年１２月１日", "令和8年12月1日"],
      ["令和元年5月1日", "令和元年5月1日"],
      ["令和1年5月1日", "令和1年5月1日"],
      ["平成元年1月8日", "平成元年1月8日"],
      ["2026年12月1日(火)", "2026年12月1日（火）"],
      ["令和8年12月1日（火曜日）", "令和8年12月1日（火曜日）"],
    ];
    for (const [text, expected] of cases) {
      it(`${text} → ${expected}`, () => {
        const value = parseDate(text);
        assert.ok(value?.type === "date");
        assert.equal(formatDate(value), expected);
      });
    }

    it("round-trips the date, era, 元年 and weekday", () => {
      for (const [text] of cases) {
        const value = parseDate(text);
        assert.ok(value?.type === "date");
        const again = parseDate(formatDate(value));
        assert.ok(again?.type === "date");
        const { date, era, gannen, weekday } = value;
        assert.deepEqual(
          { date: again.date, era: again.era, gannen: again.gannen, weekday: again.weekday },
          {
            date,
            era,
            gannen,
            weekday,
          },
        );
      }
    });

    it("formats a calendar date in 西暦", () => {
      assert.equal(formatCalendarDate({ year: 2026, month: 1, day: 5 }), "2026年1月5日");
    });
  });
});
