/** Offsets (UTF-16 code units) to zero-based line/character positions, as LSP counts them. */
import type { LineIndex } from "./line-index";
import { splitsPairAt } from "./vocabulary/surrogates";

export interface Position {
  readonly line: number;
  readonly character: number;
}

export function positionAt(index: LineIndex, offset: number): Position {
  const line = index.lineOf(offset);
  return { line, character: offset - (index.lineStarts[line] ?? 0) };
}

/**
 * The offset moved back to a character boundary: an editor may ask at the middle of a surrogate
 * pair (𠮷 is two code units) or of a CR LF, and an edit starting or ending there would split it.
 */
export function snapToBoundary(text: string, offset: number): number {
  const inCrLf = text.charCodeAt(offset) === 0x0a && text.charCodeAt(offset - 1) === 0x0d;
  return offset > 0 && (splitsPairAt(text, offset) || inCrLf) ? offset - 1 : offset;
}
