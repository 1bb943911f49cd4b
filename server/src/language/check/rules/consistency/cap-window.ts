/**
 * consistency.cap-window-exceeds-term: 賠償上限期間 longer than 契約期間. The cap is what was paid
 * in that window, and within one term no more than the term's fees can have been paid, so a
 * window of 2年 on a 1年 contract promises a cap the contract can never reach.
 */
import type { RelatedLocation } from "../../../diagnostic";
import { formatDuration } from "../../../values/duration";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { articleOn, placeLabel } from "../../support/articles";
import { compareLengths } from "../../support/durations";

export const CAP_WINDOW_EXCEEDS_TERM: DiagnosticKind = {
  id: "consistency.cap-window-exceeds-term",
  severity: "warning",
  title: "賠償上限期間が契約期間より長くなっています。",
  summary: "The liability cap window (賠償上限期間) is longer than the contract term (契約期間).",
  fix: "賠償上限期間を契約期間以下（例：6か月）にしてください。",
  example: {
    bad: "条件\n  契約期間：1年\n  賠償上限期間：2年\n\n第18条（損害賠償）\n乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。",
    good: "条件\n  契約期間：1年\n  賠償上限期間：6か月\n\n第18条（損害賠償）\n乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。",
  },
};

/** The liability paragraphs that compute the cap from the window. */
function usesOfWindow({ index }: RuleContext): RelatedLocation[] {
  const liability = articleOn(index, "損害賠償");
  return index.references
    .filter(({ ref, line }) => ref.path[0] === "賠償上限期間" && line.article === liability)
    .map(({ line }) => ({
      span: line.prose.span,
      message: `${placeLabel(index, line)}：この期間に支払われた報酬総額が賠償の上限になります`,
    }));
}

export const capWindowRule: Rule = {
  name: "consistency/cap-window",
  kinds: [CAP_WINDOW_EXCEEDS_TERM],
  check(context) {
    const { capWindow, term, signingDate } = context.facts;
    if (capWindow === null || term === null) return;
    if (capWindow.value.relation !== null || term.value.relation !== null) return;
    if (compareLengths(capWindow.value, term.value, signingDate?.value.date) <= 0) return;
    const window = formatDuration(capWindow.value);
    const length = formatDuration(term.value);
    context.report(CAP_WINDOW_EXCEEDS_TERM, {
      span: capWindow.definition.valueSpan,
      message: `賠償上限期間（${window}）が契約期間（${length}）より長くなっています。最初の契約期間のうちに${window}分の報酬が支払われることはないため、その間の上限額は月額報酬の${window}分に届きません。賠償上限期間を契約期間以下にしてください。`,
      related: [
        { span: term.definition.valueSpan, message: `契約期間の値（${length}）` },
        ...usesOfWindow(context),
      ],
      data: fixData({
        title: `賠償上限期間を契約期間と同じ「${length}」にする`,
        edits: [{ span: capWindow.definition.valueSpan, newText: length }],
      }),
    });
  },
};
