/**
 * 和暦 and 西暦 written side by side: 令和8年（2026年）12月1日, 2026年（令和8年）, or two whole
 * dates 令和8年12月1日（2026年12月1日）. The two halves must name the same year (and the same day
 * when both give one); a pair that disagrees leaves the reader unable to tell which date is meant.
 */
import type { Span } from "../../ast";
import { warekiToSeireki } from "../../values/eras";
import type { CalendarDate, EraName } from "../../values/value";
import {
  ANY_YEAR,
  MONTH_DAY,
  readMonthDay,
  readYear,
  WEEKDAY,
  trailingWeekday,
  type MonthDay,
  type TextSegment,
  type WrittenWeekdayAt,
  type WrittenYear,
} from "./date-patterns";
import { matchesOf } from "../../pattern-matches";

export interface PairHalf {
  /** The year, with the month and day when they are written inside this half. */
  readonly span: Span;
  readonly text: string;
  readonly year: number;
  readonly monthDay: MonthDay | null;
}

export interface WarekiHalf extends PairHalf {
  readonly era: EraName;
  readonly gannen: boolean;
}

export interface EraPair {
  readonly span: Span;
  readonly wareki: WarekiHalf;
  readonly seireki: PairHalf;
  /** 令和8年（2026年）12月1日: the month and day written once, after both years. */
  readonly sharedMonthDay: MonthDay | null;
  readonly weekday: WrittenWeekdayAt | null;
}

const PAIR = new RegExp(
  `(${ANY_YEAR})(${MONTH_DAY})?[（(](${ANY_YEAR})(${MONTH_DAY})?[）)](${MONTH_DAY})?(?:${WEEKDAY})?`,
  "gu",
);
const pairMatches = matchesOf(PAIR);

// Cheap tests first (linear, whatever the line): most lines hold no era name or no parenthesis.
const ERA_NAME = /明治|大正|昭和|平成|令和/u;
const OPENING_PARENTHESIS = /[（(]/u;

interface RawHalf {
  readonly written: WrittenYear;
  readonly half: PairHalf;
}

function halfOf(match: RegExpExecArray, yearGroup: number, start: number): RawHalf | null {
  const yearText = match[yearGroup] ?? "";
  const written = readYear(yearText);
  if (written === null) return null;
  const monthDayText = match[yearGroup + 1];
  const text = yearText + (monthDayText ?? "");
  const half = {
    span: { start, end: start + text.length },
    text,
    year: written.year,
    monthDay: readMonthDay(monthDayText),
  };
  return { written, half };
}

function pairOf(match: RegExpExecArray, base: number): EraPair | null {
  const start = base + match.index;
  const left = halfOf(match, 1, start);
  // The right half starts after the left half and its opening parenthesis.
  const right = left === null ? null : halfOf(match, 3, left.half.span.end + 1);
  if (left === null || right === null) return null;
  const [wareki, seireki] = left.written.era !== null ? [left, right] : [right, left];
  const era = wareki.written.era;
  if (era === null || seireki.written.era !== null) return null;
  return {
    span: { start, end: start + match[0].length },
    wareki: { ...wareki.half, era, gannen: wareki.written.gannen },
    seireki: seireki.half,
    sharedMonthDay: readMonthDay(match[5]),
    weekday: trailingWeekday(match, 6, base),
  };
}

export function findEraPairs(segment: TextSegment): EraPair[] {
  if (!ERA_NAME.test(segment.text) || !OPENING_PARENTHESIS.test(segment.text)) return [];
  const pairs: EraPair[] = [];
  for (const match of pairMatches(segment.text)) {
    const pair = pairOf(match, segment.start);
    if (pair !== null) pairs.push(pair);
  }
  return pairs;
}

/** The 西暦 year the 和暦 half names. */
export function warekiYearInSeireki(pair: EraPair): number {
  return warekiToSeireki(pair.wareki.era, pair.wareki.year);
}

function sameMonthDay(a: MonthDay | null, b: MonthDay | null): boolean {
  return a === null || b === null || (a.month === b.month && a.day === b.day);
}

export function pairAgrees(pair: EraPair): boolean {
  return (
    warekiYearInSeireki(pair) === pair.seireki.year &&
    sameMonthDay(pair.wareki.monthDay, pair.seireki.monthDay)
  );
}

/** The day a pair that agrees names, when a month and day are written; null otherwise. */
export function pairDate(pair: EraPair): CalendarDate | null {
  const monthDay = pair.wareki.monthDay ?? pair.seireki.monthDay ?? pair.sharedMonthDay;
  return monthDay === null ? null : { year: pair.seireki.year, ...monthDay };
}
