/**
/**
 * Characters a reader cannot see, which therefore never reach a rendering as themselves. This is
 * the one list of them:
 *
 * - bidirectional controls, able to make text display in an order other than the one it is read
 *   in ("Trojan Source"); the preview marks these too (client/src/preview/control-markers.ts);
 * - C0 and C1 control characters other than tab and line breaks (NUL, \v, \f, DEL …), which some
 *   outputs drop or replace (NUL became U+FFFD in HTML);
 * - invisible characters: zero-width spaces and joiners, the soft hyphen, fillers, interlinear
 *   annotation marks and tag characters, which make two names that look the same differ.
 *
 * In a contract each is an attack on the reader or a mistake, so the checker reports them and
 * every renderer shows each as a visible mark ⟨U+XXXX⟩.
 *
 * Dependency-free, because the VS Code client imports it too.
 */
const NAMES: Readonly<Record<string, string>> = {
  "\u061C": "ARABIC LETTER MARK",
  "\u200E": "LEFT-TO-RIGHT MARK",
  "\u200F": "RIGHT-TO-LEFT MARK",
  "\u202A": "LEFT-TO-RIGHT EMBEDDING",
  "\u202B": "RIGHT-TO-LEFT EMBEDDING",
  "\u202C": "POP DIRECTIONAL FORMATTING",
  "\u202D": "LEFT-TO-RIGHT OVERRIDE",
  "\u202E": "RIGHT-TO-LEFT OVERRIDE",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE",
};

/** The code points of every control character in the list. */
export const CONTROL_CODE_POINTS: readonly number[] = Object.keys(NAMES).map((c) => c.codePointAt(0) ?? 0);

const hex = (codePoint: number) => codePoint.toString(16).padStart(4, "0");

export const BIDI_CONTROLS = new RegExp(`[${CONTROL_CODE_POINTS.map((c) => `\\u${hex(c)}`).join("")}]`, "gu");

/**
 * The same characters written as numeric character references (&#x202E; or &#8238;), which a
 * browser would decode. Group 1 is the hexadecimal digits, group 2 the decimal.
 */
export const CONTROL_REFERENCES = new RegExp(
  `&#(?:x0*(${CONTROL_CODE_POINTS.map(hex).join("|")})|0*(${CONTROL_CODE_POINTS.join("|")}));`,
  "gi",
);

export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

export function bidiName(char: string): string {
  return `${codePointLabel(char)} ${NAMES[char] ?? ""}`.trim();
}

/** C0 controls but tab, LF and CR; DEL; C1 controls (U+0085 NEL included: no line break here). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Invisible characters that are neither bidi nor C0/C1 controls. U+FEFF is listed: at offset 0 it is
 * a byte order mark, which callers skip.
 */
export const INVISIBLE_CHARACTERS =
  // Combining marks (U+034F) are listed to be found on their own, not as part of a character.
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200D\u2060-\u2064\u206A-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|[\u{E0000}-\u{E007F}]/gu;

/** Every character above: what renderers mark, and what names may not contain. */
export const MARKED_CHARACTERS = new RegExp(
  [BIDI_CONTROLS, CONTROL_CHARACTERS, INVISIBLE_CHARACTERS].map((r) => r.source).join("|"),
  "gu",
);

/**
 * Whether a UTF-16 code unit may belong to a marked character: true for every unit of one (the C0
 * controls but tab and line breaks, the C1 controls; for the tag characters U+E0000–U+E007F, their
 * high surrogate U+DB40), false for almost all others. Japanese text (U+2070 and up, but for U+3164 and the specials) is decided by
 * the first comparisons. A test checks it against MARKED_CHARACTERS over every code point.
 */
export function mayBeMarkedUnit(c: number): boolean {
  if (c >= 0x2070)
    return c === 0x3164 || c === 0xdb40 || c === 0xfeff || c === 0xffa0 || (c >= 0xfff9 && c <= 0xfffb);
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x34f ||
    c === 0x61c ||
    c === 0x115f ||
    c === 0x1160 ||
    c === 0x17b4 ||
    c === 0x17b5 ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f)
  );
}

/**
 * Whether a text may hold a marked character (false: it holds none). Several times faster than
 * MARKED_CHARACTERS over Japanese text, so that text without any is passed over at once.
 */
export function mayHoldMarkedCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (mayBeMarkedUnit(text.charCodeAt(i))) return true;
  return false;
}

/** Text with every marked character replaced by a visible ⟨U+XXXX⟩. */
export function markInvisible(text: string): string {
  return text.replace(MARKED_CHARACTERS, (c) => `⟨${codePointLabel(c)}⟩`);
}
