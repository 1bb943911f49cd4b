import { invalidValue, unreadableNumberReason } from "./invalid";
import { DIGITS_PATTERN, parseNumeral } from "./numerals";
import type { InvalidValue, PaymentDueValue } from "./value";

const MONTHS: ReadonlyMap<string, PaymentDueValue["monthOffset"]> = new Map([
  ["当月", 0],
  ["翌月", 1],
  ["翌々月", 2],
]);

const MONTH_WORDS: readonly string[] = [...MONTHS.keys()];

const PAYMENT_DUE = new RegExp(`^(当月|翌月|翌々月)(?:(末日)|(${DIGITS_PATTERN})日)$`);

const DAY_RANGE_REASON =
  "支払日は1日から31日まで、または「末日」で書いてください（例：翌月末日、翌月10日）。";

/** 当月末日, 翌月末日, 翌々月末日, 翌月10日. Null when the text is not of that shape. */
export function parsePaymentDue(text: string): PaymentDueValue | InvalidValue | null {
  const match = PAYMENT_DUE.exec(text);
  const monthOffset = MONTHS.get(match?.[1] ?? "");
  if (match === null || monthOffset === undefined) return null;
  const dayText = match[3];
  if (dayText === undefined) return { type: "paymentDue", monthOffset, day: "end" };
  const day = parseNumeral(dayText);
  if (day === null) return invalidValue("paymentDue", text, unreadableNumberReason(dayText, "翌月10日"));
  if (day < 1 || day > 31) return invalidValue("paymentDue", text, DAY_RANGE_REASON);
  return { type: "paymentDue", monthOffset, day };
}

export function formatPaymentDue(value: PaymentDueValue): string {
  const month = MONTH_WORDS[value.monthOffset] ?? "";
  return `${month}${value.day === "end" ? "末" : value.day}日`;
}
