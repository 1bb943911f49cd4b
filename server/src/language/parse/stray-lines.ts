/**
 * Lines a block keeps but cannot use: text before the first header, after the title, under a
 * chapter heading or in 署名欄. They are kept (and rendered as written, so no text is lost) and
 * reported once per block, on the whole run: one misplaced paragraph is one mistake, not one
 * finding per line. A long block is read in parts (parted-block.ts), so each part's run is kept
 * and the block's runs are joined.
 */
import type { Block, Comment, Span, StrayLine } from "../ast";
import { linesOf } from "./block-lines";
import type { ParseProblem } from "./parse-problem";
import type { BlockKind } from "./split-blocks";

export type Trivia = Comment | StrayLine;

/** The stray lines of a block or of a part of one: how many, from the first one to the last. */
export interface StrayRun {
  readonly count: number;
  readonly span: Span;
}

// The kinds whose stray lines are reported here; a 当事者 or 条件 block reports each of its stray
// lines itself (the grammar's FieldEntry), as each is a field written wrongly.
const MESSAGES: Partial<Readonly<Record<BlockKind, string>>> = {
  title: "タイトルの後には本文を書けません。「前文」などの見出しの後に書いてください。",
  signatures: "署名欄には当事者の記号（甲・乙など）を一行に一つずつ書いてください。",
  leading:
    "この行はどの見出しにも属していません。「前文」「第1条（目的）」などの見出しの下に書いてください。",
  chapter: "章・節の見出しの下には本文を書けません。「第1条（目的）」などの条の見出しの下に書いてください。",
};

export function strayRunOf(
  lines: readonly { readonly kind: string; readonly span: Span }[],
): StrayRun | null {
  let count = 0;
  let start = 0;
  let end = 0;
  for (const line of lines) {
    if (line.kind !== "stray") continue;
    if (count++ === 0) start = line.span.start;
    end = line.span.end;
  }
  return count === 0 ? null : { count, span: { start, end } };
}

/** The runs of consecutive parts of a block, in order, as one. */
export function joinStrayRuns(runs: readonly (StrayRun | null)[]): StrayRun | null {
  const present = runs.filter((run) => run !== null);
  const first = present[0];
  const last = present[present.length - 1];
  if (first === undefined || last === undefined) return null;
  const count = present.reduce((sum, run) => sum + run.count, 0);
  return { count, span: { start: first.span.start, end: last.span.end } };
}

export function shiftStrayRun(run: StrayRun | null, delta: number): StrayRun | null {
  return run === null
    ? null
    : { count: run.count, span: { start: run.span.start + delta, end: run.span.end + delta } };
}

/** The finding for the stray lines of a block read whole (see strayProblem). */
export function strayProblemOf(kind: BlockKind, block: Block): ParseProblem | null {
  return MESSAGES[kind] === undefined ? null : strayProblem(kind, strayRunOf(linesOf(block)));
}

/** The one finding for a block's stray lines, or null when the block has none or reports its own. */
export function strayProblem(kind: BlockKind, run: StrayRun | null): ParseProblem | null {
  const message = MESSAGES[kind];
  if (message === undefined || run === null) return null;
  const count = run.count === 1 ? "" : `（この${run.count}行とも同じです。）`;
  return { id: "syntax.stray-line", message: `${message}${count}`, span: run.span };
}
