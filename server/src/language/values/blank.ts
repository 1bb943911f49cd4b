import { firstPlaceholder } from "./placeholder";
import { formatTaxLabel, parseTaxLabel, splitTaxSuffix } from "./tax-label";
import type { BlankValue, ValueType } from "./value";

/** Both U+FF3F and ASCII underscores count, since either is typed for 「空欄」. */
const BLANK_TEXT = /^[＿_]*$/;
const BLANK_MONEY = /^[＿_]+円$/;
const BLANK_DATE = /^[＿_]+年[＿_]+月[＿_]+日$/;

/** The widths of the reference contract's blanks, whatever width the drafter typed. */
const TEXT_BLANK = "＿".repeat(10);
const MONEY_BLANK = "＿＿＿＿円";
const DATE_BLANK = "＿＿＿＿年＿＿月＿＿日";

/** ＿, ＿＿＿円（税別）, ＿年＿月＿日, or "" (nothing written yet). Null for anything else. */
export function parseBlank(text: string): BlankValue | null {
  if (BLANK_TEXT.test(text)) return { type: "blank", of: "text", tax: null };
  if (BLANK_DATE.test(text)) return { type: "blank", of: "date", tax: null };
  const { body, label } = splitTaxSuffix(text);
  if (!BLANK_MONEY.test(body)) return null;
  const tax = label === null ? null : parseTaxLabel(label);
  return label !== null && tax === null ? null : { type: "blank", of: "money", tax };
}

/**
 * A value with a placeholder in it (株式会社ベータ【要確認】, ●●円（消費税別）, 東京都〇〇区): as
 * unfinished as ＿, but kept as written. Its look follows the expected type, or 円 when untyped.
 */
export function parseMarkedBlank(text: string, expected?: ValueType): BlankValue | null {
  if (firstPlaceholder(text) === null) return null;
  const { body, label } = splitTaxSuffix(text);
  const money = expected === "money" || (expected === undefined && body.endsWith("円"));
  const of = money ? "money" : expected === "date" ? "date" : "text";
  const tax = money && label !== null ? parseTaxLabel(label) : null;
  return { type: "blank", of, tax, written: tax === null ? text : body };
}

export function formatBlank(value: BlankValue): string {
  if (value.written !== undefined) return value.written + formatTaxLabel(value.tax);
  switch (value.of) {
    case "text":
      return TEXT_BLANK;
    case "money":
      return MONEY_BLANK + formatTaxLabel(value.tax);
    case "date":
      return DATE_BLANK;
  }
}
