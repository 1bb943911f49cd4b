/**
 * value.fee-not-positive: a 月額報酬 of 0円 or less. It parses as an amount, but a contract for a
 * service with no fee (or one paid by the provider) is almost always a typing slip, and it makes
 * the liability cap (月額 × 賠償上限期間) zero as well.
 */
import type { Span } from "../../../ast";
import { formatYen } from "../../../values/money";
import { splitTaxSuffix } from "../../../values/tax-label";
import { fixData, type FixData } from "../../quick-fix";
import type { DiagnosticKind, Rule } from "../../rule";
import { parsedValue } from "../../support/segments";

export const VALUE_FEE_NOT_POSITIVE: DiagnosticKind = {
  id: "value.fee-not-positive",
  severity: "error",
  title: "月額報酬が0円以下です。",
  summary: "The monthly fee (月額報酬) is zero or negative.",
  fix: "業務の対価として支払う月額を、正の金額で書いてください（例：300,000円）。",
  example: {
    bad: "条件\n  月額報酬：0円（消費税別）",
    good: "条件\n  月額報酬：300,000円（消費税別）",
  },
};

const SIGN = /[-－−]/u;

/** -300,000円 → 300,000円: dropping the sign is the likely intent, so it is the preferred fix. */
function dropSign(amountText: string, amountSpan: Span): FixData | undefined {
  const at = amountText.search(SIGN);
  if (at < 0) return undefined;
  const span = { start: amountSpan.start + at, end: amountSpan.start + at + 1 };
  const fixed = amountText.slice(0, at) + amountText.slice(at + 1);
  return fixData({ title: `「${fixed}」にする`, edits: [{ span, newText: "" }], preferred: true });
}

export const feeNotPositiveRule: Rule = {
  name: "values/fee-not-positive",
  kinds: [VALUE_FEE_NOT_POSITIVE],
  check({ facts, report }) {
    const fee = facts.fee;
    if (fee === null || fee.value.yen > 0) return;
    const value = parsedValue(fee.definition);
    const amountText = splitTaxSuffix(value.text).body;
    const span = { start: value.start, end: value.start + amountText.length };
    const message =
      fee.value.yen === 0
        ? "月額報酬が0円です。業務の対価として毎月支払う金額を書いてください（例：300,000円）。"
        : `月額報酬がマイナス（${formatYen(fee.value.yen)}）です。「-」を取り除き、正の金額で書いてください。`;
    const data = fee.value.yen < 0 ? dropSign(amountText, span) : undefined;
    report(VALUE_FEE_NOT_POSITIVE, { span, message, ...(data === undefined ? {} : { data }) });
  },
};
