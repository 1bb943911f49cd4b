/** Reading prose for numbers and phrases without mistaking a {reference} for written text. */
import type { Span } from "../../ast";
import type { ProseLine } from "../../model/prose-line";

/**
 * How far a sentence or clause is looked for around a match. Contract sentences are far shorter;
 * the bound keeps a megabyte line without a 。 linear instead of quadratic.
 */
const REACH = 200;

/** The last stop before `index` (exclusive), looking back at most REACH characters; -1 if none. */
function stopBefore(text: string, index: number, stops: string): number {
  for (let i = index - 1; i >= Math.max(0, index - REACH); i--) {
    if (stops.includes(text.charAt(i))) return i;
  }
  return index - REACH > 0 ? index - REACH - 1 : -1;
}

/** The first stop at or after `index`, looking ahead at most REACH characters; text.length if none. */
function stopAfter(text: string, index: number, stops: string): number {
  const limit = Math.min(text.length, index + REACH);
  for (let i = index; i < limit; i++) {
    if (stops.includes(text.charAt(i))) return i;
  }
  return limit;
}

/** The sentence (up to and including its 。) around `index`, as offsets into `text`. */
export function sentenceAround(text: string, index: number): Span {
  const start = stopBefore(text, index, "。") + 1;
  const stop = stopAfter(text, index, "。");
  return { start, end: stop < text.length && text.charAt(stop) === "。" ? stop + 1 : stop };
}

/** The clause (between 、 or 。) around a span of `text`. */
export function clauseAround(text: string, span: Span): string {
  return text.slice(stopBefore(text, span.start, "、。") + 1, stopAfter(text, span.end, "、。"));
}

/** A span of a line's text as a span of the file. */
export function inFile(line: ProseLine, start: number, length: number): Span {
  return { start: line.start + start, end: line.start + start + length };
}
