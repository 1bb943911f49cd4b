/**
 * Source lines ↔ the preview's scroll position, through the blocks that carry `data-line`: a line
 * between two blocks maps proportionally between their tops, as the Markdown preview does.
 * Pure, so it is tested without a DOM; the page measures the blocks and passes them in.
 */
export interface SourceBlock {
  /** The 0-based source line the block was rendered from. */
  readonly line: number;
  /** The block's top in document coordinates (independent of the current scroll). */
  readonly top: number;
}

/**
 * Blocks in page order with lines strictly rising (the outer block wins over the nested ones of the
 * same line; a block out of source order is left out), so both mappings can binary-search.
 */
export function normaliseBlocks(blocks: readonly SourceBlock[]): SourceBlock[] {
  const result: SourceBlock[] = [];
  for (const block of [...blocks].sort((a, b) => a.top - b.top)) {
    if (!Number.isFinite(block.line) || !Number.isFinite(block.top)) continue;
    const last = result[result.length - 1];
    if (last !== undefined && block.line <= last.line) continue;
    result.push(block);
  }
  return result;
}

/** The index of the last element for which `isBefore` holds (they all come first), or -1. */
function lastIndexWhere(blocks: readonly SourceBlock[], isBefore: (block: SourceBlock) => boolean): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const block = blocks[middle];
    if (block !== undefined && isBefore(block)) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function between(from: number, to: number, fraction: number): number {
  return from + (to - from) * Math.min(1, Math.max(0, fraction));
}

/** Where the page must scroll to for `line` to be at the top; undefined if no block is known. */
export function scrollTopForLine(blocks: readonly SourceBlock[], line: number): number | undefined {
  const first = blocks[0];
  if (first === undefined) return undefined;
  const index = lastIndexWhere(blocks, (block) => block.line <= line);
  const previous = blocks[index];
  if (previous === undefined) return 0;
  const next = blocks[index + 1];
  if (next === undefined) return previous.top;
  return between(previous.top, next.top, (line - previous.line) / (next.line - previous.line));
}

/** The (fractional) source line at page position `top`; undefined if no block is known. */
export function lineAtScrollTop(blocks: readonly SourceBlock[], top: number): number | undefined {
  const first = blocks[0];
  if (first === undefined) return undefined;
  const index = lastIndexWhere(blocks, (block) => block.top <= top);
  const previous = blocks[index];
  if (previous === undefined) return first.line;
  const next = blocks[index + 1];
  if (next === undefined || next.top === previous.top) return previous.line;
  return between(previous.line, next.line, (top - previous.top) / (next.top - previous.top));
}
