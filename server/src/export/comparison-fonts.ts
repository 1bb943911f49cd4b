/**
 * The fonts and paper of a 新旧対照表 in Word: Mincho for Japanese text (as printed contracts
 * are), A4 in twentieths of a point.
 */
export const MINCHO = "ＭＳ 明朝";

/** A run font that sets Mincho for Japanese and Latin text alike. */
export const MINCHO_FONT = { ascii: MINCHO, eastAsia: MINCHO, hAnsi: MINCHO } as const;

/** A4 portrait in twips; Word swaps them for landscape. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

/** 10.5 pt, the body size of a Japanese contract, in half-points. */
export const BODY_SIZE = 21;
