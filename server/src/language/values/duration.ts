import { addDuration } from "./calendar-arithmetic";
import { daysBetween } from "./day-number";
import { invalidValue, unreadableNumberReason } from "./invalid";
import { NUMERAL_PATTERN, parseNumeral } from "./numerals";
import type { CalendarDate, DurationUnit, DurationValue, InvalidValue } from "./value";

/** Every spelling of a unit maps to one unit; the spelling itself is kept in unitText. */
const UNITS: ReadonlyMap<string, DurationUnit> = new Map([
  ["年", "year"],
  ["か月", "month"],
  ["ヶ月", "month"],
  ["カ月", "month"],
  ["ケ月", "month"],
  ["箇月", "month"],
  ["ヵ月", "month"],
  ["週間", "week"],
  ["日", "day"],
]);

const DURATION = new RegExp(`^(${NUMERAL_PATTERN})(${[...UNITS.keys()].join("|")})(間?)(前|後)?$`);

/** 半年 (6か月) and N年半 (12N + 6 か月): lengths written as words, kept as written. */
const HALF_YEAR = new RegExp(`^(?:(${NUMERAL_PATTERN})年半|半年)(間?)(前|後)?$`);

const BARE_NUMBER_REASON =
  "数だけでは期間になりません。単位（年・か月・週間・日）を付けて「30日」「6か月」「1年」のように書いてください。";

/** Rough lengths for comparing durations when no start date is known. */
const APPROXIMATE_DAYS: Readonly<Record<DurationUnit, number>> = { year: 365, month: 30, week: 7, day: 1 };

/**
 * 1年, 6か月, 2週間, 30日, 30日前, 三十日, 半年, 1年半. A trailing 間 (1年間) is rejected rather than
 * dropped: the value is a length that the prose refers to, and the prose is where 間 belongs.
 */
export function parseDuration(text: string): DurationValue | InvalidValue | null {
  if (parseNumeral(text) !== null) return invalidValue("duration", text, BARE_NUMBER_REASON);
  const half = HALF_YEAR.exec(text);
  if (half !== null) return parseHalfYear(text, half);
  const match = DURATION.exec(text);
  const [, numberText = "", unitText = "", kan = "", relationText] = match ?? [];
  const unit = UNITS.get(unitText);
  if (match === null || unit === undefined) return null;
  const amount = parseNumeral(numberText);
  if (amount === null) return invalidValue("duration", text, unreadableNumberReason(numberText, "30日"));
  if (kan !== "") return invalidValue("duration", text, kanReason(`${amount}${unitText}`));
  return { type: "duration", amount, unit, unitText, relation: relationOf(relationText) };
}

function relationOf(text: string | undefined): DurationValue["relation"] {
  return text === "前" ? "before" : text === "後" ? "after" : null;
}

/** 半年 is 6か月 and 1年半 is 18か月, counted in months on the calendar like any other months. */
function parseHalfYear(text: string, match: RegExpExecArray): DurationValue | InvalidValue {
  const [, yearsText, kan = "", relationText] = match;
  const years = yearsText === undefined ? 0 : parseNumeral(yearsText);
  if (years === null) return invalidValue("duration", text, unreadableNumberReason(yearsText ?? "", "1年半"));
  const spelled = yearsText === undefined ? "半年" : `${years}年半`;
  if (kan !== "") return invalidValue("duration", text, kanReason(spelled));
  return {
    type: "duration",
    amount: years * 12 + 6,
    unit: "month",
    unitText: "か月",
    relation: relationOf(relationText),
    spelled,
  };
}

function kanReason(bare: string): string {
  return `値には「間」を付けず「${bare}」と書き、本文で「{契約期間}間」のように書いてください。`;
}

/** 6か月, 30日前: ASCII digits, the unit as written; 半年 and 1年半 as written. */
export function formatDuration(value: DurationValue): string {
  const relation = value.relation === "before" ? "前" : value.relation === "after" ? "後" : "";
  return `${value.spelled ?? `${value.amount}${value.unitText}`}${relation}`;
}

/**
 * The length in days, ignoring 前/後: exact on the calendar when counted from `from`,
 * otherwise approximate (a year as 365 days, a month as 30).
 */
export function durationInDays(value: DurationValue, from?: CalendarDate): number {
  if (from === undefined) return value.amount * APPROXIMATE_DAYS[value.unit];
  return daysBetween(from, addDuration(from, value.amount, value.unit));
}

/** The date the duration points to from `date`: 30日前 goes back, 30日 and 30日後 go forward. */
export function applyDuration(date: CalendarDate, value: DurationValue): CalendarDate {
  return addDuration(date, value.relation === "before" ? -value.amount : value.amount, value.unit);
}
