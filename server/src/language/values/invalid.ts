import type { InvalidValue, ValueType } from "./value";

export function invalidValue(expected: ValueType, raw: string, reason: string): InvalidValue {
  return { type: "invalid", expected, raw, reason };
}

/** For counters and days whose digits match the shape but do not read as a number (1,00通). */
export function unreadableNumberReason(numberText: string, example: string): string {
  return `「${numberText}」は数として読めません。数字で書いてください（例：${example}）。`;
}
