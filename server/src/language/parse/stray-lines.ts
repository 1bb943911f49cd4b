/**
 * Lines a block keeps but cannot use: text before the first header, after the title, under a
 * chapter heading or in 署名欄. They are kept (and rendered as written, so no text is lost) and
 * reported once per block, on the whole run: one misplaced paragraph is one mistake, not one
 * finding per line.
 */
import type { Comment, StrayLine } from "../ast";
import type { ReportProblem } from "./parse-problem";

export function reportStrays(
  entries: readonly { readonly kind: string; readonly span: StrayLine["span"] }[],
  message: string,
  report: ReportProblem,
): void {
  const strays = entries.filter((e) => e.kind === "stray");
  const first = strays[0];
  const last = strays[strays.length - 1];
  if (first === undefined || last === undefined) return;
  const count = strays.length === 1 ? "" : `（この${strays.length}行とも同じです。）`;
  report({
    id: "syntax.stray-line",
    message: `${message}${count}`,
    span: { start: first.span.start, end: last.span.end },
  });
}

export type Trivia = Comment | StrayLine;
