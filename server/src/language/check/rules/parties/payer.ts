/**
 * consistency.payer-swapped: a sentence about the fee has the 受託者 paying the 委託者
 * (「乙は甲に対し…報酬を支払う」 where 乙 is the 受託者). The roles declared in 当事者 decide who
 * pays, not the letters: with 甲（受託者）, 「甲は乙に対し報酬を支払う」 is the mistake.
 */
import type { PartyBlock } from "../../../ast";
import type { ProseLine } from "../../../model/prose-line";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { PAID_ROLES, PAYING_ROLES, partyHeaderLocation } from "../../support/party-roles";

export const PAYER_SWAPPED: DiagnosticKind = {
  id: "consistency.payer-swapped",
  severity: "warning",
  title: "報酬を支払う当事者が、宣言された役割（委託者・受託者）と逆になっています。",
  summary:
    "The fee is paid by the party whose declared role is not the client (委託者): payer and payee swapped.",
  fix: "支払う当事者と受け取る当事者の記号を入れ替えてください（委託者が受託者に支払います）。",
  example: {
    bad: "当事者 甲（委託者）\n当事者 乙（受託者）\n第7条（報酬）\n乙は甲に対し、月額金{月額報酬}を支払う。",
    good: "当事者 甲（委託者）\n当事者 乙（受託者）\n第7条（報酬）\n甲は乙に対し、月額金{月額報酬}を支払う。",
  },
};

// 「乙は甲に対し」「乙が甲へ」「乙は甲から」: two parties, subject first.
const PARTIES_PHRASE =
  /(?<![甲乙丙丁])([甲乙丙丁])(?:は|が)[、，]?([甲乙丙丁])(に対して|に対し|へ|に|から)/gu;
const FEE = /報酬|委託料|対価|料金|代金/u;
const PAYS = /支払|払う|払い|払っ/u;
const RECEIVES = /受領|受け取|受取|支払を受け|支払いを受け/u;
// 「乙は甲に対し報酬の支払を請求する」: the subject asks to be paid, it does not pay. A refund
// or damages measured by the fee (「受領した報酬を払い戻す」) is rightly paid by the 受託者.
const NOT_THE_FEE = /請求|求め|催告|返還|返金|払い?戻|賠償|違約/u;
// Where the phrase's clause ends: the sentence, or the next party as a subject.
const CLAUSE_END = /。|[甲乙丙丁](?:は|が)/u;

interface Payment {
  readonly payer: { readonly symbol: string; readonly index: number };
  readonly payee: { readonly symbol: string; readonly index: number };
  readonly start: number;
  readonly end: number;
}

function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from);
  const end = rest.search(CLAUSE_END);
  return end < 0 ? rest : rest.slice(0, end);
}

function paymentOf(match: RegExpExecArray, clause: string): Payment | null {
  const [phrase, subject = "", other = "", particle = ""] = match;
  const receiving = particle === "から";
  const isPayment = FEE.test(clause) && (receiving ? RECEIVES.test(clause) : PAYS.test(clause));
  if (!isPayment || NOT_THE_FEE.test(clause)) return null;
  const first = { symbol: subject, index: match.index };
  const second = { symbol: other, index: match.index + phrase.length - particle.length - 1 };
  return {
    payer: receiving ? second : first,
    payee: receiving ? first : second,
    start: match.index,
    end: match.index + phrase.length,
  };
}

function paymentsIn(text: string): Payment[] {
  const payments: Payment[] = [];
  for (const match of text.matchAll(PARTIES_PHRASE)) {
    const payment = paymentOf(match, clauseAfter(text, match.index + match[0].length));
    if (payment !== null) payments.push(payment);
  }
  return payments;
}

function isSwapped(payer: PartyBlock, payee: PartyBlock): boolean {
  return (
    payer.role !== null && payee.role !== null && PAID_ROLES.has(payer.role) && PAYING_ROLES.has(payee.role)
  );
}

function message(phrase: string, payer: PartyBlock, payee: PartyBlock): string {
  const who = (party: PartyBlock) => `${party.role ?? ""}の${party.symbol}`;
  return `「${phrase}」では、${who(payer)}が${who(payee)}に報酬を支払うことになっています。報酬を支払うのは${who(payee)}です。${payer.symbol}と${payee.symbol}を入れ替えてください。`;
}

function reportPayment(line: ProseLine, payment: Payment, { analysis, report }: RuleContext): void {
  const payer = analysis.scope.parties.get(payment.payer.symbol);
  const payee = analysis.scope.parties.get(payment.payee.symbol);
  if (payer === undefined || payee === undefined || !isSwapped(payer, payee)) return;
  const at = (index: number) => ({ start: line.start + index, end: line.start + index + 1 });
  const phrase = line.text.slice(payment.start, payment.end);
  report(PAYER_SWAPPED, {
    span: { start: line.start + payment.start, end: line.start + payment.end },
    message: message(phrase, payer, payee),
    related: [partyHeaderLocation(payer), partyHeaderLocation(payee)],
    data: fixData({
      title: `${payer.symbol}と${payee.symbol}を入れ替える`,
      edits: [
        { span: at(payment.payer.index), newText: payee.symbol },
        { span: at(payment.payee.index), newText: payer.symbol },
      ],
      preferred: true,
    }),
  });
}

export const payerRule: Rule = {
  name: "parties/payer",
  kinds: [PAYER_SWAPPED],
  check(context) {
    for (const line of context.index.proseLines) {
      for (const payment of paymentsIn(line.text)) reportPayment(line, payment, context);
    }
  },
};
