import { parseEventPaymentDue } from "./payment-event";
import { parseMonthlyPaymentDue } from "./payment-month";
import type { HolidayShift, InvalidValue, PaymentDueValue } from "./value";

/** A trailing 但し書き about days the banks are closed: （休業日の場合は前営業日）. */
const HOLIDAY_NOTE = /^(.*?)[ \u3000]*([（(][^（）()]*(?:営業日|休業日|休日|祝日)[^（）()]*[）)])$/u;

/**
 * 支払期日 in the forms contracts use: counted from the month of the work (当月末日, 翌月末日,
 * 翌々月末日, 翌月10日限り, 毎月末日締め翌月末日払い) or from an event (請求書受領後30日以内,
 * 検収完了後30日以内, 納品日から30日以内), optionally followed by what happens on a bank holiday
 * (翌月末日（金融機関の休業日の場合は前営業日）). Null when the text is none of these shapes.
 */
export function parsePaymentDue(text: string): PaymentDueValue | InvalidValue | null {
  const note = HOLIDAY_NOTE.exec(text);
  const body = note?.[1] ?? text;
  const value = parseMonthlyPaymentDue(body) ?? parseEventPaymentDue(body);
  if (note === null || value === null) return value;
  if (value.type === "invalid") return { ...value, raw: text };
  const written = note[2] ?? "";
  return { ...value, text: value.text + written, holiday: holidayShift(written) };
}

/** Any trailing parenthesised note, to tell a misplaced 但し書き from an unreadable term. */
const ANY_NOTE = /^(.*?)[ \u3000]*([（(][^（）()]*[）)])$/u;

/**
 * Why text that is a payment term followed by a note other than a bank-holiday one is not a
 * payment term, and where the note belongs; null when the text is not of that shape. The note
 * (振込手数料は甲の負担) is a term of the contract, so it must be prose the parties sign, not part
 * of a date the checks compute with.
 */
export function misplacedNoteReason(text: string): string | null {
  const note = ANY_NOTE.exec(text);
  if (note === null || HOLIDAY_NOTE.test(text)) return null;
  const body = note[1] ?? "";
  const value = parseMonthlyPaymentDue(body) ?? parseEventPaymentDue(body);
  if (value === null || value.type === "invalid") return null;
  return `支払期日の括弧に書けるのは休業日の扱い（例：（金融機関の休業日の場合は前営業日））だけです。値は「${body}」とし、「${note[2] ?? ""}」は支払の条の本文に書いてください。`;
}

/** 前営業日 moves the payment earlier, 翌営業日 (or 翌日) later; anything else is kept but not read. */
function holidayShift(note: string): HolidayShift {
  if (/翌営業日|翌日|後の営業日/u.test(note)) return "next";
  if (/前営業日|前日|前の営業日/u.test(note)) return "previous";
  return "unknown";
}

/** The wording as the drafter wrote it, with ASCII digits: 翌月末日, 請求書受領後30日以内. */
export function formatPaymentDue(value: PaymentDueValue): string {
  return value.text;
}
