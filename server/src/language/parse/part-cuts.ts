/**
 * Where a long block is cut into parts (parted-block.ts). A part ends at the first line start at
 * least `length` after it starts; a prose line far longer than that (one line of 100,000
 * references took 70–110 ms to read) is cut inside, after a `}` that ends one of its inlines.
 *
 * A cut inside a line must fall where reading the whole line puts a boundary between two inlines,
 * and the line's first piece must read as the line's beginning. So only prose lines are cut (an
 * article's, 前文's, 後文's or 別紙's lines after the header, not a comment), and only after a `}`
 * that closes a reference, a broken reference, a stray `}` or a `}}`, with no `}` after it (which
 * could pair with it). Which `}` close what follows the grammar's prose rules (Inline in
 * grammar/contract.peggy): `{{` is a brace; a `{` runs to the first `}` and is one inline, unless
 * a `{` or the line's end comes first, when it takes the rest of the line (nothing after it is a
 * boundary). `inlineBoundaryAfter` restates this for braces alone; the parse properties, with
 * parts of a few characters, check it against the grammar.
 */
import { isLayout } from "./layout-space";
import { nextLineStart, type BlockKind } from "./split-blocks";

export interface PartCut {
  readonly start: number;
  /** Whether the part starts inside a line, continuing the previous part's last line. */
  readonly inLine: boolean;
}

const OPEN = 0x7b;
const CLOSE = 0x7d;
const SLASH = 0x2f;
const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(["article", "preamble", "closing", "annex"]);

/** Where a line's content ends: `lineEnd` (the next line's start) without the line break before it. */
function contentEndOf(text: string, lineEnd: number): number {
  let end = lineEnd;
  if (end > 0 && text.charCodeAt(end - 1) === 0x0a) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 0x0d) end--;
  return end;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Whether the line starting at `lineStart` is a comment (`//` after its indentation). */
function isComment(text: string, lineStart: number): boolean {
  let i = lineStart;
  while (isLayout(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === SLASH && text.charCodeAt(i + 1) === SLASH;
}

/** The start of the line that contains `offset`, or `floor` when that line starts before it. */
function lineStartFrom(text: string, floor: number, offset: number): number {
  for (let i = offset; i > floor; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return floor;
}

/**
 * The first boundary between inlines at or after `target` and before `contentEnd` where a line
 * may be cut, reading its braces from `from` (a line start or an earlier boundary); null when
 * there is none (no `}` left, or a `{` that takes the rest of the line).
 */
export function inlineBoundaryAfter(
  text: string,
  from: number,
  target: number,
  contentEnd: number,
): number | null {
  let i = from;
  while (i < contentEnd) {
    const c = text.charCodeAt(i);
    if (c === OPEN) {
      if (text.charCodeAt(i + 1) === OPEN) {
        i += 2;
        continue;
      }
      const close = closingBrace(text, i + 1, contentEnd);
      if (close === null) return null;
      i = close + 1;
    } else if (c === CLOSE) {
      // A stray } or half of a }}: which, only the next character says, and no cut is made
      // before a } (below), so each is passed on its own.
      i++;
    } else {
      i++;
      continue;
    }
    if (i >= target && i < contentEnd && text.charCodeAt(i) !== CLOSE) return i;
  }
  return null;
}

/** The `}` that closes the `{` before `from`, or null when a `{` or the line's end comes first. */
function closingBrace(text: string, from: number, contentEnd: number): number | null {
  for (let i = from; i < contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === CLOSE) return i;
    if (c === OPEN) return null;
  }
  return null;
}

/** Whether the line starting at `lineStart` may be cut: a prose line, not a header or a comment. */
function cuttableLine(text: string, kind: BlockKind, blockStart: number, lineStart: number): boolean {
  return PROSE_KINDS.has(kind) && lineStart !== blockStart && !isComment(text, lineStart);
}

/**
 * Where to read the braces of the line containing `offset` from: its start, or `from` when the
 * line started before it (`from` is then a boundary inside the line) — and whether the line may
 * be cut (a line already cut at `from` may).
 */
function lineFrom(
  text: string,
  kind: BlockKind,
  blockStart: number,
  from: { readonly at: number; readonly inLine: boolean },
  offset: number,
): number | null {
  const lineStart = lineStartFrom(text, from.at, offset);
  if (from.inLine && lineStart === from.at) return lineStart;
  return cuttableLine(text, kind, blockStart, lineStart) ? lineStart : null;
}

/**
 * Whether `at` is still a place where its line may be cut, reading from `from` (a line start, or
 * a boundary inside a line): for the part after an edit, which the edit may have moved into a
 * reference or a comment.
 */
export function isInlineCut(
  text: string,
  kind: BlockKind,
  blockStart: number,
  from: { readonly at: number; readonly inLine: boolean },
  at: number,
): boolean {
  const read = lineFrom(text, kind, blockStart, from, at - 1);
  if (read === null || at >= text.length || isLineBreak(text.charCodeAt(at))) return false;
  // Read no further than `at`: a { still open there means `at` is inside an inline either way,
  // and the line's end (a long line's is far on) need not be looked for.
  return inlineBoundaryAfter(text, read, at, at + 1) === at;
}

/**
 * The parts of [start, end) of a block of `kind` that starts at `blockStart`: their starts.
 * `inLine` says whether `start` is itself inside a line (a part read again after an edit).
 */
export function partCuts(
  text: string,
  kind: BlockKind,
  blockStart: number,
  range: { readonly start: number; readonly end: number; readonly inLine: boolean },
  length: number,
): PartCut[] {
  const { start, end } = range;
  const cuts: PartCut[] = [{ start, inLine: range.inLine }];
  let from = { at: start, inLine: range.inLine };
  // The end of the line being cut: looked for once per line, not per cut (a line of 300,000
  // characters cut forty times was scanned forty times).
  let lineEnd = start;
  while (end - from.at > length) {
    const target = from.at + length;
    if (lineEnd < target) lineEnd = nextLineStart(text, target - 1, end);
    let cut: number | null = null;
    if (lineEnd - target > length) {
      const read = lineFrom(text, kind, blockStart, from, target - 1);
      if (read !== null) cut = inlineBoundaryAfter(text, read, target, contentEndOf(text, lineEnd));
    }
    from = { at: cut ?? lineEnd, inLine: cut !== null };
    if (from.at >= end) break;
    cuts.push({ start: from.at, inLine: from.inLine });
  }
  return cuts;
}
