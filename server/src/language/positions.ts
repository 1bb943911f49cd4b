/** Offsets (UTF-16 code units) to zero-based line/character positions, as LSP counts them. */
import type { LineIndex } from "./line-index";

export interface Position {
  readonly line: number;
  readonly character: number;
}

export function positionAt(index: LineIndex, offset: number): Position {
  const line = index.lineOf(offset);
  return { line, character: offset - (index.lineStarts[line] ?? 0) };
}
