import { groupDigits } from "./digit-grouping";
import { isDecimalShape, isKanjiNumeralShape, parseDecimal, parseKanjiNumeral } from "./numerals";

/** The digits of an amount (300,000 / 30万 / 1億2000万 / 三十万 / 参拾萬), or why they cannot be one. */
export type YenAmount =
  { readonly ok: true; readonly yen: number } | { readonly ok: false; readonly reason: string };

interface Segment {
  readonly text: string | undefined;
  readonly scale: number;
  /** 1億20000万円 is not how anyone writes 3億: below a larger unit a segment must stay under it. */
  readonly limit: number;
}

export const INTEGER_YEN_REASON = "金額は円単位の整数で書いてください（例：300,000円）。";
export const GROUPING_REASON = "桁区切りの「,」は3桁ごとに置いてください（例：300,000円）。";
export const UNIT_REASON = "万・億の位の書き方が正しくありません（例：30万円、1億2000万円、1万5000円）。";
export const KANJI_REASON =
  "漢数字の金額の書き方が正しくありません。位を上から一つずつ書いてください（例：金三十万円、金参拾萬円、金一億二千万円）。";
export const MIXED_REASON =
  "一つの位の中で数字と漢数字を混ぜずに書いてください（例：300,000円、30万円、三十万円）。";
export const TOO_LARGE_REASON = `金額が大きすぎて扱えません。${groupDigits(Number.MAX_SAFE_INTEGER)}円以下で書いてください。`;

const STRUCTURE = /^(?:([^万萬億]+)億)?(?:([^万萬億]+)[万萬])?([^万萬億]*)$/;

/** `text` is what precedes 円, without 金 or a sign. */
export function parseYenAmount(text: string): YenAmount {
  if (/[.．]/.test(text)) return failure(INTEGER_YEN_REASON);
  const match = STRUCTURE.exec(text);
  if (match === null) return failure(UNIT_REASON);
  let yen = 0;
  for (const segment of segmentsOf(match[1], match[2], match[3] || undefined)) {
    const value = segmentValue(segment);
    if (!value.ok) return value;
    yen += value.yen * segment.scale;
  }
  return Number.isSafeInteger(yen) ? { ok: true, yen } : failure(TOO_LARGE_REASON);
}

function segmentsOf(oku: string | undefined, man: string | undefined, rest: string | undefined): Segment[] {
  const restLimit = man !== undefined ? 1e4 : oku !== undefined ? 1e8 : Number.POSITIVE_INFINITY;
  return [
    { text: oku, scale: 1e8, limit: Number.POSITIVE_INFINITY },
    { text: man, scale: 1e4, limit: oku !== undefined ? 1e4 : Number.POSITIVE_INFINITY },
    { text: rest, scale: 1, limit: restLimit },
  ];
}

function segmentValue(segment: Segment): YenAmount {
  if (segment.text === undefined) return { ok: true, yen: 0 };
  const value = segmentNumber(segment.text);
  if (!value.ok) return value;
  return value.yen < segment.limit ? value : failure(UNIT_REASON);
}

/** One group between the myriad units, in either notation but not both (3十 is neither). */
function segmentNumber(text: string): YenAmount {
  if (isKanjiNumeralShape(text)) {
    const value = parseKanjiNumeral(text);
    return value === null ? failure(KANJI_REASON) : { ok: true, yen: value };
  }
  if (!isDecimalShape(text)) return failure(/^[0-9０-９,，]+$/u.test(text) ? GROUPING_REASON : MIXED_REASON);
  const value = parseDecimal(text);
  return value === null ? failure(TOO_LARGE_REASON) : { ok: true, yen: value };
}

function failure(reason: string): YenAmount {
  return { ok: false, reason };
}
