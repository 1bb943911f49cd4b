/**
 * Bidirectional control characters: invisible, and able to make text display in an order other
 * than the one it is read in ("Trojan Source"). In a contract that is an attack on the reader, so
 * the checker reports them and every renderer — the server's and the preview's — shows them as
 * visible marks. This is the one list of them.
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
