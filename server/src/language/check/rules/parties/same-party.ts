/**
 * consistency.same-party: two parties with the same 会社名. Usually a copy-and-paste slip when
 * filling the template; a contract with oneself binds no one.
 */
import type { Definition, PartyBlock } from "../../../ast";
import { partyField } from "../../../model/value-scope";
import type { DiagnosticKind, Rule } from "../../rule";
import { partyLabel } from "../../support/party-roles";

export const SAME_PARTY: DiagnosticKind = {
  id: "consistency.same-party",
  severity: "error",
  title: "二つの当事者の会社名が同じです。",
  summary: "Two parties (甲 and 乙 …) have the same company name.",
  fix: "どちらかの会社名を正しい相手方の名称に直してください。",
  example: {
    bad: "当事者 甲（委託者）\n  会社名：株式会社アルファ\n当事者 乙（受託者）\n  会社名：（株）アルファ",
    good: "当事者 甲（委託者）\n  会社名：株式会社アルファ\n当事者 乙（受託者）\n  会社名：株式会社ベータ",
  },
};

// The abbreviations of company forms, after NFKC (which turns ㈱ and （株） into (株)).
const COMPANY_FORMS: readonly (readonly [RegExp, string])[] = [
  [/\(株\)/gu, "株式会社"],
  [/\(有\)/gu, "有限会社"],
  [/\(同\)/gu, "合同会社"],
  [/\(資\)/gu, "合資会社"],
  [/\(名\)/gu, "合名会社"],
];

/** 「（株） アルファ」 and 「株式会社アルファ」 name the same company. */
export function normalizeCompanyName(name: string): string {
  let text = name.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
  for (const [pattern, form] of COMPANY_FORMS) text = text.replace(pattern, form);
  return text;
}

function companyName(party: PartyBlock): { definition: Definition; key: string } | null {
  const definition = partyField(party, "会社名");
  if (definition === undefined || definition.value.type === "blank") return null;
  const key = normalizeCompanyName(definition.valueText);
  return key.length === 0 ? null : { definition, key };
}

export const samePartyRule: Rule = {
  name: "parties/same-party",
  kinds: [SAME_PARTY],
  check({ analysis, report }) {
    const seen = new Map<string, { party: PartyBlock; definition: Definition }>();
    for (const party of analysis.scope.partyOrder) {
      const name = companyName(party);
      if (name === null) continue;
      const earlier = seen.get(name.key);
      if (earlier === undefined) {
        seen.set(name.key, { party, definition: name.definition });
        continue;
      }
      report(SAME_PARTY, {
        span: name.definition.valueSpan,
        message: `${partyLabel(party)}の会社名「${name.definition.valueText}」が${partyLabel(earlier.party)}の会社名と同じです。自社と契約することはできません。相手方の正しい会社名を記入してください。`,
        related: [
          {
            span: earlier.definition.valueSpan,
            message: `${partyLabel(earlier.party)}の会社名「${earlier.definition.valueText}」`,
          },
        ],
      });
    }
  },
};
