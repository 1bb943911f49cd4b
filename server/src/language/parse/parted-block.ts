/**
 * A long block read in parts. A block runs to the next header line, so an article, 別紙 or 前文
 * can be 100,000 lines: read whole it was one synchronous step of 60–120 ms on open, and every
 * keystroke typed in it read it whole again. Every line of a block is read on its own (the
 * grammar's blocks are a header line and then one entry per line), so the block is cut at line
 * starts into parts of about `BlockReader.partLength`: the first is read as the block (its header
 * and first lines), the others with the start rule for the kind's lines, one part per step. An
 * edit re-reads only the parts it touched and moves the parts after it, lazily, as blocks are
 * moved (moved-block.ts). The joined block is what reading it whole gives; the parse properties
 * check this with parts of a few characters.
 */
import type { Block } from "../ast";
import { drain, type Steps } from "../steps";
import type { TextChange } from "../text-change";
import { linesOf, withLines, type BlockLine } from "./block-lines";
import type { BlockReader } from "./grammar";
import { moveBlock } from "./moved-block";
import type { ParsedBlock } from "./parsed-block";
import type { ParseProblem } from "./parse-problem";
import { shiftLine, shiftSpan } from "./shift-block";
import { nextLineStart, splitRange, type BlockSlice } from "./split-blocks";
import { joinStrayRuns, shiftStrayRun, strayProblem, strayRunOf, type StrayRun } from "./stray-lines";
import { withTypedLines, withTypedValues } from "./typed-values";

/** A part of a block after its first: some of its lines, with their problems. */
export interface LinesPart {
  readonly start: number;
  readonly end: number;
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

/**
 * Where [start, end) of `text` is cut into parts: the starts of the parts, then `end`. A part ends
 * at the first line start at least `length` after it starts, so it holds at least one line.
 */
export function partBounds(text: string, start: number, end: number, length: number): number[] {
  const bounds = [start];
  for (let at = start; end - at > length;) {
    at = nextLineStart(text, at + length - 1);
    if (at >= end) break;
    bounds.push(at);
  }
  bounds.push(end);
  return bounds;
}

function byOffset(a: ParseProblem, b: ParseProblem): number {
  return a.span.start - b.span.start;
}

function readHead(text: string, slice: BlockSlice, reader: BlockReader): HeadPart {
  const problems: ParseProblem[] = [];
  const source = text.slice(slice.start, slice.end);
  const block = withTypedValues(reader.read(source, slice.kind, slice.start, (p) => problems.push(p)));
  problems.sort(byOffset);
  return { parsed: { slice, block, problems }, strays: strayRunOf(linesOf(block)) };
}

function readLinesPart(
  text: string,
  kind: BlockSlice["kind"],
  start: number,
  end: number,
  reader: BlockReader,
) {
  const problems: ParseProblem[] = [];
  const read = reader.readLines(text.slice(start, end), kind, start, (p) => problems.push(p));
  const lines = withTypedLines(read, kind);
  problems.sort(byOffset);
  return { start, end, lines, problems, strays: strayRunOf(lines) };
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
  bounds: readonly number[],
  withHead: boolean,
  reader: BlockReader,
): Steps<ReadParts | null> {
  try {
    let head: HeadPart | null = null;
    const parts: LinesPart[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const start = bounds[i] as number;
      const end = bounds[i + 1] as number;
      if (i === 0 && withHead) head = readHead(text, { kind, start, end }, reader);
      else parts.push(readLinesPart(text, kind, start, end, reader));
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
  const bounds = partBounds(text, slice.start, slice.end, reader.partLength);
  if (bounds.length <= 2) return null;
  const read = yield* readParts(text, slice.kind, bounds, true, reader);
  if (read === null || read.head === null) return null;
  return new PartedBlock(slice, read.head, read.parts);
}

/** A part moved by `delta`, its lines moved only when someone reads them (as moved-block.ts). */
class MovedPart implements LinesPart {
  readonly start: number;
  readonly end: number;
  readonly strays: StrayRun | null;
  #origin: LinesPart | null;
  readonly #delta: number;
  #lines: readonly BlockLine[] | undefined;
  #problems: readonly ParseProblem[] | undefined;

  constructor(origin: LinesPart, delta: number) {
    this.start = origin.start + delta;
    this.end = origin.end + delta;
    this.strays = shiftStrayRun(origin.strays, delta);
    this.#origin = origin;
    this.#delta = delta;
  }

  /** The part it comes from, and how far, while its lines have not been moved. */
  get pending(): { readonly origin: LinesPart; readonly delta: number } | null {
    return this.#origin === null ? null : { origin: this.#origin, delta: this.#delta };
  }

  get lines(): readonly BlockLine[] {
    if (this.#lines === undefined) {
      this.#lines = this.#originOf().lines.map((line) => shiftLine(line, this.#delta));
      // Once its lines and problems are moved, the origin is let go: it holds an older version.
      if (this.#problems !== undefined) this.#origin = null;
    }
    return this.#lines;
  }

  get problems(): readonly ParseProblem[] {
    if (this.#problems === undefined) {
      this.#problems = this.#originOf().problems.map((p) => ({ ...p, span: shiftSpan(p.span, this.#delta) }));
      if (this.#lines !== undefined) this.#origin = null;
    }
    return this.#problems;
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
    const lines: (readonly BlockLine[])[] = [];
    for (const part of this.parts) {
      lines.push(part.lines);
      yield;
    }
    return (this.#block ??= withLines(this.head.parsed.block, lines, this.slice.end));
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
    const starts = [this.slice.start, ...this.parts.map((p) => p.start)];
    const first = lastAtOrBefore(starts, change.start - 1);
    const last = lastAtOrBefore(starts, change.oldEnd);
    const delta = change.newEnd - change.oldEnd;
    const from = starts[first] as number;
    const to = (last + 1 < starts.length ? (starts[last + 1] as number) : this.slice.end) + delta;
    // The lines outside [from, to) are what they were (split-blocks.ts: a line is a header by
    // itself alone); the block stays one block when no line inside is a header but its own.
    const slices = splitRange(text, from, to);
    if (slices.length !== 1 || slices[0]?.kind !== (first === 0 ? this.slice.kind : "leading")) return null;
    const read = drain(
      readParts(text, this.slice.kind, partBounds(text, from, to, reader.partLength), first === 0, reader),
    );
    if (read === null) return null;
    const { kind, start, end } = this.slice;
    return new PartedBlock({ kind, start, end: end + delta }, read.head ?? this.head, [
      ...this.parts.slice(0, Math.max(0, first - 1)),
      ...read.parts,
      ...this.parts.slice(last).map((part) => movePart(part, delta)),
    ]);
  }
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
