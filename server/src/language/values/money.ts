import { invalidValue } from "./invalid";
import { parseTaxLabel, splitTaxSuffix, unknownTaxLabelReason, formatTaxLabel } from "./tax-label";
import type { InvalidValue, MoneyValue } from "./value";
import { parseYenAmount } from "./yen-amount";

/** 金 is the formal prefix (金300,000円); the sign is kept so the checker can flag negative fees. */
const MONEY_BODY = /^金?([-－−]?)([0-9０-９,，.．万億]+)円$/;
const HAS_DIGIT = /[0-9０-９]/;

/**
 * 300,000円, 30万円, 1億2000万円, 金300,000円（消費税別）… Returns null when the text does not
 * look like an amount at all, so that prose such as 月額300,000円 stays text.
 */
export function parseMoney(text: string): MoneyValue | InvalidValue | null {
  const { body, label } = splitTaxSuffix(text);
  const match = MONEY_BODY.exec(body);
  const digits = match?.[2];
  if (match === null || digits === undefined || !HAS_DIGIT.test(digits)) return null;
  const tax = label === null ? null : parseTaxLabel(label);
  if (label !== null && tax === null) return invalidValue("money", text, unknownTaxLabelReason(label));
  const amount = parseYenAmount(digits);
  if (!amount.ok) return invalidValue("money", text, amount.reason);
  // `-0円` must not become -0: it would format as 0円 but compare oddly with Object.is.
  const yen = match[1] !== "" && amount.yen !== 0 ? -amount.yen : amount.yen;
  return { type: "money", yen, tax };
}

/** 300,000円: ASCII digits grouped by three, `-` for negatives. */
export function formatYen(yen: number): string {
  const digits = String(Math.abs(yen)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${yen < 0 ? "-" : ""}${digits}円`;
}

/** 300,000円（消費税別）: the label as written, in full-width parentheses. */
export function formatMoney(value: MoneyValue): string {
  return formatYen(value.yen) + formatTaxLabel(value.tax);
}
