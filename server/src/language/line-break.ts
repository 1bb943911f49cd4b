/**
 * The file's own line break, taken from its first line end, so that an inserted or rewritten line
 * does not mix CRLF into an LF file or the reverse. One definition for the formatter and every fix.
 */
export function lineBreakOf(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match?.[0] ?? "\n";
}
