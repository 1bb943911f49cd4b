/** Folding: each block (an article, a party, 条件, 前文 …) and each run of comments. */
import type { Analysis } from "../model/analysis";
import type { Block, Span } from "../ast";
import { drain, eachInSteps, type Steps } from "../steps";
import { documentSymbols, type ContractSymbol } from "./document-symbols";

export interface FoldingSpan {
  readonly span: Span;
  readonly kind: "region" | "comment";
}

function commentSpans(block: Block): Span[] {
  const entries =
    "entries" in block ? block.entries : "lines" in block ? block.lines : "body" in block ? block.body : [];
  return entries.filter((e) => e.kind === "comment").map((e) => e.span);
}

/** Runs of comment lines, a few blocks per step (50,000 articles' blocks took tens of ms). */
function* commentRunsInSteps(analysis: Analysis): Steps<FoldingSpan[]> {
  const runs: FoldingSpan[] = [];
  let run: Span[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (run.length > 1 && first !== undefined && last !== undefined) {
      runs.push({ span: { start: first.start, end: last.end }, kind: "comment" });
    }
    run = [];
  };
  yield* eachInSteps(analysis.document.blocks, (block) => {
    for (const span of commentSpans(block)) {
      const previous = run[run.length - 1];
      // Consecutive comment lines: nothing but a line break between them.
      if (
        previous !== undefined &&
        !/^\r?\n$|^\r$/.test(
          analysis.text.slice(previous.end, span.start).replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, ""),
        )
      )
        flush();
      run.push(span);
    }
  });
  flush();
  return runs;
}

/** The folds; `symbols` is the outline when the caller has it already (it is most of the cost). */
export function foldingSpans(
  analysis: Analysis,
  symbols: readonly ContractSymbol[] = documentSymbols(analysis),
): FoldingSpan[] {
  return drain(foldingSpansInSteps(analysis, symbols));
}

/** The same in steps, for a host that must stay responsive. */
export function* foldingSpansInSteps(
  analysis: Analysis,
  symbols: readonly ContractSymbol[],
): Steps<FoldingSpan[]> {
  const regions: FoldingSpan[] = [];
  yield* eachInSteps(symbols, (s) => {
    if (s.children.length > 0 || s.kind === "article" || s.kind === "section") {
      regions.push({ span: s.span, kind: "region" });
    }
  });
  const comments = yield* commentRunsInSteps(analysis);
  return [...regions, ...comments];
}
