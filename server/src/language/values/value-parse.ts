import { parseBlank, parseMarkedBlank } from "./blank";
import { parseCount } from "./count";
import { parseDate } from "./dates";
import { parseDuration } from "./duration";
import { expectedFormReason } from "./expected-form";
import { invalidValue } from "./invalid";
import { parseMoney } from "./money";
import { parseNumeral } from "./numerals";
import { misplacedNoteReason, parsePaymentDue } from "./payment-due";
import type { BlankValue, Value, ValueType } from "./value";

export { formatValue } from "./value-format";
export { valueTypeLabel } from "./value-type-label";

type TypedValueType = Exclude<ValueType, "text">;
type Parser = (text: string) => Value | null;

/** In the order an untyped value is tried: the first shape that matches wins. */
const PARSERS: readonly (readonly [TypedValueType, Parser])[] = [
  ["money", parseMoney],
  ["date", parseDate],
  ["duration", parseDuration],
  ["paymentDue", parsePaymentDue],
  ["count", parseCount],
];

/**
 * Classifies the text after 「名前：」. A placeholder anywhere in it (【要確認】, ●●) makes it a
 * blank of the expected type, kept as written. With `expected` only that type is tried and anything else is
 * an InvalidValue saying what to write; without it the first matching shape wins. Text never fails.
 */
export function parseValue(text: string, expected?: ValueType): Value {
  // String.prototype.trim covers U+3000 (full-width space) as well as ASCII whitespace.
  const trimmed = text.trim();
  const blank = parseBlank(trimmed);
  if (blank !== null) return expected === undefined ? blank : expectedBlank(blank, expected, trimmed);
  const marked = parseMarkedBlank(trimmed, expected);
  if (marked !== null) return marked;
  return expected === undefined ? parseUntyped(trimmed) : parseExpected(trimmed, expected);
}

/**
 * A bare number (30, ２) is left as text: without a type it could be an amount, a count or a
 * duration, and guessing one would produce a misleading "add a unit" error.
 */
function parseUntyped(text: string): Value {
  if (parseNumeral(text) !== null) return { type: "text", text };
  for (const [, parse] of PARSERS) {
    const value = parse(text);
    if (value !== null) return value;
  }
  return { type: "text", text };
}

function parseExpected(text: string, expected: ValueType): Value {
  const parse = PARSERS.find(([type]) => type === expected)?.[1];
  if (parse === undefined) return { type: "text", text };
  return (
    parse(text) ??
    invalidValue(expected, text, specificReason(expected, text) ?? expectedFormReason(expected))
  );
}

/** A reason that names what is wrong with this text, where one is known, over the generic form. */
function specificReason(expected: ValueType, text: string): string | null {
  return expected === "paymentDue" ? misplacedNoteReason(text) : null;
}

/** ＿ alone fits any type and takes the expected one's look; ＿円 or ＿年＿月＿日 must match it. */
function expectedBlank(blank: BlankValue, expected: ValueType, text: string): Value {
  if (blank.of === "text")
    return { ...blank, of: expected === "money" || expected === "date" ? expected : "text" };
  if (blank.of === expected || expected === "text") return blank;
  return invalidValue(expected, text, expectedFormReason(expected));
}
