/**
 * A long block read in parts. A block runs to the next header line, so an article, 別紙 or 前文
 * can be 100,000 lines: read whole it was one synchronous step of 60–120 ms on open, and every
 * keystroke typed in it read it whole again. Every line of a block is read on its own (the
 * grammar's blocks are a header line and then one entry per line), so the block is cut at line
 * starts into parts of about `BlockReader.partLength` (and a prose line far longer than that is
 * cut inside, see part-cuts.ts): the first is read as the block (its header and first lines), the
 * others with the start rules for the kind's lines, one part per step. An edit re-reads only the
 * parts it touched and moves the parts after it, lazily, as blocks are moved (moved-block.ts).
 * The joined block is what reading it whole gives; the parse properties check this with parts of
 * a few characters.
 */
import type { Block, Inline } from "../ast";
import { drain, type Steps } from "../steps";
import type { TextChange } from "../text-change";
import { continuedLine, linesOf, withLines, type BlockLine } from "./block-lines";
import type { BlockReader } from "./grammar";
import { moveBlock } from "./moved-block";
import type { ParsedBlock } from "./parsed-block";
import { byOffset, type ParseProblem } from "./parse-problem";
import { isLayout } from "./layout-space";
import { isInlineCut, partCuts, type PartCut } from "./part-cuts";
import { shiftInline, shiftLine, shiftSpan } from "./shift-block";
import { nextLineStart, splitRange, type BlockSlice } from "./split-blocks";
import { joinStrayRuns, shiftStrayRun, strayProblem, strayRunOf, type StrayRun } from "./stray-lines";
import { withTypedLines, withTypedValues } from "./typed-values";

/**
 * A part of a block after its first: the rest of a line cut inside (when it starts inside one),
 * then whole lines, with their problems.
 */
export interface LinesPart {
  readonly start: number;
  readonly end: number;
  /** When the part starts inside a line: the inlines that continue that line; null otherwise. */
  readonly inlines: readonly Inline[] | null;
  /** When it continues a line up to its end: where the line's prose ends, without trailing layout. */
  readonly proseEnd: number | null;
  readonly lines: readonly BlockLine[];
  /** Sorted by offset; the block's stray lines are not among them (see `strays`). */
  readonly problems: readonly ParseProblem[];
  readonly strays: StrayRun | null;
}

/** The first part: the block's header and first lines, read as a block of its own. */
interface HeadPart {
  /** Its problems do not include the block's stray lines. */
  readonly parsed: ParsedBlock;
  readonly strays: StrayRun | null;
}

