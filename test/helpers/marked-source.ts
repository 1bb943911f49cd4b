/**
 * Test sources with ⟦…⟧ around the text a range must cover, so a test states the range where
 * the reader sees it instead of as numbers. Marks may nest; ranges come in the order they open.
 */
export interface MarkedSource {
  readonly text: string;
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
}

export function marked(source: string): MarkedSource {
  const ranges: { start: number; end: number }[] = [];
  const open: number[] = [];
  let text = "";
  for (const c of source) {
    if (c === "⟦") {
      open.push(ranges.length);
      ranges.push({ start: text.length, end: -1 });
    } else if (c === "⟧") {
      const index = open.pop();
      const range = index === undefined ? undefined : ranges[index];
      if (range === undefined) throw new Error(`unbalanced ⟧ in test source: ${source}`);
      range.end = text.length;
    } else text += c;
  }
  if (open.length > 0) throw new Error(`unbalanced ⟦ in test source: ${source}`);
  return { text, ranges };
}
