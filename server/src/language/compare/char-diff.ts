/**
 * The characters that changed between two texts, on each side, with the `diff` package's Myers
 * diff. A changed number is marked whole (300,000円 → 330,000円 marks 330,000, not one 3), as a
 * reader underlines it; anything else is marked to the character.
 */
import { diffChars } from "diff";
import type { Span } from "../ast";

export interface CharChanges {
  /** Removed characters, as offsets in the old text. */
  readonly old: readonly Span[];
  /** Added characters, as offsets in the new text. */
  readonly new: readonly Span[];
}

// Beyond this many edits two texts have little in common: the whole of each is marked instead of
// a long search (the diff is O(N·D)).
const MAX_EDITS = 4000;

const NUMBER_CHARACTER = /[0-9０-９,，.．]/u;

function grow(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && NUMBER_CHARACTER.test(text[start - 1] ?? "")) start--;
  while (end < text.length && NUMBER_CHARACTER.test(text[end] ?? "")) end++;
  return { start, end };
}

/** Spans grown to whole numbers, in order, overlapping or touching ones merged. */
function tidy(text: string, spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const touchesNumber =
      NUMBER_CHARACTER.test(text[span.start - 1] ?? "") ||
      NUMBER_CHARACTER.test(text[span.end] ?? "") ||
      NUMBER_CHARACTER.test(text.slice(span.start, span.end));
    const grown = touchesNumber ? grow(text, span) : span;
    const last = merged[merged.length - 1];
    if (last !== undefined && grown.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, grown.end) };
    } else if (grown.end > grown.start) {
      merged.push(grown);
    }
  }
  return merged;
}

function whole(text: string): Span[] {
  return text.length === 0 ? [] : [{ start: 0, end: text.length }];
}

export function charChanges(oldText: string, newText: string): CharChanges {
  if (oldText === newText) return { old: [], new: [] };
  const parts = diffChars(oldText, newText, { maxEditLength: MAX_EDITS });
  if (parts === undefined) return { old: whole(oldText), new: whole(newText) };
  const removed: Span[] = [];
  const added: Span[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const part of parts) {
    const length = part.value.length;
    if (part.added) {
      added.push({ start: newAt, end: newAt + length });
      newAt += length;
    } else if (part.removed) {
      removed.push({ start: oldAt, end: oldAt + length });
      oldAt += length;
    } else {
      oldAt += length;
      newAt += length;
    }
  }
  return { old: tidy(oldText, removed), new: tidy(newText, added) };
}
