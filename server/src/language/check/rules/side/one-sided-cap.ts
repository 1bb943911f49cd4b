/**
 * side.one-sided-cap: the liability article caps only the 受託者's liability (「乙の損害賠償責任の総額
 * は…を上限とする」), so the 委託者 recovers at most the cap while its own liability stays open. It
 * hurts the 委託者; for the 受託者 it is protection. The reference contract has it, hence
 * information without a side.
 */
import type { PartyBlock } from "../../../ast";
import { roleOf } from "../../../law/commission";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { topicLines } from "../../support/articles";
import { inFile, sentenceAround } from "../../support/prose-text";

export const ONE_SIDED_CAP: DiagnosticKind = {
  id: "side.one-sided-cap",
  severity: "information",
  title: "損害賠償の上限が受託者の責任だけを制限しています。",
  summary:
    "The cap on damages limits only the contractor's (受託者) liability; the client's stays uncapped. It hurts the client (委託者) and protects the contractor; with a side set it is a warning for the client and information for the contractor.",
  fix: "上限を双方に及ぼすか（「甲及び乙の損害賠償責任の総額は…」）、委託者の立場で上限額・除外事由（故意・重過失）を見直してください。",
  example: {
    bad: "当事者 甲（委託者）\n当事者 乙（受託者）\n\n第18条（損害賠償）\n乙の損害賠償責任の総額は、直近6か月間に甲が乙へ支払った報酬総額を上限とする。",
    good: "当事者 甲（委託者）\n当事者 乙（受託者）\n\n第18条（損害賠償）\n甲及び乙の損害賠償責任の総額は、直近6か月間に甲が乙へ支払った報酬総額を上限とする。",
  },
  stake: {
    hurts: "client",
    hurt: "委託者として受け取れる賠償がこの上限までに限られる一方、委託者自身の責任には上限がありません。上限を双方に及ぼすか、上限額と故意・重過失の除外を交渉してください。",
    favoured: "受託者の責任を限る条項で、受託者には有利です。確認のみで足ります。",
  },
};

const CAP = /上限|限度/u;
/** 「甲及び乙」「双方」「各当事者」: a cap on both. */
const BOTH = /及び|並びに|双方|各当事者|いずれも|当事者は/u;

function check(context: RuleContext): void {
  const names = context.views.partyNames;
  const liability = new RegExp(`(${names.pattern})の(?:負う)?(?:損害)?賠償(?:責任|額)`, "u");
  let capped: { party: PartyBlock; span: ReturnType<typeof inFile> } | null = null;
  for (const line of topicLines(context.index, "損害賠償")) {
    const text = line.proseOnly;
    const cap = CAP.exec(text);
    if (cap === null) continue;
    const range = sentenceAround(text, cap.index);
    const sentence = text.slice(range.start, range.end);
    const match = liability.exec(sentence);
    const party = match === null ? undefined : names.parties.get(match[1] ?? "");
    // A cap on both, or on no named party, is not one-sided.
    if (match === null || party === undefined || BOTH.test(sentence.slice(0, match.index + match[0].length)))
      return;
    if (capped !== null && capped.party !== party) return;
    capped ??= { party, span: inFile(line, range.start + match.index, match[0].length) };
  }
  if (capped === null || roleOf(capped.party) !== "contractor") return;
  context.report(ONE_SIDED_CAP, {
    span: capped.span,
    message: `損害賠償の上限が${capped.party.symbol}（受託者）の責任だけを制限しています。委託者の責任には上限がありません。`,
  });
}

export const oneSidedCapRule: Rule = { name: "one-sided-cap", kinds: [ONE_SIDED_CAP], check };
