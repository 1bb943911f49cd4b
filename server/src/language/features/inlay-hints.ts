/** Inlay hints: beside a {reference} in prose, what the value implies (= 上限 1,800,000円 …). */
import type { Analysis } from "../model/analysis";
import { derivedHint } from "./derived-facts";

export interface InlayHintEntry {
  readonly offset: number;
  readonly label: string;
}

export function inlayHints(analysis: Analysis, range: { start: number; end: number }): InlayHintEntry[] {
  return analysis.index.references.flatMap(({ ref }) => {
    if (ref.span.end < range.start || ref.span.start > range.end || ref.path.length !== 1) return [];
    const label = derivedHint(ref.path[0] ?? "", analysis.facts);
    return label === null ? [] : [{ offset: ref.span.end, label }];
  });
}
