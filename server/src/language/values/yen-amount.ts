import { isDecimalShape, parseDecimal } from "./numerals";

/** The digits of an amount (300,000 / 30万 / 1億2000万), or why they cannot be one. */
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
export const TOO_LARGE_REASON = `金額が大きすぎて扱えません。${Number.MAX_SAFE_INTEGER.toLocaleString("en-US")}円以下で書いてください。`;

const STRUCTURE = /^(?:([^万億]+)億)?(?:([^万億]+)万)?([^万億]*)$/;

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
  if (!isDecimalShape(segment.text)) return failure(GROUPING_REASON);
  const value = parseDecimal(segment.text);
  if (value === null) return failure(TOO_LARGE_REASON);
  return value < segment.limit ? { ok: true, yen: value } : failure(UNIT_REASON);
}

function failure(reason: string): YenAmount {
  return { ok: false, reason };
}
