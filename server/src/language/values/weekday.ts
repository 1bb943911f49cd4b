import type { DateValue } from "./value";

export type WrittenWeekday = NonNullable<DateValue["weekday"]>;

/** Index 0 = 日 … 6 = 土, as Date.prototype.getDay counts. */
const WEEKDAY_CHARS = "日月火水木金土";

const WEEKDAY_SUFFIX = /^(.*?)[（(]([日月火水木金土](?:曜日|曜)?)[）)]$/;

/** Splits 2026年12月1日（火） into the date and the weekday as written, without judging it. */
export function splitWeekday(text: string): {
  readonly body: string;
  readonly weekday: WrittenWeekday | null;
} {
  const match = WEEKDAY_SUFFIX.exec(text);
  const written = match?.[2];
  if (match === null || written === undefined) return { body: text, weekday: null };
  return {
    body: match[1] ?? "",
    weekday: { index: WEEKDAY_CHARS.indexOf(written.charAt(0)), text: written },
  };
}

export function weekdayChar(index: number): string {
  return WEEKDAY_CHARS.charAt(index);
}

/** （火） with the text as the drafter wrote it (火, 火曜, 火曜日). */
export function formatWeekday(weekday: WrittenWeekday | null): string {
  return weekday === null ? "" : `（${weekday.text}）`;
}
