/**
 * law.promissory-note and law.transfer-fee: where the 取適法 covers the contract (the parties'
 * stated sizes show it, law/subcontract-act.ts), paying by 手形 is a payment delay (第5条第1項第2号:
 * since 2026 a 手形 is never payment on the due date) and making the 受託者 bear the bank transfer
 * fee is a reduction of the price (第5条第1項第3号; the 運用基準 forbids it even when agreed). Both
 * are read in the 報酬 and 支払方法 articles, once per line.
 */
import type { PartyBlock } from "../../../ast";
import { SUBCONTRACT_ACT, type SubcontractAct } from "../../../law/subcontract-act";
import type { ProseLine } from "../../../model/prose-line";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { topicLines } from "../../support/articles";
import { inFile, sentenceAround } from "../../support/prose-text";

const PARTIES =
  "契約書「サーバー管理契約書」\n当事者 甲（委託者）\n  会社名：株式会社アルファ\n  資本金：5億円\n当事者 乙（受託者）\n  会社名：株式会社ベータ\n  資本金：1,000万円\n\n第8条（支払方法）\n";

export const PROMISSORY_NOTE: DiagnosticKind = {
  id: "law.promissory-note",
  severity: "warning",
  title: "取適法の対象となる取引で、代金を手形で支払うと定めています（取適法第5条第1項第2号）。",
  summary:
    "Under the 取適法 (in force 2026-01-01) paying a 中小受託事業者 by promissory note (手形) counts as a payment delay, Article 5(1)(ii); the payment article provides for 手形.",
  fix: "支払方法を銀行振込など、支払期日に代金の全額を現金で受け取れる方法にしてください。",
  example: {
    bad: `${PARTIES}甲は乙に対し、代金を支払期日に満期120日の約束手形を交付して支払う。`,
    good: `${PARTIES}甲は乙に対し、代金を支払期日までに乙指定口座へ振込送金により支払う。`,
  },
};

export const TRANSFER_FEE: DiagnosticKind = {
  id: "law.transfer-fee",
  severity: "warning",
  title: "取適法の対象となる取引で、振込手数料を受託者に負担させています（取適法第5条第1項第3号）。",
  summary:
    "Under the 取適法 making the 中小受託事業者 bear the bank transfer fee (or deducting it from the price) is a prohibited reduction of the price, Article 5(1)(iii), agreed or not.",
  fix: "振込手数料は委託者（支払う側）の負担としてください（例：振込手数料は甲の負担とする。）。",
  example: {
    bad: `${PARTIES}甲は乙指定口座へ振込送金により支払う。振込手数料は乙の負担とする。`,
    good: `${PARTIES}甲は乙指定口座へ振込送金により支払う。振込手数料は甲の負担とする。`,
  },
};

const NOTE = /(?:約束|為替)?手形/gu;
/** 「手形による支払は行わない」: a sentence that rules the note out. */
const NOT_A_NOTE = /手形[^。]{0,20}(?:行わない|用いない|使用しない|交付しない|によらない|以外|を除く|禁止)/u;
const FEE = /(?:振込|送金|振替)手数料|振込料/gu;
const DEDUCTED = /差し?引|控除|相殺/u;

function laws(context: RuleContext): SubcontractAct | null {
  const act = context.views.paymentLaws.subcontract;
  return act?.coverage.status === "applies" ? act : null;
}

function paymentLines(context: RuleContext): ProseLine[] {
  const lines = [...topicLines(context.index, "報酬"), ...topicLines(context.index, "支払方法")];
  return [...new Set(lines)];
}

function citation(act: SubcontractAct): string {
  if (act.coverage.status !== "applies") return "";
  return `${act.coverage.basis}から、この契約は${act.tier.label}として${SUBCONTRACT_ACT}の対象です`;
}

function checkNotes(context: RuleContext, act: SubcontractAct, lines: readonly ProseLine[]): void {
  for (const line of lines) {
    const text = line.proseOnly;
    NOTE.lastIndex = 0;
    const match = NOTE.exec(text);
    if (match === null) continue;
    const sentence = sentenceAround(text, match.index);
    if (NOT_A_NOTE.test(text.slice(sentence.start, sentence.end))) continue;
    context.report(PROMISSORY_NOTE, {
      span: inFile(line, match.index, match[0].length),
      message: `${SUBCONTRACT_ACT}（製造委託等に係る中小受託事業者に対する代金の支払の遅延等の防止に関する法律）第5条第1項第2号：${citation(act)}。代金を手形で支払うことは、支払期日に支払ったことにならず支払遅延となります。銀行振込など、支払期日に全額を現金で受け取れる方法にしてください。`,
    });
  }
}

/** The party the sentence makes bear the fee: 「振込手数料は乙の負担とする」「乙が負担する」. */
function bearer(
  sentence: string,
  pattern: RegExp,
  parties: ReadonlyMap<string, PartyBlock>,
): PartyBlock | null {
  const match = pattern.exec(sentence);
  return match === null ? null : (parties.get(match[1] ?? "") ?? null);
}

function checkFees(context: RuleContext, act: SubcontractAct, lines: readonly ProseLine[]): void {
  const names = context.views.partyNames;
  const borne = new RegExp(`(${names.pattern})(?:の負担|が負担|は負担|において負担)`, "u");
  const contractor = act.contractor.party;
  for (const line of lines) {
    const text = line.proseOnly;
    FEE.lastIndex = 0;
    const match = FEE.exec(text);
    if (match === null) continue;
    const span = sentenceAround(text, match.index);
    const sentence = text.slice(span.start, span.end);
    const party = bearer(sentence, borne, names.parties);
    if (party !== contractor && !(party === null && DEDUCTED.test(sentence))) continue;
    context.report(TRANSFER_FEE, {
      span: inFile(line, match.index, match[0].length),
      message: `${SUBCONTRACT_ACT}（製造委託等に係る中小受託事業者に対する代金の支払の遅延等の防止に関する法律）第5条第1項第3号：${citation(act)}。振込手数料を受託者（${contractor.symbol}）に負担させることは、合意があっても代金の減額として禁じられています。振込手数料は${act.client.party.symbol}の負担としてください。`,
    });
  }
}

function check(context: RuleContext): void {
  const act = laws(context);
  if (act === null) return;
  const lines = paymentLines(context);
  checkNotes(context, act, lines);
  checkFees(context, act, lines);
}

export const paymentMeansRule: Rule = {
  name: "payment-means",
  kinds: [PROMISSORY_NOTE, TRANSFER_FEE],
  check,
};
