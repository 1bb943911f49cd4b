/**
 * side.uncapped-liability: the liability articles set no cap at all, so the 受託者 — whose
 * failures are what a service contract's damages are about — answers without limit. It hurts
 * the 受託者; for the 委託者 it keeps full recovery. Information without a side.
 */
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { articlesOn, topicLines } from "../../support/articles";

export const UNCAPPED_LIABILITY: DiagnosticKind = {
  id: "side.uncapped-liability",
  severity: "information",
  title: "損害賠償に上限がなく、受託者の責任が無制限です。",
  summary:
    "No cap on damages in the liability articles: the contractor's (受託者) liability is unlimited. It hurts the contractor; with a side set it is a warning for the contractor and information for the client.",
  fix: "「乙の損害賠償責任の総額は、直近6か月間に甲が乙へ支払った報酬総額を上限とする。」のような上限を加えてください。",
  example: {
    bad: "第18条（損害賠償）\n甲又は乙が本契約に違反し相手方へ損害を与えた場合、その損害を賠償する。",
    good: "第18条（損害賠償）\n甲又は乙が本契約に違反し相手方へ損害を与えた場合、その損害を賠償する。\n乙の損害賠償責任の総額は、直近6か月間に甲が乙へ支払った報酬総額を上限とする。",
  },
  stake: {
    hurts: "contractor",
    hurt: "受託者として、一件の障害で報酬を大きく超える賠償を負うおそれがあります。報酬額を基準にした上限と、間接損害・逸失利益の除外を求めてください。",
    favoured: "委託者は損害の全額を請求できます。委託者には有利な定めです。",
  },
};

const CAP = /上限|限度|を超えない|を超えて|総額/u;

function check(context: RuleContext): void {
  const [article] = articlesOn(context.index, "損害賠償");
  if (article === undefined) return;
  if (topicLines(context.index, "損害賠償").some((line) => CAP.test(line.text))) return;
  context.report(UNCAPPED_LIABILITY, {
    span: article.heading.span,
    message: "損害賠償に上限がありません。受託者の責任が無制限です。",
  });
}

export const uncappedLiabilityRule: Rule = { name: "uncapped-liability", kinds: [UNCAPPED_LIABILITY], check };
