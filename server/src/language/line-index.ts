/**
 * Offsets ↔ lines for a text, with CRLF, LF and lone CR all ending a line (as LSP and VS Code
 * count them). Built once per text; lookups are binary searches.
 */
export interface LineIndex {
  readonly lineStarts: readonly number[];
  lineOf(offset: number): number;
}

export function buildLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  // Without a CR every line ends at a LF, and indexOf finds them several times faster than a loop
  // over every character (the preview numbers its lines with this on every render).
  if (!text.includes("\r")) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    return { lineStarts, lineOf: (offset) => lineAt(lineStarts, offset) };
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      lineStarts.push(i + 1);
    } else if (c === 0x0a) {
      lineStarts.push(i + 1);
    }
  }
  return { lineStarts, lineOf: (offset) => lineAt(lineStarts, offset) };
}

function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
