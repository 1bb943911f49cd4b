/** Prose read without its {references}: the one way a line's references are blanked out. */
import type { Inline, RefInline } from "../ast";
import type { ProseLine } from "./prose-line";

/**
 * Stands in for each code unit of a {reference} (or of a span a reader must not read): neither a
 * digit, a word, Han, punctuation nor a separator, so no pattern for prose matches inside one.
 */
export const MASK = "\uFFFC";

/** The line with each span (relative to the line) replaced by MASK, in one pass over the line. */
export function masked(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  if (spans.length > MANY_SPANS) {
    return maskedUnits(text, (units) => {
      for (const { start, end } of spans) units.fill(MASK_UNIT, start, end);
    });
  }
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at) continue;
    pieces.push(text.slice(at, start), MASK.repeat(end - start));
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/**
 * From this many spans a line is masked as code units: 100,000 references on one line made
 * 200,000 pieces to join (~40 ms of one step); copying the units and filling the spans is a few.
 */
const MANY_SPANS = 256;
const MASK_UNIT = MASK.charCodeAt(0);
/** Units per String.fromCharCode call, well under the engine's argument limit. */
const UNITS_PER_CALL = 8_192;

/** `masked` as code units: a copy of the line's units with the spans filled, read back in chunks. */
function maskedUnits(text: string, fill: (units: Uint16Array) => void): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  fill(units);
  const pieces: string[] = [];
  for (let i = 0; i < units.length; i += UNITS_PER_CALL) {
    // Code units as they are: a lone surrogate stays one (a decoder would replace it).
    const chunk = units.subarray(i, i + UNITS_PER_CALL) as unknown as number[];
    pieces.push(String.fromCharCode.apply(null, chunk));
  }
  return pieces.join("");
}

function isRef(inline: Inline): inline is RefInline {
  return inline.kind === "ref";
}

/**
 * The line's source text with every reference blanked out, offsets unchanged, so that patterns for
 * words and written numbers never match inside {名前} and a reference is never read as prose.
 * Masking one span at a time re-sliced the whole line per reference (100,000 {x} on one line took
 * 35 s): the spans are masked together instead, and many of them as code units.
 */
export function withoutReferences(line: ProseLine): string {
  // Most lines hold no reference: they are their own text, without building the lists below.
  if (!line.prose.inlines.some(isRef)) return line.text;
  const refs = line.prose.inlines.filter(isRef);
  if (refs.length > MANY_SPANS) {
    return maskedUnits(line.text, (units) => {
      for (const ref of refs) units.fill(MASK_UNIT, ref.span.start - line.start, ref.span.end - line.start);
    });
  }
  return masked(
    line.text,
    refs.map((ref) => ({ start: ref.span.start - line.start, end: ref.span.end - line.start })),
  );
}