function readHead(text: string, slice: BlockSlice, reader: BlockReader): HeadPart {
  const problems: ParseProblem[] = [];
  const source = text.slice(slice.start, slice.end);
  const block = withTypedValues(reader.read(source, slice.kind, slice.start, (p) => problems.push(p)));
  problems.sort(byOffset);
  return { parsed: { slice, block, problems }, strays: strayRunOf(linesOf(block)) };
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Where the prose of the line ending at `lineEnd` ends without its layout, looking back to `floor`. */
function proseEndOf(text: string, floor: number, lineEnd: number): number {
  let end = lineEnd;
  while (end > floor && isLineBreak(text.charCodeAt(end - 1))) end--;
  while (end > floor && isLayout(text.charCodeAt(end - 1))) end--;
  return end;
}

function readLinesPart(
  text: string,
  kind: BlockSlice["kind"],
  cut: PartCut,
  end: number,
  reader: BlockReader,
): LinesPart {
  const problems: ParseProblem[] = [];
  const report = (p: ParseProblem) => problems.push(p);
  const { start } = cut;
  // The rest of a line cut inside: up to its line break, or to the next cut inside it.
  const linesStart = cut.inLine ? nextLineStart(text, start, end) : start;
  const inlines = cut.inLine ? reader.readPiece(text.slice(start, linesStart), start, report) : null;
  const endsLine = linesStart < end || end === text.length || isLineBreak(text.charCodeAt(end - 1));
  const proseEnd = cut.inLine && endsLine ? proseEndOf(text, start, linesStart) : null;
  const read =
    linesStart < end ? reader.readLines(text.slice(linesStart, end), kind, linesStart, report) : [];
  const lines = withTypedLines(read, kind);
  problems.sort(byOffset);
  return { start, end, inlines, proseEnd, lines, problems, strays: strayRunOf(lines) };
}

interface ReadParts {
  readonly head: HeadPart | null;
  readonly parts: readonly LinesPart[];
}

/**
 * Reads the parts between `bounds`, one a step; the first as the head of a block of `kind` when
 * `withHead`. Null when the grammar cannot read one of them: the caller reads the block whole, so
 * that its message is the one reading it whole gives.
 */
function* readParts(
  text: string,
  kind: BlockSlice["kind"],
  cuts: readonly PartCut[],
  end: number,
  withHead: boolean,
  reader: BlockReader,
): Steps<ReadParts | null> {
  try {
    let head: HeadPart | null = null;
    const parts: LinesPart[] = [];
    for (const [i, cut] of cuts.entries()) {
      const partEnd = cuts[i + 1]?.start ?? end;
      if (i === 0 && withHead) head = readHead(text, { kind, start: cut.start, end: partEnd }, reader);
      else parts.push(readLinesPart(text, kind, cut, partEnd, reader));
      yield;
    }
    return { head, parts };
  } catch {
    return null;
  }
}

/**
 * `slice` read in parts, a part a step, or null when it is one part long or a part cannot be read
 * (the caller then reads it whole).
 */
export function* readPartedInSteps(
  text: string,
  slice: BlockSlice,
  reader: BlockReader,
): Steps<PartedBlock | null> {
  if (slice.end - slice.start <= reader.partLength) return null;
  const range = { start: slice.start, end: slice.end, inLine: false };
  const cuts = partCuts(text, slice.kind, slice.start, range, reader.partLength);
  if (cuts.length <= 1) return null;
  const read = yield* readParts(text, slice.kind, cuts, slice.end, true, reader);
  if (read === null || read.head === null) return null;
  return new PartedBlock(slice, read.head, read.parts);
}

/** A part moved by `delta`, its lines moved only when someone reads them (as moved-block.ts). */
class MovedPart implements LinesPart {
  readonly start: number;
  readonly end: number;
  readonly proseEnd: number | null;
  readonly strays: StrayRun | null;
  #origin: LinesPart | null;
  readonly #delta: number;
  #inlines: readonly Inline[] | null | undefined;
  #lines: readonly BlockLine[] | undefined;
  #problems: readonly ParseProblem[] | undefined;

  constructor(origin: LinesPart, delta: number) {
    this.start = origin.start + delta;
    this.end = origin.end + delta;
    this.proseEnd = origin.proseEnd === null ? null : origin.proseEnd + delta;
    this.strays = shiftStrayRun(origin.strays, delta);
    this.#origin = origin;
    this.#delta = delta;
  }

  /** The part it comes from, and how far, while its lines have not been moved. */
  get pending(): { readonly origin: LinesPart; readonly delta: number } | null {
    return this.#origin === null ? null : { origin: this.#origin, delta: this.#delta };
  }

  get inlines(): readonly Inline[] | null {
    if (this.#inlines === undefined) {
      this.#inlines = this.#originOf().inlines?.map((inline) => shiftInline(inline, this.#delta)) ?? null;
      this.#letGoWhenMoved();
    }
    return this.#inlines;
  }

  get lines(): readonly BlockLine[] {
    if (this.#lines === undefined) {
      this.#lines = this.#originOf().lines.map((line) => shiftLine(line, this.#delta));
      this.#letGoWhenMoved();
    }
    return this.#lines;
  }

  get problems(): readonly ParseProblem[] {
    if (this.#problems === undefined) {
      this.#problems = this.#originOf().problems.map((p) => ({ ...p, span: shiftSpan(p.span, this.#delta) }));
      this.#letGoWhenMoved();
    }
    return this.#problems;
  }

  /** Once its inlines, lines and problems are moved, the origin is let go: it is an older version's. */
  #letGoWhenMoved(): void {
    if (this.#inlines !== undefined && this.#lines !== undefined && this.#problems !== undefined)
      this.#origin = null;
  }

  #originOf(): LinesPart {
    if (this.#origin === null) throw new Error("a moved part lost its origin before it was moved");
    return this.#origin;
  }
}

function movePart(part: LinesPart, delta: number): LinesPart {
  if (delta === 0) return part;
  const pending = part instanceof MovedPart ? part.pending : null;
  return pending === null ? new MovedPart(part, delta) : new MovedPart(pending.origin, pending.delta + delta);
}

/**
 * A block read in parts. Its block is joined from the parts when first asked for, in steps by
 * `blockInSteps` (a part's lines may still have to be moved); its problems need no lines.
 */
export class PartedBlock implements ParsedBlock {
  #block: Block | undefined;
  #problems: readonly ParseProblem[] | undefined;

  constructor(
    readonly slice: BlockSlice,
    readonly head: HeadPart,
    readonly parts: readonly LinesPart[],
  ) {}

  get block(): Block {
    return drain(this.blockInSteps());
  }

  *blockInSteps(): Steps<Block> {
    if (this.#block !== undefined) return this.#block;
    const head = this.head.parsed.block;
    const lines = [...linesOf(head)];
    // The pieces of a line cut inside, joined once its last piece is reached.
    let pieces: (readonly Inline[])[] = [];
    for (const part of this.parts) {
      if (part.inlines !== null) pieces.push(part.inlines);
      if (part.proseEnd !== null) {
        lines[lines.length - 1] = continuedLine(lines[lines.length - 1] as BlockLine, pieces, part.proseEnd);
        pieces = [];
      }
      for (const line of part.lines) lines.push(line);
      yield;
    }
    return (this.#block ??= withLines(head, lines, this.slice.end));
  }

  get problems(): readonly ParseProblem[] {
    if (this.#problems !== undefined) return this.#problems;
    const strays = strayProblem(
      this.slice.kind,
      joinStrayRuns([this.head.strays, ...this.parts.map((p) => p.strays)]),
    );
    const problems = [...this.head.parsed.problems, ...this.parts.flatMap((p) => p.problems)];
    if (strays !== null) problems.push(strays);
    return (this.#problems = problems.sort(byOffset));
  }

  movedBy(delta: number): PartedBlock {
    if (delta === 0) return this;
    const { kind, start, end } = this.slice;
    return new PartedBlock(
      { kind, start: start + delta, end: end + delta },
      { parsed: moveBlock(this.head.parsed, delta), strays: shiftStrayRun(this.head.strays, delta) },
      this.parts.map((part) => movePart(part, delta)),
    );
  }

  /**
   * The block after `change`, which lies inside it after its header line: the parts the change
   * touched read again (cut anew, as the change may have made them longer), the parts after them
   * moved. Null when the change made a line a header or a header a line: the block is no longer
   * one block, and the caller splits and reads its region again.
   */
  reparsed(text: string, change: TextChange, reader: BlockReader): PartedBlock | null {
    const { kind, start, end } = this.slice;
    const cuts: PartCut[] = [
      { start, inLine: false },
      ...this.parts.map((p) => ({ start: p.start, inLine: p.inlines !== null })),
    ];
    const starts = cuts.map((cut) => cut.start);
    const first = lastAtOrBefore(starts, change.start - 1);
    const delta = change.newEnd - change.oldEnd;
    const from = { at: starts[first] as number, inLine: (cuts[first] as PartCut).inLine };
    // The parts after the change are kept, moved, from the first that still starts where it did:
    // at a line start, or at a cut inside a line that the change left a boundary between inlines.
    let next = lastAtOrBefore(starts, change.oldEnd) + 1;
    const keeps = (cut: PartCut) => !cut.inLine || isInlineCut(text, kind, start, from, cut.start + delta);
    while (next < cuts.length && !keeps(cuts[next] as PartCut)) next++;
    const to = (next < starts.length ? (starts[next] as number) : end) + delta;
    if (!staysOneBlock(text, kind, first === 0, from, to)) return null;
    const range = { start: from.at, end: to, inLine: from.inLine };
    const recut = partCuts(text, kind, start, range, reader.partLength);
    const read = drain(readParts(text, kind, recut, to, first === 0, reader));
    if (read === null) return null;
    return new PartedBlock({ kind, start, end: end + delta }, read.head ?? this.head, [
      ...this.parts.slice(0, Math.max(0, first - 1)),
      ...read.parts,
      ...this.parts.slice(next - 1).map((part) => movePart(part, delta)),
    ]);
  }
}

/**
 * Whether [from, to), read again after an edit, holds no header line but the block's own (when
 * it starts the block): the lines outside it are what they were (split-blocks.ts: a line is a
 * header by itself alone), so the block is still one block.
 */
function staysOneBlock(
  text: string,
  kind: BlockSlice["kind"],
  startsBlock: boolean,
  from: { readonly at: number; readonly inLine: boolean },
  to: number,
): boolean {
  // A part that starts inside a line: its first line is not one to look at.
  const slices = splitRange(text, from.inLine ? nextLineStart(text, from.at, to) : from.at, to);
  if (startsBlock) return slices.length === 1 && slices[0]?.kind === kind;
  return slices.every((slice) => slice.kind === "leading");
}

/** Index of the last of the ascending `starts` at or before `offset` (0 when none is). */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
