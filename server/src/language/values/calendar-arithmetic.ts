import { daysInMonth } from "./calendar";
import { addDays } from "./day-number";
import type { CalendarDate, DurationUnit } from "./value";

/**
 * Months and years are added on the calendar, not as a number of days, and a day the target month
 * lacks clamps to its end: 1月31日 + 1か月 = 2月28日, 2月29日 + 1年 = 翌年2月28日 (as 民法143条 counts).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** A negative amount goes back in time, e.g. for 30日前. */
export function addDuration(date: CalendarDate, amount: number, unit: DurationUnit): CalendarDate {
  switch (unit) {
    case "year":
      return addMonths(date, amount * 12);
    case "month":
      return addMonths(date, amount);
    case "week":
      return addDays(date, amount * 7);
    case "day":
      return addDays(date, amount);
  }
}
