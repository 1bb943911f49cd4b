/**
 * consistency.payer-swapped: a sentence about the fee has the 受託者 paying the 委託者
 * (「乙は甲に対し…報酬を支払う」 where 乙 is the 受託者), or the payment article has the 受託者 pay
 * into the 委託者's account (「乙は甲が発行する請求書に基づき…甲指定口座へ…支払う」). The roles
 * declared in 当事者 decide who pays, not the letters: with 甲（受託者）, 「甲は乙に対し報酬を支払う」
 * is the mistake. Parties are found by every name the contract gives them (party-names.ts).
 */
import type { PartyBlock } from "../../../ast";
import type { ProseLine } from "../../../model/prose-line";
import { fixData } from "../../quick-fix";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule, type RuleContext } from "../../rule";
import { articlesOn } from "../../support/articles";
import { writtenParty, type PartyNames } from "../../support/party-names";
import { PAID_ROLES, PAYING_ROLES, partyHeaderLocation } from "../../support/party-roles";

export const PAYER_SWAPPED: DiagnosticKind = {
  id: "consistency.payer-swapped",
  severity: "warning",
  title: "報酬を支払う当事者が、宣言された役割（委託者・受託者）と逆になっています。",
  summary:
    "The fee is paid by the party whose declared role is not the client (委託者): payer and payee swapped, in a fee sentence (乙は甲に対し…支払う) or in the payment article (乙は甲が発行する請求書に基づき…甲指定口座へ支払う). Parties are recognised by symbol, declared role and the names the contract defines (以下「アルファ」という。).",
  fix: "支払う当事者と受け取る当事者を入れ替えてください（委託者が受託者に支払います）。クイックフィックスで入れ替えられます。",
  example: {
    bad: "当事者 甲（委託者）\n当事者 乙（受託者）\n第7条（報酬）\n乙は甲に対し、月額金{月額報酬}を支払う。\n第8条（支払方法）\n乙は甲が発行する請求書に基づき、甲指定口座へ支払う。",
    good: "当事者 甲（委託者）\n当事者 乙（受託者）\n第7条（報酬）\n甲は乙に対し、月額金{月額報酬}を支払う。\n第8条（支払方法）\n甲は乙が発行する請求書に基づき、乙指定口座へ支払う。",
  },
};

// 「乙は甲に対し」「乙が甲へ」「乙は甲から」: two parties, subject first.
const TOWARDS = "に対して|に対し|へ|に|から";
const FEE = /報酬|委託料|対価|料金|代金/u;
const PAYS = /支払|払う|払い|払っ/u;
const RECEIVES = /受領|受け取|受取|支払を受け|支払いを受け/u;
// 「乙は甲に対し報酬の支払を請求する」: the subject asks to be paid, it does not pay. A refund
// or damages measured by the fee (「受領した報酬を払い戻す」) is rightly paid by the 受託者.
const NOT_THE_FEE = /請求(?:する|し|でき|を|の権利)|求め|催告|返還|返金|払い?戻|賠償|違約/u;
// 「甲が発行する請求書」「甲指定口座」: the party paid, as the payment article names it.
const PAYEE_CUE = "(?:が|の)?発行(?:する|した)請求書|(?:の)?指定(?:する|した)?(?:銀行)?口座";
const HAN_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

interface Mention {
  readonly written: string;
  readonly party: PartyBlock;
  readonly index: number;
}

interface Payment {
  readonly payer: Mention;
  /** The payee, everywhere the clause names it (the payment article names it twice). */
  readonly payees: readonly Mention[];
  readonly start: number;
  readonly end: number;
}

interface Patterns {
  readonly names: PartyNames;
  readonly subject: RegExp;
  readonly towards: RegExp;
  readonly payee: RegExp;
  readonly clauseEnd: RegExp;
}

function patternsOf(names: PartyNames): Patterns {
  const p = names.pattern;
  return {
    names,
    subject: new RegExp(`(${p})(?:は|が(?!(?:発行|指定)))[、，]?`, "gu"),
    towards: new RegExp(`(${p})(${TOWARDS})`, "uy"),
    payee: new RegExp(`(${p})(?:${PAYEE_CUE})`, "gu"),
    // Where a clause ends: the sentence, or the next party as a subject.
    clauseEnd: new RegExp(`。|(?:${p})(?:は|が(?!(?:発行|指定)))`, "gu"),
  };
}

/** A name counts only as a whole word: not 乙 of 甲乙, not 委託者 of 再委託者. */
function standsAlone(text: string, index: number, name: string): boolean {
  const before = text.charAt(index - 1);
  if (before === "") return true;
  return [...name].length === 1 ? !"甲乙丙丁".includes(before) : !HAN_OR_KATAKANA.test(before);
}

function mention(written: string, index: number, { names }: Patterns): Mention | null {
  const party = names.parties.get(written);
  return party === undefined ? null : { written, party, index };
}

// Clauses end where the next subject begins, so the clauses of one line do not overlap.
function clauseAfter(text: string, from: number, { clauseEnd }: Patterns): string {
  clauseEnd.lastIndex = from;
  const end = clauseEnd.exec(text);
  return text.slice(from, end === null ? text.length : end.index);
}

