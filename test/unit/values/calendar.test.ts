import assert from "node:assert/strict";
import {
  addDays,
  addDuration,
  compareDates,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isValidCalendarDate,
  weekdayOf,
} from "../../../server/src/language/values/dates";
import type { CalendarDate, DurationUnit } from "../../../server/src/language/values/value";

function d(year: number, month: number, day: number): CalendarDate {
  return { year, month, day };
}

describe("calendar", () => {
  describe("leap years", () => {
    const cases: readonly [number, boolean][] = [
      [2024, true],
      [2025, false],
      [2000, true],
      [1900, false],
      [2100, false],
      [2400, true],
    ];
    for (const [year, leap] of cases) {
      it(`${year}: ${leap}`, () => {
        assert.equal(isLeapYear(year), leap);
        assert.equal(daysInMonth(year, 2), leap ? 29 : 28);
      });
    }
  });

  it("knows each month's length", () => {
    const lengths = Array.from({ length: 12 }, (_, i) => daysInMonth(2026, i + 1));
    assert.deepEqual(lengths, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    assert.equal(daysInMonth(2026, 13), 0);
  });

  describe("isValidCalendarDate", () => {
    const cases: readonly [CalendarDate, boolean][] = [
      [d(2026, 12, 1), true],
      [d(2024, 2, 29), true],
      [d(2025, 2, 29), false],
      [d(2000, 2, 29), true],
      [d(1900, 2, 29), false],
      [d(2026, 4, 31), false],
      [d(2026, 0, 1), false],
      [d(2026, 13, 1), false],
      [d(2026, 1, 0), false],
      [d(0, 1, 1), false],
      [d(2026, 1.5, 1), false],
    ];
    for (const [date, valid] of cases) {
      it(`${JSON.stringify(date)}: ${valid}`, () => assert.equal(isValidCalendarDate(date), valid));
    }
  });

  it("compares dates", () => {
    assert.ok(compareDates(d(2026, 1, 1), d(2026, 1, 2)) < 0);
    assert.ok(compareDates(d(2026, 2, 1), d(2026, 1, 31)) > 0);
    assert.ok(compareDates(d(2025, 12, 31), d(2026, 1, 1)) < 0);
    assert.equal(compareDates(d(2026, 1, 1), d(2026, 1, 1)), 0);
  });

  describe("weekdayOf", () => {
    const cases: readonly [CalendarDate, number][] = [
      [d(1970, 1, 1), 4],
      [d(2026, 12, 1), 2],
      [d(2019, 5, 1), 3],
      [d(2000, 2, 29), 2],
      [d(1868, 1, 25), 6],
      [d(2024, 12, 29), 0],
    ];
    for (const [date, weekday] of cases) {
      it(`${JSON.stringify(date)} → ${weekday}`, () => assert.equal(weekdayOf(date), weekday));
    }
  });

  describe("addDays", () => {
    const cases: readonly [CalendarDate, number, CalendarDate][] = [
      [d(2026, 12, 1), 30, d(2026, 12, 31)],
      [d(2026, 12, 31), 1, d(2027, 1, 1)],
      [d(2024, 2, 28), 1, d(2024, 2, 29)],
      [d(2025, 2, 28), 1, d(2025, 3, 1)],
      [d(2026, 3, 1), -1, d(2026, 2, 28)],
      [d(2000, 3, 1), -1, d(2000, 2, 29)],
      [d(1900, 3, 1), -1, d(1900, 2, 28)],
      [d(2026, 1, 1), 365, d(2027, 1, 1)],
    ];
    for (const [date, days, expected] of cases) {
      it(`${JSON.stringify(date)} + ${days}`, () => assert.deepEqual(addDays(date, days), expected));
    }
  });

  it("counts days between dates", () => {
    assert.equal(daysBetween(d(2024, 1, 1), d(2025, 1, 1)), 366);
    assert.equal(daysBetween(d(2026, 1, 1), d(2025, 1, 1)), -365);
  });

  describe("addDuration clamps to the month end", () => {
    const cases: readonly [CalendarDate, number, DurationUnit, CalendarDate][] = [
      [d(2026, 1, 31), 1, "month", d(2026, 2, 28)],
      [d(2024, 1, 31), 1, "month", d(2024, 2, 29)],
      [d(2026, 3, 31), 1, "month", d(2026, 4, 30)],
      [d(2026, 1, 31), 2, "month", d(2026, 3, 31)],
      [d(2026, 11, 30), 3, "month", d(2027, 2, 28)],
      [d(2026, 12, 1), 6, "month", d(2027, 6, 1)],
      [d(2026, 3, 31), -1, "month", d(2026, 2, 28)],
      [d(2026, 1, 15), -1, "month", d(2025, 12, 15)],
      [d(2024, 2, 29), 1, "year", d(2025, 2, 28)],
      [d(2024, 2, 29), 4, "year", d(2028, 2, 29)],
      [d(2026, 12, 1), 1, "year", d(2027, 12, 1)],
      [d(2026, 12, 1), 2, "week", d(2026, 12, 15)],
      [d(2026, 12, 1), 30, "day", d(2026, 12, 31)],
      [d(2026, 12, 1), -30, "day", d(2026, 11, 1)],
    ];
    for (const [date, amount, unit, expected] of cases) {
      it(`${JSON.stringify(date)} + ${amount} ${unit}`, () =>
        assert.deepEqual(addDuration(date, amount, unit), expected));
    }
  });
});
