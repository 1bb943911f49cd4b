/**
 * Escapes contract text for CommonMark so that it can only ever be text: no emphasis, links,
 * HTML, code or block syntax, whatever the counterparty typed.
 */

// Characters that start inline syntax anywhere in a line (and { }, which Keiyaku's own marks use).
const INLINE_SPECIAL = /[\\`*_[\]<>&!|~{}#]/g;
// At the start of a line these begin headings, quotes, lists, breaks or setext underlines.
const LINE_START_SPECIAL = /^([-+=>])/;
const ORDERED_LIST = /^(\d{1,9})([.)])/;

export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

export function escapeMarkdownLine(text: string): string {
  const inline = escapeMarkdownInline(text);
  return inline.replace(LINE_START_SPECIAL, "\\$1").replace(ORDERED_LIST, "$1\\$2");
}
