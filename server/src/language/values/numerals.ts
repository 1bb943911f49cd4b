/**
 * Numbers as drafters write them: ASCII or full-width digits with optional 3-digit grouping
 * (300,000 / ３００，０００), or kanji numerals (十八, 二十五, 二〇二六), including the 大字 that
 * formal amounts use so that no stroke can be added (壱, 弐, 参, 拾, 萬 as in 金参拾萬円).
 */

const KANJI_DIGITS: ReadonlyMap<string, number> = new Map([
  ["〇", 0],
  ["零", 0],
  ["一", 1],
  ["壱", 1],
  ["壹", 1],
  ["二", 2],
  ["弐", 2],
  ["貳", 2],
  ["三", 3],
  ["参", 3],
  ["參", 3],
  ["四", 4],
  ["肆", 4],
  ["五", 5],
  ["伍", 5],
  ["六", 6],
  ["陸", 6],
  ["七", 7],
  ["漆", 7],
  ["柒", 7],
  ["八", 8],
  ["捌", 8],
  ["九", 9],
  ["玖", 9],
]);

/** The units below 万; 万 and 億 group these (三十万), which the amount reader handles (yen-amount.ts). */
const KANJI_UNITS: ReadonlyMap<string, number> = new Map([
  ["十", 10],
  ["拾", 10],
  ["百", 100],
  ["佰", 100],
  ["陌", 100],
  ["千", 1000],
  ["阡", 1000],
  ["仟", 1000],
]);

/** Every character a kanji numeral below 万 is written with, for character classes. */
export const KANJI_NUMERAL_CHARS = [...KANJI_DIGITS.keys(), ...KANJI_UNITS.keys()].join("");

/** The myriad units of amounts: 万 (and its 大字 萬) and 億. */
export const MYRIAD_UNITS: ReadonlyMap<string, number> = new Map([
  ["万", 1e4],
  ["萬", 1e4],
  ["億", 1e8],
]);

/** Digits a date or day-of-month may be written with: ASCII, full-width or kanji. */
export const DIGITS_PATTERN = `[0-9０-９${KANJI_NUMERAL_CHARS}]+`;

/** Like DIGITS_PATTERN but also admitting thousands separators, for amounts and counts. */
export const NUMERAL_PATTERN = `[0-9０-９,，${KANJI_NUMERAL_CHARS}]+`;

const PLAIN_DIGITS = /^[0-9]+$/;
const GROUPED_DIGITS = /^[0-9]{1,3}(?:,[0-9]{3})+$/;

const FULL_WIDTH_DIGIT = /[０-９]/;

/** Only the digits change: full-width text elsewhere (年, （）) must stay as written. */
export function toHalfWidthDigits(text: string): string {
  // Most numbers are written in ASCII digits: a test is cheaper than a replace that calls back.
  if (!FULL_WIDTH_DIGIT.test(text)) return text;
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

function normalizeDecimal(text: string): string {
  const digits = toHalfWidthDigits(text);
  return digits.includes("，") ? digits.replace(/，/g, ",") : digits;
}

function hasDecimalShape(normalized: string): boolean {
  return PLAIN_DIGITS.test(normalized) || GROUPED_DIGITS.test(normalized);
}

/**
 * True when the text is digits with separators only between groups of three, whatever its size.
 * Kept apart from parseDecimal so callers can tell bad grouping from an amount too large.
 */
export function isDecimalShape(text: string): boolean {
  return hasDecimalShape(normalizeDecimal(text));
}

/** A plain non-negative integer, or null when malformed or beyond Number.MAX_SAFE_INTEGER. */
export function parseDecimal(text: string): number | null {
  const normalized = normalizeDecimal(text);
  if (!hasDecimalShape(normalized)) return null;
  const value = Number(normalized.includes(",") ? normalized.replace(/,/g, "") : normalized);
  return Number.isSafeInteger(value) ? value : null;
}

/** 十八 → 18, 二十五 → 25, 百 → 100, 二〇二六 → 2026 (digit by digit when no 十百千 appears). */
export function parseKanjiNumeral(text: string): number | null {
  if (text === "") return null;
  const chars = [...text];
  return chars.some((c) => KANJI_UNITS.has(c)) ? parseKanjiWithUnits(chars) : parseKanjiPositional(chars);
}

function parseKanjiPositional(chars: readonly string[]): number | null {
  let value = 0;
  for (const c of chars) {
    const digit = KANJI_DIGITS.get(c);
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return Number.isSafeInteger(value) ? value : null;
}

/** Units must descend (千 > 百 > 十) and each takes at most one digit, so 百千 or 二二十 are rejected. */
function parseKanjiWithUnits(chars: readonly string[]): number | null {
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const c of chars) {
    const unit = KANJI_UNITS.get(c);
    if (unit !== undefined) {
      if (unit >= lastUnit) return null;
      total += (pending ?? 1) * unit;
      pending = null;
      lastUnit = unit;
      continue;
    }
    const digit = KANJI_DIGITS.get(c);
    if (digit === undefined || digit === 0 || pending !== null) return null;
    pending = digit;
  }
  return total + (pending ?? 0);
}

/** Either notation: decimal digits (ASCII or full-width) or kanji. */
export function parseNumeral(text: string): number | null {
  return parseDecimal(text) ?? parseKanjiNumeral(text);
}

/** True when every character is a kanji digit or unit below 万 (三十, 参拾, 二〇二六, 十十). */
export function isKanjiNumeralShape(text: string): boolean {
  return text !== "" && [...text].every((c) => KANJI_DIGITS.has(c) || KANJI_UNITS.has(c));
}
