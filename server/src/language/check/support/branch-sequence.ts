/**
 * Branch articles (第15条の2) in the run of articles: each stands after 第15条 or after the branch
 * before it (第15条の2 then 第15条の3), numbered from 2 without a gap. Main articles are counted by
 * `sequenceProblems`; this judges only the branches, each against the article just before it.
 */
import type { Article } from "../../ast";

export type BranchProblem =
  | { readonly kind: "misplaced"; readonly index: number; readonly after: Article | undefined }
  | { readonly kind: "gap"; readonly index: number; readonly expected: number }
  | { readonly kind: "order"; readonly index: number; readonly previous: number };

export function branchProblems(articles: readonly Article[]): BranchProblem[] {
  const problems: BranchProblem[] = [];
  let main: number | null = null;
  let last = 1;
  articles.forEach((article, index) => {
    const { number, branch } = article.heading;
    if (branch === null) {
      main = number.value;
      last = 1;
      return;
    }
    const value = branch.value;
    if (value === null || number.value === null) return;
    if (number.value !== main) problems.push({ kind: "misplaced", index, after: articles[index - 1] });
    else if (value <= last) problems.push({ kind: "order", index, previous: last });
    else if (value > last + 1) problems.push({ kind: "gap", index, expected: last + 1 });
    if (number.value === main) last = Math.max(last, value);
  });
  return problems;
}
