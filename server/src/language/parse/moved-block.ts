/**
 * A block reused from the previous version at another offset, moved only when someone looks at it.
 * Typing in the middle of a 10,000-article contract moves 5,000 blocks per keystroke; copying
 * their trees each time is most of a keystroke's cost (and garbage), while the answer to a
 * keystroke (its carried diagnostics) needs only the blocks' places. A block moved again before
 * anyone looked at it is moved once, from the last version that was looked at, by the sum.
 */
import type { Block } from "../ast";
import type { ParsedBlock } from "./parsed-block";
import type { ParseProblem } from "./parse-problem";
import { shiftBlock, shiftSpan } from "./shift-block";
import type { BlockSlice } from "./split-blocks";

/** Where a block not yet moved comes from: a block that has been looked at, and how far. */
interface Pending {
  readonly origin: ParsedBlock;
  readonly delta: number;
}

interface Moved {
  readonly block: Block;
  readonly problems: readonly ParseProblem[];
}

class MovedBlock implements ParsedBlock {
  // Once moved, the origin is let go: holding it would keep every earlier version's tree alive.
  private state: Pending | Moved;

  constructor(
    readonly slice: BlockSlice,
    pending: Pending,
  ) {
    this.state = pending;
  }

  private moved(): Moved {
    if ("block" in this.state) return this.state;
    const { origin, delta } = this.state;
    const moved: Moved = {
      block: shiftBlock(origin.block, delta),
      problems: origin.problems.map((p) => ({ ...p, span: shiftSpan(p.span, delta) })),
    };
    this.state = moved;
    return moved;
  }

  get block(): Block {
    return this.moved().block;
  }

  get problems(): readonly ParseProblem[] {
    return this.moved().problems;
  }

  /** Where it comes from, while nobody has looked at it. */
  get pending(): Pending | null {
    return "block" in this.state ? null : this.state;
  }
}

export function moveBlock(parsed: ParsedBlock, delta: number): ParsedBlock {
  if (delta === 0) return parsed;
  if (parsed.movedBy !== undefined) return parsed.movedBy(delta);
  const slice = { kind: parsed.slice.kind, start: parsed.slice.start + delta, end: parsed.slice.end + delta };
  const pending = parsed instanceof MovedBlock ? parsed.pending : null;
  return new MovedBlock(
    slice,
    pending === null ? { origin: parsed, delta } : { origin: pending.origin, delta: pending.delta + delta },
  );
}
