import type { ValueType } from "./value";
import { valueTypeLabel } from "./value-type-label";

const EXAMPLES: Readonly<Record<ValueType, string>> = {
  money: "300,000円",
  date: "2026年12月1日、令和8年12月1日",
  duration: "1年、6か月、30日",
  paymentDue: "翌月末日、毎月20日締め翌月10日払い、請求書受領後30日以内",
  count: "2通、3部、2名",
  text: "山田太郎",
};

/**
 * Why a value is not of the type its name requires. Generic per type because the caller knows
 * the name (月額報酬) and can prefix it; the example shows the form to write.
 */
export function expectedFormReason(type: ValueType): string {
  return `この値は${valueTypeLabel(type)}（例：${EXAMPLES[type]}）で書いてください。`;
}
