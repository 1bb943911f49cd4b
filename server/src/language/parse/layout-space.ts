/**
 * Layout: the spaces, tabs and ideographic spaces (U+3000) that indent a line or trail it, which
 * the grammar never counts as text. Read as code units from either end: a regular expression
 * anchored at the end tries every position from the start, and a replace copies the text.
 */

/** Whether a UTF-16 code unit is layout. */
export function isLayout(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** The length of `text` without its trailing layout. */
export function layoutTrimmedLength(text: string): number {
  let end = text.length;
  while (end > 0 && isLayout(text.charCodeAt(end - 1))) end--;
  return end;
}

/** How many code units of layout `text` starts with, looking no further than `end`. */
export function leadingLayoutLength(text: string, end = text.length): number {
  let start = 0;
  while (start < end && isLayout(text.charCodeAt(start))) start++;
  return start;
}

/** `text` without the layout it starts and ends with (String#trim also drops control characters). */
export function withoutLayout(text: string): string {
  const end = layoutTrimmedLength(text);
  return text.slice(leadingLayoutLength(text, end), end);
}
