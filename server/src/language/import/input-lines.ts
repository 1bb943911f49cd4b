/**
 * The text of a document to import, as lines: without a byte-order mark, split at any line break
 * (CRLF, LF or a lone CR), without trailing layout and without a word processor's bookmark markers
 * (「[bookmark: _b3qzibpqrfmn]」, which Google Docs and LibreOffice write into their text export
 * and which are no part of the contract's text) or a signature line's seal mark.
 */
const BOOKMARK = /\[bookmark: [^\]\r\n]*\]/gu;
const TRAILING_LAYOUT = /[ \t\u3000]+$/u;
/**
 * The seal mark a DOCX (Keiyaku's export among them) sets after a tab at the end of a signature
 * line, 「署名・押印：＿＿＿＿<tab>㊞」: where to stamp, which 署名欄 lays out again, not text.
 */
const SEAL_MARK = /^([ \t\u3000]*署名・押印[：:][^\r\n]*?)\t+[㊞印][ \t\u3000]*$/gmu;

/**
 * The text without a byte-order mark, bookmark markers and signature lines' seal marks: what an
 * import must keep every character of.
 */
export function importedText(text: string): string {
  return (text.startsWith("\uFEFF") ? text.slice(1) : text).replace(BOOKMARK, "").replace(SEAL_MARK, "$1");
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
