import { invalidValue, unreadableNumberReason } from "./invalid";
import { DIGITS_PATTERN, parseNumeral } from "./numerals";
import type { DayOfMonth, InvalidValue, MonthlyPaymentDue } from "./value";
import { withAsciiNumbers, type WrittenNumber } from "./written-numbers";

const MONTHS: ReadonlyMap<string, MonthlyPaymentDue["monthOffset"]> = new Map([
  ["当月", 0],
  ["翌月", 1],
  ["翌々月", 2],
  ["翌翌月", 2],
]);

const D = DIGITS_PATTERN;
/** 毎月末日締め / 月末締め / 20日〆: the 締め日 that closes a month's work, with what follows it. */
const CLOSING = `(?:毎月)?(?:末日?|月末|(?<closingDay>${D})日)(?:締め切り|締切り|締切|締め|締|〆)[、，,]?`;
const PAYMENT_DAY = `(?<month>当月|翌月|翌々月|翌翌月)(?:末日?|(?<day>${D})日)`;
const MONTHLY = new RegExp(`^(?<closing>${CLOSING})?${PAYMENT_DAY}(?:限り|まで|払い?|支払い?)?$`, "du");

const DAY_RANGE_REASON =
  "支払日は1日から31日まで、または「末日」で書いてください（例：翌月末日、翌月10日）。";
const CLOSING_RANGE_REASON =
  "締め日は1日から31日まで、または「末日」で書いてください（例：毎月末日締め翌月末日払い、毎月20日締め翌月10日払い）。";

/** A day as read, with its number for rendering in ASCII; or, as a string, why it cannot be one. */
type DayRead = { readonly day: DayOfMonth; readonly number: WrittenNumber | null } | string;

/**
 * 当月末日, 翌月末日, 翌々月末日, 翌月10日, 翌月10日限り, 毎月末日締め翌月末日払い, 毎月20日締め翌月10日払い.
 * Null when the text is not of that shape.
 */
export function parseMonthlyPaymentDue(text: string): MonthlyPaymentDue | InvalidValue | null {
  const match = MONTHLY.exec(text);
  const groups = match?.groups ?? {};
  const monthOffset = MONTHS.get(groups["month"] ?? "");
  if (match === null || monthOffset === undefined) return null;
  const closing = dayOf(groups["closingDay"], "closingDay", CLOSING_RANGE_REASON);
  const day = dayOf(groups["day"], "day", DAY_RANGE_REASON);
  if (typeof closing === "string") return invalidValue("paymentDue", text, closing);
  if (typeof day === "string") return invalidValue("paymentDue", text, day);
  const closingWritten = groups["closing"] !== undefined;
  if (closingWritten && monthOffset === 0 && paidBeforeClosing(closing.day, day.day)) {
    return invalidValue("paymentDue", text, beforeClosingReason(closing.day, day.day));
  }
  const numbers = [closing.number, day.number].filter((n) => n !== null);
  const written = withAsciiNumbers(match, numbers);
  return {
    type: "paymentDue",
    basis: "month",
    closingDay: closing.day,
    monthOffset,
    day: day.day,
    text: written,
  };
}

/** A day 1–31 when digits are written; otherwise 末日, 末 or 月末 (or no 締め日 at all): the month's end. */
function dayOf(digits: string | undefined, group: string, rangeReason: string): DayRead {
  if (digits === undefined) return { day: "end", number: null };
  const day = parseNumeral(digits);
  if (day === null) return unreadableNumberReason(digits, group === "day" ? "翌月10日" : "毎月20日締め");
  if (day < 1 || day > 31) return rangeReason;
  return { day, number: { group, value: day } };
}

/** 当月10日 after 20日締め pays for work not yet closed; day 31 is every month's end. */
function paidBeforeClosing(closing: DayOfMonth, day: DayOfMonth): boolean {
  if (day === "end" || day === 31) return false;
  return closing === "end" || day < closing;
}

function dayText(day: DayOfMonth): string {
  return day === "end" ? "末日" : `${day}日`;
}

function beforeClosingReason(closing: DayOfMonth, day: DayOfMonth): string {
  return `当月${dayText(day)}は締め日（${dayText(closing)}）より前です。締めた後の日を「翌月${dayText(day)}払い」のように書いてください。`;
}
