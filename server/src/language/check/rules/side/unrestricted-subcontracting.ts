/**
 * side.unrestricted-subcontracting: the 受託者 may subcontract without the 委託者's consent
 * (「自己の責任において…再委託することができる」). The 委託者 then cannot choose who handles its
 * systems and data; for the 受託者 it is freedom. Information without a side.
 */
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { topicLines } from "../../support/articles";
import { inFile } from "../../support/prose-text";

export const UNRESTRICTED_SUBCONTRACTING: DiagnosticKind = {
  id: "side.unrestricted-subcontracting",
  severity: "information",
  title: "再委託に委託者の承諾が要りません。",
  summary:
    "The contractor may subcontract without the client's prior consent. It hurts the client (who cannot vet who handles its systems and data); with a side set it is a warning for the client and information for the contractor.",
  fix: "「乙は、甲の事前の書面による承諾を得た場合に限り、再委託することができる。」のように承諾を条件にしてください。",
  example: {
    bad: "第5条（再委託）\n乙は、自己の責任において業務の全部又は一部を第三者へ再委託することができる。",
    good: "第5条（再委託）\n乙は、甲の事前の書面による承諾を得た場合に限り、業務の全部又は一部を第三者へ再委託することができる。",
  },
  stake: {
    hurts: "client",
    hurt: "委託者の知らない再委託先が委託者のシステムやデータを扱えます。事前の書面による承諾を条件にし、再委託先の行為に受託者が責任を負う旨を加えてください。",
    favoured:
      "受託者が自由に再委託できる条項で、受託者には有利です。再委託先に同等の義務を負わせているかだけ確認してください。",
  },
};

const PERMISSION = /再委託(?:すること)?が?できる/u;
const CONSENT = /承諾|同意|許諾|承認|許可/u;

function check(context: RuleContext): void {
  const lines = topicLines(context.index, "再委託");
  if (lines.some((line) => CONSENT.test(line.text))) return;
  for (const line of lines) {
    const text = line.proseOnly;
    const match = PERMISSION.exec(text);
    if (match === null) continue;
    context.report(UNRESTRICTED_SUBCONTRACTING, {
      span: inFile(line, match.index, match[0].length),
      message: "受託者は委託者の承諾なしに再委託できます。",
    });
    return;
  }
}

export const unrestrictedSubcontractingRule: Rule = {
  name: "unrestricted-subcontracting",
  kinds: [UNRESTRICTED_SUBCONTRACTING],
  check,
};
