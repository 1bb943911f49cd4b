import type { Block } from "../ast";
import type { Steps } from "../steps";
import type { TextChange } from "../text-change";
import type { BlockReader } from "./grammar";
import type { ParseProblem } from "./parse-problem";
import type { BlockSlice } from "./split-blocks";

/** One block as the grammar read it, with the problems found in it. */
export interface ParsedBlock {
  readonly slice: BlockSlice;
  readonly block: Block;
  /** Sorted by offset. */
  readonly problems: readonly ParseProblem[];
  /** The block in steps, when building it takes long (a long block read in parts). */
  blockInSteps?(): Steps<Block>;
  /** The block moved by `delta`, when it moves itself (a long block read in parts). */
  movedBy?(delta: number): ParsedBlock;
  /**
   * The block after a change inside it after its header line, when it can read only what the
   * change touched (a long block read in parts); null when the change split or merged blocks.
   */
  reparsed?(text: string, change: TextChange, reader: BlockReader): ParsedBlock | null;
}
