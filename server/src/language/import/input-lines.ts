/**
 * The text of a document to import, as lines: without a byte-order mark, split at any line break
 * (CRLF, LF or a lone CR), without trailing layout and without a word processor's bookmark markers
 * (「[bookmark: _b3qzibpqrfmn]」, which Google Docs and LibreOffice write into their text export
 * and which are no part of the contract's text).
 */
const BOOKMARK = /\[bookmark: [^\]\r\n]*\]/gu;
const TRAILING_LAYOUT = /[ \t\u3000]+$/u;

/** The text without a byte-order mark and bookmark markers: what an import must keep every character of. */
export function importedText(text: string): string {
  return (text.startsWith("\uFEFF") ? text.slice(1) : text).replace(BOOKMARK, "");
}

export function importLines(text: string): string[] {
  return importedText(text)
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(TRAILING_LAYOUT, ""));
}

/** Blank as the language reads a line: nothing but its layout characters (not \v, which renders as a mark). */
export function isBlankLine(line: string): boolean {
  return /^[ \t\u3000]*$/u.test(line);
}
