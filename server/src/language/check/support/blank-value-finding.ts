/**
 * Where and how a blank value is reported, shared by blank.party and blank.fee/date/value: a plain
 * blank (＿) at its value, a value with a placeholder mark in it (株式会社ベータ【要確認】) at the mark.
 */
import type { Definition, Span } from "../../ast";
import { firstPlaceholder } from "../../values/placeholder";

export interface BlankValueFinding {
  readonly span: Span;
  readonly message: string;
}

/** `subject` names the value: 月額報酬, 甲（委託者）の会社名. */
export function blankValueFinding(definition: Definition, subject: string): BlankValueFinding {
  const { valueSpan, nameSpan, valueText } = definition;
  const mark = firstPlaceholder(valueText);
  if (mark !== null) {
    const start = valueSpan.start + mark.index;
    return {
      span: { start, end: start + mark.text.length },
      message: `${subject}に記入待ちの印「${mark.text}」が残っています。署名の前に確定した内容に書き換えてください。`,
    };
  }
  return {
    span: valueSpan.end > valueSpan.start ? valueSpan : nameSpan,
    message: `${subject}が空欄です。署名の前に記入してください。`,
  };
}
