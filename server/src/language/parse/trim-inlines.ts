import type { Inline } from "../ast";
import { layoutTrimmedLength } from "./layout-space";

/**
 * Trailing spaces are layout, not prose: drops them from the last text run of a line. The result
 * is a fresh array of exactly the line's inlines: the grammar's was grown by pushing and keeps
 * room for 17, and a tree keeps one per prose line (see `present` in grammar/contract.peggy).
 */
export function trimInlines(inlines: Inline[]): Inline[] {
  const last = inlines[inlines.length - 1];
  if (last?.kind !== "text") return inlines.slice();
  const end = layoutTrimmedLength(last.text);
  if (end === last.text.length) return inlines.slice();
  const text = last.text.slice(0, end);
  const head = inlines.slice(0, -1);
  if (text.length === 0) return head;
  return [...head, { ...last, text, span: { start: last.span.start, end: last.span.start + text.length } }];
}
