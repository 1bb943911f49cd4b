import { formatCalendarDate, formatWarekiDate } from "./date-format";
import { matchDateParts } from "./date-parts";
import { calendarDateOf, dateProblem } from "./date-problem";
import { eraOf } from "./eras";
import { invalidValue } from "./invalid";
import type { DateValue, InvalidValue } from "./value";
import { formatWeekday, splitWeekday } from "./weekday";

export { compareDates, daysInMonth, isLeapYear, isValidCalendarDate } from "./calendar";
export { addDuration, addMonths } from "./calendar-arithmetic";
export { addDays, daysBetween, weekdayOf } from "./day-number";
export { formatCalendarDate } from "./date-format";

/**
 * 2026-12-01, 2026/12/1, 2026年12月1日, 令和8年12月1日, 令和元年5月1日 (digits ASCII, full-width or
 * kanji), optionally followed by a weekday such as （火）. Returns null when the text is not
 * date-shaped. The weekday is kept but not checked against the date: that is a checker rule.
 */
export function parseDate(text: string): DateValue | InvalidValue | null {
  const { body, weekday } = splitWeekday(text);
  const parts = matchDateParts(body);
  if (parts === null) return null;
  const problem = dateProblem(parts);
  if (problem !== null) return invalidValue("date", text, problem);
  const { style, era, gannen } = parts;
  return { type: "date", date: calendarDateOf(parts), style, era, gannen, weekday };
}

/** 西暦 styles all render as 2026年12月1日; 和暦 keeps its era and 元年. Digits become ASCII. */
export function formatDate(value: DateValue): string {
  return formatDateOnly(value) + formatWeekday(value.weekday);
}

function formatDateOnly(value: DateValue): string {
  if (value.style !== "wareki") return formatCalendarDate(value.date);
  const era = value.era ?? eraOf(value.date)?.era;
  return era === undefined ? formatCalendarDate(value.date) : formatWarekiDate(value.date, era, value.gannen);
}
