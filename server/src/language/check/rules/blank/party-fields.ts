/**
 * blank.party: a party's 会社名・所在地・代表者 (an individual's 住所・氏名) left blank or left out, or
 * 甲/乙 not declared.
 */
import type { PartyBlock } from "../../../ast";
import { signingFields } from "../../../model/party-kind";
import { partyField } from "../../../model/value-scope";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { blankValueFinding } from "../../support/blank-value-finding";
import { partyLabel } from "../../support/party-roles";

export const BLANK_PARTY: DiagnosticKind = {
  id: "blank.party",
  severity: "warning",
  title: "当事者の会社名・所在地・代表者が空欄です。",
  summary:
    "A party's company name, address or representative (an individual's address and name) is blank, holds a placeholder mark (株式会社ベータ【要確認】), or is missing.",
  fix: "「会社名：株式会社アルファ」のように当事者の欄を埋めてください。",
  example: {
    bad: "当事者 甲（委託者）\n  会社名：＿\n  所在地：東京都千代田区丸の内1-1-1",
    good: "当事者 甲（委託者）\n  会社名：株式会社アルファ\n  所在地：東京都千代田区丸の内1-1-1\n  代表者：代表取締役 山田太郎",
  },
};

function checkParty(party: PartyBlock, { report }: RuleContext): void {
  for (const field of signingFields(party)) {
    const definition = partyField(party, field);
    if (definition === undefined) {
      report(BLANK_PARTY, {
        span: party.headerSpan,
        message: `${partyLabel(party)}の${field}がありません。この下に「${field}：…」を書いてください。`,
      });
    } else if (definition.value.type === "blank") {
      report(BLANK_PARTY, {
        ...blankValueFinding(definition, `${partyLabel(party)}の${field}`),
      });
    }
  }
}

export const blankPartyRule: Rule = {
  name: "blank/party-fields",
  kinds: [BLANK_PARTY],
  check(context) {
    for (const party of context.analysis.scope.partyOrder) checkParty(party, context);
    const type = context.setup.contractType;
    const title = context.analysis.document.blocks.find((b) => b.kind === "title");
    if (type === null || title?.kind !== "title") return;
    for (const symbol of type.requiredParties) {
      if (context.analysis.scope.parties.has(symbol)) continue;
      context.report(BLANK_PARTY, {
        span: title.titleSpan,
        message: `当事者「${symbol}」が書かれていません。「当事者 ${symbol}（…）」と会社名・所在地・代表者を書いてください。`,
      });
    }
  },
};
