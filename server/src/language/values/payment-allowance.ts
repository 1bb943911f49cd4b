import { addMonths } from "./calendar-arithmetic";
import { daysInMonth } from "./calendar";
import { daysBetween } from "./day-number";
import type {
  CalendarDate,
  DayOfMonth,
  HolidayShift,
  MonthlyPaymentDue,
  PaymentDueValue,
  PaymentEvent,
} from "./value";

/**
 * How long a payment term lets the payer wait, as a law on payment periods counts it (取適法・
 * 下請法: within 60 days of receipt): from the close of the work period (its 締め日, the month's end
 * unless one is written) or from the invoice's receipt, the acceptance or the delivery.
 */
export interface PaymentAllowance {
  readonly after: "closing" | PaymentEvent;
  /**
   * The most days the term allows after that point, whatever the month: 翌月末日 → 31 (7月31日 →
   * 8月31日), 翌々月末日 → 62, 当月末日 → 0, 請求書受領後30日以内 → 30. Negative when every payment
   * falls before the close (当月10日 → −18).
   */
  readonly maxDays: number;
  /**
   * The written rule for a due date that is not a business day, not counted in maxDays: "next"
   * (翌営業日) can add a few days to it, "previous" (前営業日) only takes days off; null when none.
   */
  readonly holiday: HolidayShift | null;
}

/** Where the count starts, as a message names it: 業務月の締めから最大31日. */
export const ALLOWANCE_FROM: Readonly<Record<PaymentAllowance["after"], string>> = {
  closing: "業務月の締め",
  invoice: "請求書の受領",
  acceptance: "検収の完了",
  delivery: "納品",
};

/** Four years from a leap year hold every pairing of month lengths a term can meet. */
const CYCLE_START: CalendarDate = { year: 2024, month: 1, day: 1 };
const CYCLE_MONTHS = 48;

export function paymentAllowance(due: PaymentDueValue): PaymentAllowance {
  const holiday = due.holiday ?? null;
  if (due.basis !== "month") return { after: due.basis, maxDays: due.days, holiday };
  let maxDays = Number.NEGATIVE_INFINITY;
  for (let n = 0; n < CYCLE_MONTHS; n++) {
    const closing = dayIn(addMonths(CYCLE_START, n), due.closingDay);
    maxDays = Math.max(maxDays, daysBetween(closing, paymentFor(closing, due)));
  }
  return { after: "closing", maxDays, holiday };
}

/**
 * Whether a month's fee is paid only after that month is over: 翌月末日 and 請求書受領後30日以内 are
 * (the invoice follows the month), 当月末日 is not.
 */
export function paidAfterWorkMonth(due: PaymentDueValue): boolean {
  return due.basis !== "month" || due.monthOffset > 0;
}

/**
 * When the fee for the n-th period of work (n = 1 is the first) falls due, counting from the day
 * the contract is signed: the first period closes on the first 締め日 on or after it. Null when
 * the term counts from an event whose date the contract cannot know (請求書受領後30日以内).
 */
export function nthDueDate(signing: CalendarDate, due: PaymentDueValue, n: number): CalendarDate | null {
  if (due.basis !== "month") return null;
  const inSigningMonth = dayIn(signing, due.closingDay);
  const firstClosing =
    signing.day <= inSigningMonth.day ? inSigningMonth : dayIn(addMonths(signing, 1), due.closingDay);
  return paymentFor(dayIn(addMonths(firstClosing, n - 1), due.closingDay), due);
}

function paymentFor(closing: CalendarDate, due: MonthlyPaymentDue): CalendarDate {
  return dayIn(addMonths(closing, due.monthOffset), due.day);
}

/** The day in the date's month; 末日, and a day the month lacks (31日 in June), is its last day. */
function dayIn(date: CalendarDate, day: DayOfMonth): CalendarDate {
  const last = daysInMonth(date.year, date.month);
  return { year: date.year, month: date.month, day: day === "end" ? last : Math.min(day, last) };
}
