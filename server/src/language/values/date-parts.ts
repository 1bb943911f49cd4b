import { isEraName } from "./eras";
import { DIGITS_PATTERN, parseNumeral } from "./numerals";
import type { DateValue, EraName } from "./value";

/** A date as written, before any check: `year` is the era year for wareki, else the 西暦 year. */
export interface DateParts {
  readonly style: DateValue["style"];
  readonly era: EraName | null;
  readonly gannen: boolean;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const D = DIGITS_PATTERN;
const ISO = /^([0-9０-９]{4})[-－]([0-9０-９]{1,2})[-－]([0-9０-９]{1,2})$/;
const SLASH = /^([0-9０-９]{4})[/／]([0-9０-９]{1,2})[/／]([0-9０-９]{1,2})$/;
const SEIREKI = new RegExp(`^(${D})年(${D})月(${D})日$`);
const WAREKI = new RegExp(`^(明治|大正|昭和|平成|令和)(元|${D})年(${D})月(${D})日$`);

const NUMERIC_STYLES = [
  ["iso", ISO],
  ["slash", SLASH],
  ["seireki", SEIREKI],
] as const;

/** null when the text does not have the shape of a date (no validation of the numbers here). */
export function matchDateParts(text: string): DateParts | null {
  const wareki = WAREKI.exec(text);
  if (wareki !== null) return warekiParts(wareki[1] ?? "", wareki[2] ?? "", wareki[3] ?? "", wareki[4] ?? "");
  for (const [style, pattern] of NUMERIC_STYLES) {
    const match = pattern.exec(text);
    if (match !== null) return numbersToParts(style, null, false, [match[1], match[2], match[3]]);
  }
  return null;
}

function warekiParts(era: string, yearText: string, month: string, day: string): DateParts | null {
  if (!isEraName(era)) return null;
  const gannen = yearText === "元";
  return numbersToParts("wareki", era, gannen, [gannen ? "1" : yearText, month, day]);
}

function numbersToParts(
  style: DateParts["style"],
  era: EraName | null,
  gannen: boolean,
  texts: readonly (string | undefined)[],
): DateParts | null {
  const [year, month, day] = texts.map((text) => (text === undefined ? null : parseNumeral(text)));
  if (year == null || month == null || day == null) return null;
  return { style, era, gannen, year, month, day };
}
