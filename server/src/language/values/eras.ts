import { compareDates } from "./calendar";
import type { CalendarDate, EraName } from "./value";

export interface Era {
  readonly name: EraName;
  readonly firstDay: CalendarDate;
  /** null while the era is current. */
  readonly lastDay: CalendarDate | null;
}

/**
 * Days are Gregorian. 明治 begins on 1868-01-25 (慶応4年1月1日): the 改元の詔 of 1868-10-23
 * made the whole year 明治元年 retroactively, so that is the conventional first day. Before 明治6年
 * Japan used the lunisolar calendar; contracts are not dated then, so 明治 dates are read as
 * Gregorian without conversion (明治元年1月1日 is therefore before the era began).
 */
const ERA_TABLE: Readonly<Record<EraName, Era>> = Object.freeze({
  明治: era("明治", [1868, 1, 25], [1912, 7, 29]),
  大正: era("大正", [1912, 7, 30], [1926, 12, 24]),
  昭和: era("昭和", [1926, 12, 25], [1989, 1, 7]),
  平成: era("平成", [1989, 1, 8], [2019, 4, 30]),
  令和: era("令和", [2019, 5, 1], null),
});

/** Oldest first. */
export const ERAS: readonly Era[] = Object.freeze(Object.values(ERA_TABLE));

function era(
  name: EraName,
  [year, month, day]: readonly [number, number, number],
  last: readonly [number, number, number] | null,
): Era {
  const lastDay = last === null ? null : { year: last[0], month: last[1], day: last[2] };
  return { name, firstDay: { year, month, day }, lastDay };
}

export function isEraName(text: string): text is EraName {
  return Object.hasOwn(ERA_TABLE, text);
}

export function eraByName(name: EraName): Era {
  return ERA_TABLE[name];
}

/** 令和8年 → 2026: year 1 of an era is the year of its first day. */
export function warekiToSeireki(eraName: EraName, eraYear: number): number {
  return ERA_TABLE[eraName].firstDay.year + eraYear - 1;
}

/** The era in force on a date and its year within it; null before 明治. */
export function eraOf(date: CalendarDate): { readonly era: EraName; readonly year: number } | null {
  const current = ERAS.findLast((candidate) => compareDates(candidate.firstDay, date) <= 0);
  if (current === undefined) return null;
  return { era: current.name, year: date.year - current.firstDay.year + 1 };
}

export function isWithinEra(eraName: EraName, date: CalendarDate): boolean {
  const { firstDay, lastDay } = ERA_TABLE[eraName];
  return compareDates(firstDay, date) <= 0 && (lastDay === null || compareDates(date, lastDay) <= 0);
}
