/** Dates and 和暦・西暦 pairs of one text, with the dates that belong to a pair set aside. */
import { findDateMentions, type DateMention } from "./date-mentions";
import { overlaps, type TextSegment } from "./date-patterns";
import { findEraPairs, type EraPair } from "./era-pairs";

export interface DatesInText {
  /** Dates written on their own (not one half of a pair). */
  readonly dates: readonly DateMention[];
  readonly pairs: readonly EraPair[];
}

const NONE: DatesInText = { dates: [], pairs: [] };

export function datesIn(segment: TextSegment): DatesInText {
  // Every date and every half of a pair holds 年 (date-patterns.ts): most lines hold none, and
  // cost no lists.
  if (!segment.text.includes("年")) return NONE;
  const pairs = findEraPairs(segment);
  const dates = findDateMentions(segment).filter(
    (date) => !pairs.some((pair) => overlaps(pair.span, date.span)),
  );
  return { dates, pairs };
}
