/**
 * A placeholder: a mark a drafter leaves where something is still to be written (＿＿, ●●, 〇〇,
 * ××, 【要確認】, empty brackets ［］ （）). One definition for prose (blank.placeholder) and
 * values (a value holding one is a blank, value-parse.ts), so the two never disagree on what is
 * unfinished.
 */
import { KANJI_NUMERAL_CHARS } from "./numerals";
import { matchesOf } from "../pattern-matches";

/** Runs of blank marks, circled or x'd placeholders, bracketed review notes and empty brackets. */
const PLACEHOLDER =
  /＿{2,}|_{3,}|[●○〇◯]{2,}|[×✕]{2,}|【[^】\n]{0,20}?(?:要確認|要検討|未定|確認中|TBD|TODO)[^】\n]{0,20}?】|［[ \u3000]*］|\[[ \u3000]*\]|（[ \u3000]+）/gu;
const placeholders = matchesOf(PLACEHOLDER);

const ZEROS = /^〇+$/u;
const KANJI_NUMERAL_CHAR = new RegExp(`[${KANJI_NUMERAL_CHARS}]`, "u");

export interface Placeholder {
  /** Offset in the text scanned. */
  readonly index: number;
  readonly text: string;
}

const NONE: readonly Placeholder[] = [];

/**
 * Every placeholder in the text, in order; linear in its length. An array, not a generator: the
 * check asks for every prose line and almost all hold none, so they cost no generator each.
 */
export function placeholdersIn(text: string): readonly Placeholder[] {
  let found: Placeholder[] | undefined;
  for (const match of placeholders(text)) {
    if (!isPartOfNumeral(text, match.index, match[0]))
      (found ??= []).push({ index: match.index, text: match[0] });
  }
  return found ?? NONE;
}

/** The first placeholder in the text, or null. */
export function firstPlaceholder(text: string): Placeholder | null {
  return placeholdersIn(text)[0] ?? null;
}

/** 〇〇 in 二〇〇万円 or 二〇〇〇年 is the zeros of a kanji number, not a mark. */
function isPartOfNumeral(text: string, index: number, mark: string): boolean {
  if (!ZEROS.test(mark)) return false;
  const before = text.charAt(index - 1);
  const after = text.charAt(index + mark.length);
  return KANJI_NUMERAL_CHAR.test(before) || KANJI_NUMERAL_CHAR.test(after);
}
