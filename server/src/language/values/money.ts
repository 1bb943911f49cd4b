import { groupDigits } from "./digit-grouping";
import { invalidValue } from "./invalid";
import { KANJI_NUMERAL_CHARS } from "./numerals";
import { parseTaxLabel, splitTaxSuffix, unknownTaxLabelReason, formatTaxLabel } from "./tax-label";
import type { InvalidValue, MoneyValue } from "./value";
import { parseYenAmount } from "./yen-amount";

/**
 * 金 is the formal prefix (金300,000円) and 也 the formal close (金参拾萬円也); neither is part of
 * the amount. The sign is kept so the checker can flag negative fees.
 */
const MONEY_BODY = new RegExp(`^金?([-－−]?)([0-9０-９,，.．${KANJI_NUMERAL_CHARS}万萬億]+)円也?$`, "u");
/** Something that counts (a digit, 十, 千…), so that 万円 alone is not an amount. */
const HAS_DIGIT = new RegExp(`[0-9０-９${KANJI_NUMERAL_CHARS}]`, "u");

/**
 * 300,000円, 30万円, 1億2000万円, 金300,000円（消費税別）, 金三十万円, 金参拾萬円也… Returns null
 * when the text does not look like an amount at all, so that prose such as 月額300,000円 stays text.
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
  return `${yen < 0 ? "-" : ""}${groupDigits(yen)}円`;
}

/** 300,000円（消費税別）: the label as written, in full-width parentheses. */
export function formatMoney(value: MoneyValue): string {
  return formatYen(value.yen) + formatTaxLabel(value.tax);
}
