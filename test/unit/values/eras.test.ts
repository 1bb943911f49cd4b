import assert from "node:assert/strict";
import {
  ERAS,
  eraOf,
  isEraName,
  isWithinEra,
  warekiToSeireki,
} from "../../../server/src/language/values/eras";
import type { CalendarDate, EraName } from "../../../server/src/language/values/value";

function d(year: number, month: number, day: number): CalendarDate {
  return { year, month, day };
}

describe("eras", () => {
  it("lists the modern eras oldest first, each starting the day after the previous ends", () => {
    assert.deepEqual(
      ERAS.map((era) => era.name),
      ["明治", "大正", "昭和", "平成", "令和"],
    );
    assert.deepEqual(ERAS[0]?.firstDay, d(1868, 1, 25));
    assert.equal(ERAS[4]?.lastDay, null);
  });

  describe("warekiToSeireki", () => {
    const cases: readonly [EraName, number, number][] = [
      ["明治", 1, 1868],
      ["明治", 45, 1912],
      ["大正", 1, 1912],
      ["大正", 15, 1926],
      ["昭和", 1, 1926],
      ["昭和", 64, 1989],
      ["平成", 1, 1989],
      ["平成", 31, 2019],
      ["令和", 1, 2019],
      ["令和", 8, 2026],
    ];
    for (const [era, year, seireki] of cases) {
      it(`${era}${year}年 = ${seireki}年`, () => assert.equal(warekiToSeireki(era, year), seireki));
    }
  });

  describe("eraOf", () => {
    const cases: readonly [CalendarDate, EraName | null, number | null][] = [
      [d(1868, 1, 24), null, null],
      [d(1868, 1, 25), "明治", 1],
      [d(1912, 7, 29), "明治", 45],
      [d(1912, 7, 30), "大正", 1],
      [d(1926, 12, 24), "大正", 15],
      [d(1926, 12, 25), "昭和", 1],
      [d(1989, 1, 7), "昭和", 64],
      [d(1989, 1, 8), "平成", 1],
      [d(2019, 4, 30), "平成", 31],
      [d(2019, 5, 1), "令和", 1],
      [d(2026, 12, 1), "令和", 8],
    ];
    for (const [date, era, year] of cases) {
      it(`${date.year}-${date.month}-${date.day} → ${era ?? "none"}${year ?? ""}`, () => {
        const found = eraOf(date);
        assert.deepEqual(found, era === null ? null : { era, year });
      });
    }
  });

  describe("isWithinEra", () => {
    const cases: readonly [EraName, CalendarDate, boolean][] = [
      ["平成", d(2019, 4, 30), true],
      ["平成", d(2019, 5, 1), false],
      ["令和", d(2019, 4, 30), false],
      ["令和", d(2019, 5, 1), true],
      ["令和", d(9999, 12, 31), true],
      ["昭和", d(1989, 1, 7), true],
      ["昭和", d(1989, 1, 8), false],
      ["平成", d(1989, 1, 7), false],
      ["明治", d(1868, 1, 25), true],
      ["明治", d(1868, 1, 1), false],
    ];
    for (const [era, date, expected] of cases) {
      it(`${era} ∋ ${date.year}-${date.month}-${date.day}: ${expected}`, () =>
        assert.equal(isWithinEra(era, date), expected));
    }
  });

  it("recognises era names", () => {
    assert.equal(isEraName("令和"), true);
    assert.equal(isEraName("慶応"), false);
    assert.equal(isEraName("toString"), false);
  });
});
