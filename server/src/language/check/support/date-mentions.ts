/**
 * Dates written in prose (and in values that are free text), found by shape and judged by the
 * same parser as the values of 条件, so prose and values can never disagree on what is a date.
 */
import type { Span } from "../../ast";
import { parseDate } from "../../values/dates";
import type { DateValue, InvalidValue } from "../../values/value";
import {
  ANY_YEAR,
  ERA_YEAR,
  MONTH_DAY,
  WEEKDAY,
  trailingWeekday,
  type TextSegment,
  type WrittenWeekdayAt,
} from "./date-patterns";
import { matchesOf } from "../../pattern-matches";

export interface DateMention {
  /** The date alone, without the weekday after it. */
  readonly span: Span;
  readonly text: string;
  readonly style: "wareki" | "seireki";
  /** Always a date or an invalid date: the text has a date's shape by construction. */
  readonly value: DateValue | InvalidValue;
  readonly weekday: WrittenWeekdayAt | null;
}

const DATE = new RegExp(`(${ANY_YEAR})${MONTH_DAY}(?:${WEEKDAY})?`, "gu");
const dates = matchesOf(DATE);
const STARTS_WITH_ERA = new RegExp(`^${ERA_YEAR}`, "u");

function mentionOf(match: RegExpExecArray, base: number): DateMention | null {
  const weekday = trailingWeekday(match, 2, base);
  const whole = match[0];
  const text = weekday === null ? whole : whole.slice(0, whole.length - weekday.text.length - 2);
  const value = parseDate(text);
  if (value === null || (value.type !== "date" && value.type !== "invalid")) return null;
  const start = base + match.index;
  const style = STARTS_WITH_ERA.test(text) ? "wareki" : "seireki";
  return { span: { start, end: start + text.length }, text, style, value, weekday };
}

export function findDateMentions(segment: TextSegment): DateMention[] {
  // Cheap tests first: the full pattern is tried at every position of the line.
  const { text } = segment;
  if (!text.includes("年") || !text.includes("月") || !text.includes("日")) return [];
  const mentions: DateMention[] = [];
  for (const match of dates(segment.text)) {
    const mention = mentionOf(match, segment.start);
    if (mention !== null) mentions.push(mention);
  }
  return mentions;
}
