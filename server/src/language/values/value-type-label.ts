import type { ValueType } from "./value";

const LABELS: Readonly<Record<ValueType, string>> = {
  money: "金額",
  date: "日付",
  duration: "期間",
  paymentDue: "支払期日",
  count: "数量",
  text: "文字列",
};

/** The Japanese name of a value type, for diagnostics and hovers. */
export function valueTypeLabel(type: ValueType): string {
  return LABELS[type];
}
