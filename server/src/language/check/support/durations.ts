/**
 * Comparing two durations the way the contract counts them: months and years on the calendar,
 * weeks and days as days. A month against days needs a start date to be exact; without one the
 * comparison is approximate (a month as 30 days), which is only used for "clearly longer".
 */
import { durationInMonths } from "../../model/facts";
import { addDuration } from "../../values/calendar-arithmetic";
import { toDayNumber } from "../../values/day-number";
import { durationInDays } from "../../values/duration";
import type { CalendarDate, DurationUnit, DurationValue } from "../../values/value";

/** Negative when a is shorter, 0 when as long, positive when longer. */
export function compareLengths(a: DurationValue, b: DurationValue, from?: CalendarDate): number {
  const [monthsA, monthsB] = [durationInMonths(a), durationInMonths(b)];
  if (monthsA !== null && monthsB !== null) return monthsA - monthsB;
  return durationInDays(a, from) - durationInDays(b, from);
}

/**
 * Whether two durations are written as the same length: 12か月 and 1年 are, 30日 and 1か月 are
 * not comparable without a date (null) because a month is not a fixed number of days.
 */
export function sameLength(a: DurationValue, b: DurationValue): boolean | null {
  const [monthsA, monthsB] = [durationInMonths(a), durationInMonths(b)];
  if (monthsA !== null && monthsB !== null) return monthsA === monthsB;
  if (monthsA !== null || monthsB !== null) return null;
  return durationInDays(a) === durationInDays(b);
}

/** The fewest and most days a duration can span on the calendar, whatever day it starts on. */
const DAY_RANGE: Readonly<Record<DurationUnit, readonly [number, number]>> = {
  year: [365, 366],
  month: [28, 31],
  week: [7, 7],
  day: [1, 1],
};

/**
 * Whether two durations reach the same day, as the calendar counts: from `anchor` (期間満了日 for
 * a notice 前) 1か月前 and 30日前 land on different days; without an anchor, a month against days
 * is a contradiction only when no start day could make them equal (3か月 against 30日).
 */
export function sameOnCalendar(a: DurationValue, b: DurationValue, anchor?: CalendarDate): boolean | null {
  const same = sameLength(a, b);
  if (same !== null) return same;
  if (anchor !== undefined) {
    const sign = b.relation === "before" ? -1 : 1;
    const [dayA, dayB] = [a, b].map((d) => toDayNumber(addDuration(anchor, sign * d.amount, d.unit)));
    return dayA === dayB;
  }
  const [spanA, spanB] = [daySpan(a), daySpan(b)];
  return spanA.max < spanB.min || spanB.max < spanA.min ? false : null;
}

function daySpan(duration: DurationValue): { min: number; max: number } {
  const [min, max] = DAY_RANGE[duration.unit];
  return { min: min * duration.amount, max: max * duration.amount };
}
