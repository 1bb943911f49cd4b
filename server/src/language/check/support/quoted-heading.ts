/** The heading a drafter quotes after an article number: 第21条（反社会的勢力の排除）. */
import type { Span } from "../../ast";
import type { ProseLine } from "../../model/prose-line";

/** A heading is short; the bound keeps a line of unclosed brackets linear. */
const MAX_HEADING = 40;

export interface QuotedHeading {
  readonly title: string;
  /** In the file, the brackets included. */
  readonly span: Span;
}

/** The bracketed text that starts at `offset` (a file offset) on the line, or null. */
export function quotedHeadingAfter(line: ProseLine, offset: number): QuotedHeading | null {
  const at = offset - line.start;
  const open = line.text.charAt(at);
  if (open !== "（" && open !== "(") return null;
  const close = open === "（" ? "）" : ")";
  const limit = Math.min(line.text.length, at + 1 + MAX_HEADING);
  for (let i = at + 1; i < limit; i++) {
    const c = line.text.charAt(i);
    if (c === close) {
      const title = line.text.slice(at + 1, i);
      return title.trim() === "" ? null : { title, span: { start: offset, end: line.start + i + 1 } };
    }
    if (c === "（" || c === "(" || c === "{") return null;
  }
  return null;
}
