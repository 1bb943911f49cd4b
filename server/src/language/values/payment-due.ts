import { parseEventPaymentDue } from "./payment-event";
import { parseMonthlyPaymentDue } from "./payment-month";
import type { InvalidValue, PaymentDueValue } from "./value";

/**
 * 支払期日 in the forms contracts use: counted from the month of the work (当月末日, 翌月末日,
 * 翌々月末日, 翌月10日限り, 毎月末日締め翌月末日払い) or from an event (請求書受領後30日以内,
 * 検収完了後30日以内, 納品日から30日以内). Null when the text is none of these shapes.
 */
export function parsePaymentDue(text: string): PaymentDueValue | InvalidValue | null {
  return parseMonthlyPaymentDue(text) ?? parseEventPaymentDue(text);
}

/** The wording as the drafter wrote it, with ASCII digits: 翌月末日, 請求書受領後30日以内. */
export function formatPaymentDue(value: PaymentDueValue): string {
  return value.text;
}
