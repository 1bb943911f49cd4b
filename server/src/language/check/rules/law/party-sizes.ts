/**
 * law.party-size: a party's 資本金 or 従業員数 that cannot be read as an amount or a number of
 * people. The payment-law checks rely on them; an unreadable one would silently turn them off.
 */
import type { PartyBlock } from "../../../ast";
import { partySize, type Stated } from "../../../law/party-size";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";

export const PARTY_SIZE: DiagnosticKind = {
  id: "law.party-size",
  severity: "warning",
  title: "当事者の資本金・従業員数が読めません。",
  summary:
    "A party's 資本金 is not an amount of money, or its 従業員数 is not a number of people; the 取適法 and フリーランス法 checks need them.",
  fix: "資本金は金額（例：5,000万円）、従業員数は人数（例：120人）で書いてください。",
  example: {
    bad: "当事者 甲（委託者）\n  会社名：株式会社アルファ\n  資本金：約5千万\n  従業員数：百人ほど",
    good: "当事者 甲（委託者）\n  会社名：株式会社アルファ\n  資本金：5,000万円\n  従業員数：100人",
  },
};

function reportInvalid(context: RuleContext, party: PartyBlock, field: string, stated: Stated): void {
  if (stated.kind !== "invalid") return;
  context.report(PARTY_SIZE, {
    span: stated.span,
    message: `${party.symbol}の${field}が読めません：${stated.reason}`,
  });
}

function check(context: RuleContext): void {
  for (const party of context.analysis.scope.partyOrder) {
    const size = partySize(party);
    reportInvalid(context, party, "資本金", size.capital);
    reportInvalid(context, party, "従業員数", size.employees);
  }
}

export const partySizesRule: Rule = { name: "party-sizes", kinds: [PARTY_SIZE], check };
