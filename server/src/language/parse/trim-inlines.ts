import type { Inline } from "../ast";

/**
 * Trailing spaces are layout, not prose: drops them from the last text run of a line. A line
 * without them (nearly every line) keeps its array: the grammar hands over a fresh one.
 */
export function trimInlines(inlines: Inline[]): Inline[] {
  const last = inlines[inlines.length - 1];
  if (last?.kind !== "text") return inlines;
  const text = last.text.replace(/[ \t\u3000]+$/u, "");
  if (text === last.text) return inlines;
  const head = inlines.slice(0, -1);
  if (text.length === 0) return head;
  return [...head, { ...last, text, span: { start: last.span.start, end: last.span.start + text.length } }];
}
