import { compareDates, daysInMonth, isLeapYear } from "./calendar";
import type { DateParts } from "./date-parts";
import { formatCalendarDate, formatWarekiDate } from "./date-format";
import { eraByName, eraOf, isWithinEra, warekiToSeireki } from "./eras";
import type { CalendarDate } from "./value";

/** What is wrong with a date as written, in Japanese with what to do; null when it is a real date. */
export function dateProblem(parts: DateParts): string | null {
  return yearProblem(parts) ?? monthDayProblem(parts) ?? eraProblem(parts);
}

/** The Gregorian date the parts denote (meaningful once yearProblem is null). */
export function calendarDateOf(parts: DateParts): CalendarDate {
  const year = parts.era === null ? parts.year : warekiToSeireki(parts.era, parts.year);
  return { year, month: parts.month, day: parts.day };
}

function yearProblem(parts: DateParts): string | null {
  if (parts.era !== null) {
    return parts.year >= 1
      ? null
      : `「${parts.era}${parts.year}年」はありません。和暦の年は元年（1年）から数えます。`;
  }
  const fourDigits = parts.year >= 1000 && parts.year <= 9999;
  return fourDigits ? null : "西暦の年は4桁で書いてください（例：2026年12月1日）。";
}

function monthDayProblem(parts: DateParts): string | null {
  const { month, day } = parts;
  if (month < 1 || month > 12) return `「${month}月」はありません。月は1から12までで書いてください。`;
  if (day < 1) return `「${day}日」はありません。日は1日から数えてください。`;
  const { year } = calendarDateOf(parts);
  const length = daysInMonth(year, month);
  if (day <= length) return null;
  if (month === 2 && day === 29 && !isLeapYear(year)) {
    return `${yearLabel(parts, year)}は閏年ではないため、2月は28日までです。日付を確かめてください。`;
  }
  return `${yearLabel(parts, year)}${month}月は${length}日までです。日付を確かめてください。`;
}

function yearLabel(parts: DateParts, seireki: number): string {
  return parts.era === null ? `${seireki}年` : `${parts.era}${parts.year}年（${seireki}年）`;
}

function eraProblem(parts: DateParts): string | null {
  if (parts.era === null) return null;
  const date = calendarDateOf(parts);
  if (isWithinEra(parts.era, date)) return null;
  const { firstDay, lastDay } = eraByName(parts.era);
  const edge =
    lastDay === null || compareDates(date, firstDay) < 0
      ? `${parts.era}は${formatCalendarDate(firstDay)}に始まりました。`
      : `${parts.era}は${formatCalendarDate(lastDay)}に終わりました。`;
  return `${edge}${suggestion(date)}日付を確かめてください。`;
}

/** 「平成31年4月30日と書くか、」: the same day in the era that was in force, when there is one. */
function suggestion(date: CalendarDate): string {
  const current = eraOf(date);
  return current === null ? "" : `${formatWarekiDate(date, current.era, true)}と書くか、`;
}