// 「乙は甲に対し…報酬を支払う」, 「乙は甲から…報酬を受領する」.
function towardsPayment(
  subject: Mention,
  after: number,
  text: string,
  patterns: Patterns,
  feeArticle: boolean,
) {
  patterns.towards.lastIndex = after;
  const match = patterns.towards.exec(text);
  if (match === null) return null;
  const [phrase, written = "", particle = ""] = match;
  const other = mention(written, after, patterns);
  if (other === null) return null;
  const clause = clauseAfter(text, after + phrase.length, patterns);
  const receiving = particle === "から";
  const isPayment =
    (feeArticle || FEE.test(clause)) && (receiving ? RECEIVES.test(clause) : PAYS.test(clause));
  if (!isPayment || NOT_THE_FEE.test(clause)) return null;
  return {
    payer: receiving ? other : subject,
    payees: [receiving ? subject : other],
    start: subject.index,
    end: after + phrase.length,
  };
}

// 「乙は甲が発行する請求書に基づき…甲指定口座へ…支払う」: the payee is who invoices and is paid into.
function invoicedPayment(subject: Mention, after: number, text: string, patterns: Patterns): Payment | null {
  const clause = clauseAfter(text, after, patterns);
  if (!PAYS.test(clause) || NOT_THE_FEE.test(clause)) return null;
  // exec on the check's own pattern, not matchAll, which copies the pattern on every call.
  const cues: RegExpExecArray[] = [];
  const { payee } = patterns;
  payee.lastIndex = 0;
  for (let cue = payee.exec(clause); cue !== null; cue = payee.exec(clause)) cues.push(cue);
  const payees = cues.flatMap((match) => {
    const found = mention(match[1] ?? "", after + match.index, patterns);
    return found === null ? [] : [found];
  });
  const [first, cue] = [payees[0], cues[0]];
  if (first === undefined || cue === undefined || payees.some((p) => p.party !== first.party)) return null;
  return { payer: subject, payees, start: subject.index, end: after + cue.index + cue[0].length };
}

function paymentsIn(text: string, patterns: Patterns, feeArticle: boolean): Payment[] {
  // Every payment's clause, a part of the line, pays or receives (PAYS, RECEIVES: patterns without
  // anchors): a line in which neither matches holds none, and most lines are not about paying.
  if (!PAYS.test(text) && !RECEIVES.test(text)) return [];
  const payments: Payment[] = [];
  // exec on the check's own pattern rather than matchAll, which copies the pattern for every line
  // (most lines have a subject: 甲は, 乙が). Nothing below uses this pattern, so lastIndex is ours.
  const { subject: subjects } = patterns;
  subjects.lastIndex = 0;
  for (let match = subjects.exec(text); match !== null; match = subjects.exec(text)) {
    const written = match[1] ?? "";
    const subject = mention(written, match.index, patterns);
    if (subject === null || !standsAlone(text, match.index, written)) continue;
    const after = match.index + match[0].length;
    const payment =
      towardsPayment(subject, after, text, patterns, feeArticle) ??
      invoicedPayment(subject, after, text, patterns);
    if (payment !== null && payment.payees.every((p) => p.party !== payment.payer.party))
      payments.push(payment);
  }
  return payments;
}

function isSwapped(payer: PartyBlock, payee: PartyBlock): boolean {
  return (
    payer.role !== null && payee.role !== null && PAID_ROLES.has(payer.role) && PAYING_ROLES.has(payee.role)
  );
}

function message(phrase: string, payer: Mention, payee: Mention): string {
  return `「${phrase}」では、${writtenParty(payer.written, payer.party)}が${writtenParty(payee.written, payee.party)}に報酬を支払うことになっています。報酬を支払うのは${payee.party.role ?? ""}の${payee.party.symbol}です。「${payer.written}」と「${payee.written}」を入れ替えてください。`;
}

function reportPayment(line: ProseLine, payment: Payment, { report }: RuleContext): void {
  const { payer, payees } = payment;
  const payee = payees[0];
  if (payee === undefined || !isSwapped(payer.party, payee.party)) return;
  const at = (m: Mention) => ({ start: line.start + m.index, end: line.start + m.index + m.written.length });
  const phrase = line.text.slice(payment.start, payment.end);
  report(PAYER_SWAPPED, {
    span: { start: line.start + payment.start, end: line.start + payment.end },
    message: message(phrase, payer, payee),
    related: [partyHeaderLocation(payer.party), partyHeaderLocation(payee.party)],
    data: fixData({
      title: `「${payer.written}」と「${payee.written}」を入れ替える`,
      edits: [
        { span: at(payer), newText: payee.written },
        ...payees.map((p) => ({ span: at(p), newText: payer.written })),
      ],
      preferred: true,
    }),
  });
}

export const payerRule: Rule = steppedRule({
  name: "parties/payer",
  kinds: [PAYER_SWAPPED],
  steps(context) {
    const patterns = patternsOf(context.views.partyNames);
    const feeArticles = new Set([
      ...articlesOn(context.index, "報酬"),
      ...articlesOn(context.index, "支払方法"),
    ]);
    return eachInSteps(context.index.proseLines, (line) => {
      const feeArticle = line.article !== null && feeArticles.has(line.article);
      for (const payment of paymentsIn(line.text, patterns, feeArticle))
        reportPayment(line, payment, context);
    });
  },
});
