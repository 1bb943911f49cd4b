/**
 * The shapes of dates as drafters write them in prose: 2026年12月1日, 令和8年12月1日, 令和元年5月1日,
 * with ASCII, full-width or kanji digits, optionally followed by a weekday such as （火）.
 * Only 年月日 dates are recognised in prose: 2026-12-01 in a sentence is too rare to be worth the
 * false positives of matching every hyphenated number (addresses such as 1-1-1).
 */
import type { Span } from "../../ast";
import { isEraName } from "../../values/eras";
import { DIGITS_PATTERN, KANJI_NUMERAL_CHARS, parseNumeral } from "../../values/numerals";
import type { EraName } from "../../values/value";

const D = DIGITS_PATTERN;
// A 西暦 year must not be the tail of a longer number (12026年).
const NOT_AFTER_DIGIT = `(?<![0-9０-９${KANJI_NUMERAL_CHARS}])`;

export const ERA_YEAR = `(?:明治|大正|昭和|平成|令和)(?:元|${D})年`;
export const SEIREKI_YEAR = `${NOT_AFTER_DIGIT}(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年`;
export const ANY_YEAR = `(?:${ERA_YEAR}|${SEIREKI_YEAR})`;
export const MONTH_DAY = `${D}月${D}日`;
/** One capture group: the weekday as written (火, 火曜, 火曜日). */
export const WEEKDAY = `[（(]([日月火水木金土](?:曜日|曜)?)[）)]`;

/** A segment of text to scan: a prose line or a value, with the offset of its first character. */
export interface TextSegment {
  readonly text: string;
  readonly start: number;
}

export interface WrittenYear {
  readonly era: EraName | null;
  /** The era year for 和暦, else the 西暦 year. */
  readonly year: number;
  readonly gannen: boolean;
}

export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** The weekday written after a date, with the span of the characters inside the parentheses. */
export interface WrittenWeekdayAt {
  readonly span: Span;
  readonly text: string;
}

const ERA_YEAR_PARTS = /^(明治|大正|昭和|平成|令和)(.+)年$/u;
const MONTH_DAY_PARTS = /^(.+)月(.+)日$/u;

/** 令和8年, 令和元年, 2026年, 二〇二六年 → its parts; null when the digits do not read. */
export function readYear(text: string): WrittenYear | null {
  const wareki = ERA_YEAR_PARTS.exec(text);
  if (wareki === null) {
    const year = parseNumeral(text.slice(0, -1));
    return year === null ? null : { era: null, year, gannen: false };
  }
  const [, era = "", yearText = ""] = wareki;
  const gannen = yearText === "元";
  const year = gannen ? 1 : parseNumeral(yearText);
  return year === null || !isEraName(era) ? null : { era, year, gannen };
}

export function readMonthDay(text: string | undefined): MonthDay | null {
  const match = text === undefined ? null : MONTH_DAY_PARTS.exec(text);
  if (match === null) return null;
  const month = parseNumeral(match[1] ?? "");
  const day = parseNumeral(match[2] ?? "");
  return month === null || day === null ? null : { month, day };
}

/**
 * The weekday of a match whose pattern ends with WEEKDAY, in capture group `group`. Worked out
 * from the end of the match rather than with the `d` flag, which would build arrays of offsets
 * for every match of every line.
 */
export function trailingWeekday(
  match: RegExpExecArray,
  group: number,
  base: number,
): WrittenWeekdayAt | null {
  const text = match[group];
  if (text === undefined) return null;
  const end = base + match.index + match[0].length - 1;
  return { span: { start: end - text.length, end }, text };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
