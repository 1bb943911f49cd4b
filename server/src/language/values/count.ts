import { invalidValue, unreadableNumberReason } from "./invalid";
import { NUMERAL_PATTERN, parseNumeral } from "./numerals";
import type { CountValue, InvalidValue } from "./value";

/** Kept to the counters contracts use for copies, people, firms, matters and times. */
export const COUNTERS: readonly string[] = ["通", "部", "名", "社", "件", "回"];

const COUNT = new RegExp(`^(${NUMERAL_PATTERN})(${COUNTERS.join("|")})$`);

/** 2通, ２通, 二通, 3部, 2名. Null when the text is not a number followed by one of COUNTERS. */
export function parseCount(text: string): CountValue | InvalidValue | null {
  const match = COUNT.exec(text);
  const [, numberText = "", counter = ""] = match ?? [];
  if (match === null) return null;
  const amount = parseNumeral(numberText);
  if (amount === null) return invalidValue("count", text, unreadableNumberReason(numberText, `2${counter}`));
  return { type: "count", amount, counter };
}

/** 2通: ASCII digits and the counter. */
export function formatCount(value: CountValue): string {
  return `${value.amount}${value.counter}`;
}
