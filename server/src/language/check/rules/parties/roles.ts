/**
 * consistency.role-mismatch: prose that names a party with a role other than the one its 当事者
 * header declares (前文 「甲（受託者）」 while 当事者 甲（委託者）). The reader of the signed contract
 * sees the prose, so the prose must not contradict who is who. A role defined as a party's name
 * counts too: 「{甲.会社名}（以下「受託者」という。）」 while 当事者 甲（委託者）.
 */
import type { PartyBlock } from "../../../ast";
import type { ProseLine } from "../../../model/prose-line";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import type { DefinedPartyName } from "../../support/party-names";
import { isRoleWord, partyHeaderLocation } from "../../support/party-roles";
import { matchesOf } from "../../../pattern-matches";

export const ROLE_MISMATCH: DiagnosticKind = {
  id: "consistency.role-mismatch",
  severity: "warning",
  title: "本文に書かれた当事者の役割が、当事者の宣言と違います。",
  summary:
    "Prose gives a party a role that contradicts its 当事者 declaration: 甲（受託者）, or a role defined as its name ({甲.会社名}（以下「受託者」という。）).",
  fix: "本文の役割を、当事者の宣言どおりに直してください。",
  example: {
    bad: "当事者 甲（委託者）\n前文\n甲（受託者）：{甲.会社名}",
    good: "当事者 甲（委託者）\n前文\n甲（委託者）：{甲.会社名}",
  },
};

// 甲（受託者）: a party symbol with a parenthesised word right after it.
const PARTY_WITH_ROLE = /([甲乙丙丁])[（(][ \u3000]*([^（）()\n]{1,12}?)[ \u3000]*[）)]/gu;
const partiesWithRole = matchesOf(PARTY_WITH_ROLE);

function declaredRoles(parties: readonly PartyBlock[]): Set<string> {
  return new Set(parties.flatMap((party) => (party.role === null ? [] : [party.role])));
}

function checkLine(line: ProseLine, roles: ReadonlySet<string>, { analysis, report }: RuleContext): void {
  for (const match of partiesWithRole(line.text)) {
    const [whole, symbol = "", written = ""] = match;
    const party = analysis.scope.parties.get(symbol);
    const declared = party?.role ?? null;
    if (party === undefined || declared === null || written === declared) continue;
    // Only a word that is a role: 甲（以下同じ） or 乙（株式会社ベータ） say nothing about roles.
    if (!isRoleWord(written) && !roles.has(written)) continue;
    const start = line.start + match.index + whole.indexOf(written, 2);
    const span = { start, end: start + written.length };
    report(ROLE_MISMATCH, {
      span,
      message: `本文では${symbol}を「${written}」と書いていますが、当事者の宣言では${symbol}は「${declared}」です。「${declared}」に直してください。`,
      related: [partyHeaderLocation(party)],
      data: fixData({
        title: `「${declared}」に直す`,
        edits: [{ span, newText: declared }],
        preferred: true,
      }),
    });
  }
}

function checkDefinedName({ name, nameSpan, party }: DefinedPartyName, { report }: RuleContext): void {
  const declared = party.role;
  if (declared === null || name === declared || !isRoleWord(name)) return;
  report(ROLE_MISMATCH, {
    span: nameSpan,
    message: `本文では${party.symbol}を「${name}」と定義していますが、当事者の宣言では${party.symbol}は「${declared}」です。「${declared}」に直してください。`,
    related: [partyHeaderLocation(party)],
    data: fixData({
      title: `「${declared}」に直す`,
      edits: [{ span: nameSpan, newText: declared }],
      preferred: true,
    }),
  });
}

export const rolesRule: Rule = {
  name: "parties/roles",
  kinds: [ROLE_MISMATCH],
  check(context) {
    const roles = declaredRoles(context.analysis.scope.partyOrder);
    for (const line of context.index.proseLines) checkLine(line, roles, context);
    for (const defined of context.views.partyNames.defined) checkDefinedName(defined, context);
  },
};
