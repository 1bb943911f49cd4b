/**
 * Comparing two durations the way the contract counts them: months and years on the calendar,
 * weeks and days as days. A month against days needs a start date to be exact; without one the
 * comparison is approximate (a month as 30 days), which is only used for "clearly longer".
 */
import { durationInMonths } from "../../model/facts";
import { durationInDays } from "../../values/duration";
import type { CalendarDate, DurationValue } from "../../values/value";

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
