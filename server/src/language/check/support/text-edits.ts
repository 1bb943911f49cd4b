/** Edits the fixes of this folder and of structure/ share: whole lines, in the file's own line breaks. */
import type { Span } from "../../ast";
import type { TextEdit } from "../quick-fix";

function lineStartBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}

function lineEndAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}

function breakLength(text: string, at: number): number {
  if (text.startsWith("\r\n", at)) return 2;
  return text[at] === "\n" || text[at] === "\r" ? 1 : 0;
}

/** Removes the whole lines that `span` touches, with one line break, and nothing else. */
export function deleteLines(text: string, span: Span): TextEdit {
  const start = lineStartBefore(text, span.start);
  const end = lineEndAfter(text, Math.max(span.start, span.end - 1));
  const after = breakLength(text, end);
  if (after > 0) return { span: { start, end: end + after }, newText: "" };
  // The last line of a file without a final line break: take the break before it instead.
  const before = start >= 2 && text.startsWith("\r\n", start - 2) ? 2 : start >= 1 ? 1 : 0;
  return { span: { start: start - before, end }, newText: "" };
}
