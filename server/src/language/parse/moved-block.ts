/**
 * A block reused from the previous version at another offset, moved only when someone looks at it.
 * Typing in the middle of a 10,000-article contract moves 5,000 blocks per keystroke; copying
 * their trees each time is most of a keystroke's cost (and garbage), while the answer to a
 * keystroke (its carried diagnostics) needs only the blocks' places. A block moved again before
 * anyone looked at it is moved once, from the last version that was looked at, by the sum.
 */
import type { Block } from "../ast";
import type { ParsedBlock, ParseProblem } from "./parse-contract";
import { shiftBlock, shiftSpan } from "./shift-block";
import type { BlockSlice } from "./split-blocks";

class MovedBlock implements ParsedBlock {
  private movedBlock: Block | undefined;
  private movedProblems: readonly ParseProblem[] | undefined;

  constructor(
    readonly slice: BlockSlice,
    /** A block that has been looked at (or was never moved), and how far this one is from it. */
    readonly origin: ParsedBlock,
    readonly delta: number,
  ) {}

  get block(): Block {
    this.movedBlock ??= shiftBlock(this.origin.block, this.delta);
    return this.movedBlock;
  }

  get problems(): readonly ParseProblem[] {
    this.movedProblems ??= this.origin.problems.map((p) => ({ ...p, span: shiftSpan(p.span, this.delta) }));
    return this.movedProblems;
  }

  get isMoved(): boolean {
    return this.movedBlock !== undefined;
  }
}

export function moveBlock(parsed: ParsedBlock, delta: number): ParsedBlock {
  if (delta === 0) return parsed;
  const slice = { kind: parsed.slice.kind, start: parsed.slice.start + delta, end: parsed.slice.end + delta };
  if (parsed instanceof MovedBlock && !parsed.isMoved) {
    return new MovedBlock(slice, parsed.origin, parsed.delta + delta);
  }
  return new MovedBlock(slice, parsed, delta);
}
