import { invalidValue, unreadableNumberReason } from "./invalid";
import { DIGITS_PATTERN, parseNumeral } from "./numerals";
import type { EventPaymentDue, InvalidValue, PaymentEvent } from "./value";
import { withAsciiNumbers } from "./written-numbers";

/** The events a payment is counted from, as contracts name them; longer names first. */
const EVENTS: readonly (readonly [string, PaymentEvent])[] = [
  ["請求書を受領した", "invoice"],
  ["請求書の受領", "invoice"],
  ["請求書受領", "invoice"],
  ["請求書の受理", "invoice"],
  ["請求書受理", "invoice"],
  ["請求書の到着", "invoice"],
  ["請求書到着", "invoice"],
  ["請求書の発行", "invoice"],
  ["請求書発行", "invoice"],
  ["請求", "invoice"],
  ["検収が完了した", "acceptance"],
  ["検収の完了", "acceptance"],
  ["検収完了", "acceptance"],
  ["検収合格", "acceptance"],
  ["検収", "acceptance"],
  ["納品を受けた", "delivery"],
  ["納品", "delivery"],
  ["納入", "delivery"],
  ["成果物の受領", "delivery"],
  ["成果物受領", "delivery"],
  ["役務の提供", "delivery"],
  ["役務提供", "delivery"],
  ["受領", "delivery"],
];

const EVENT_BY_NAME: ReadonlyMap<string, PaymentEvent> = new Map(EVENTS);

const EVENT_PAYMENT = new RegExp(
  `^(?<event>${EVENTS.map(([name]) => name).join("|")})日?(?:後|から|より)(?<days>${DIGITS_PATTERN})日(?:以内|まで)?$`,
  "du",
);

const DAYS_REASON = "支払までの日数は1日以上で書いてください（例：請求書受領後30日以内）。";

/**
 * 請求書受領後30日以内, 検収完了後60日以内, 納品日から30日以内, 請求書を受領した日から三十日以内.
 * Null when the text is not of that shape.
 */
export function parseEventPaymentDue(text: string): EventPaymentDue | InvalidValue | null {
  const match = EVENT_PAYMENT.exec(text);
  const basis = EVENT_BY_NAME.get(match?.groups?.["event"] ?? "");
  const daysText = match?.groups?.["days"] ?? "";
  if (match === null || basis === undefined) return null;
  const days = parseNumeral(daysText);
  if (days === null)
    return invalidValue("paymentDue", text, unreadableNumberReason(daysText, "請求書受領後30日以内"));
  if (days < 1) return invalidValue("paymentDue", text, DAYS_REASON);
  return { type: "paymentDue", basis, days, text: withAsciiNumbers(match, [{ group: "days", value: days }]) };
}
