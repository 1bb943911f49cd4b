import type { CalendarDate, EraName } from "./value";
import { eraByName } from "./eras";

/** 2026年12月1日: the form a rendered contract uses for every 西暦 date, whatever the input style. */
export function formatCalendarDate(date: CalendarDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

/** 令和8年12月1日, or 令和元年5月1日 when year 1 is to be written 元年. */
export function formatWarekiDate(date: CalendarDate, era: EraName, gannen: boolean): string {
  const eraYear = date.year - eraByName(era).firstDay.year + 1;
  const yearText = eraYear === 1 && gannen ? "元" : String(eraYear);
  return `${era}${yearText}年${date.month}月${date.day}日`;
}
