/**
 * consistency.cap-before-first-payment: the cap is 「直近{賠償上限期間}間に甲が乙へ支払った報酬総額」
 * and the fee is paid in arrears, so until the first payment nothing has been paid and the cap is
 * 0円 — exactly when a new contractor is most likely to make a mistake. The reference contract
 * has this weakness, hence information, not a warning.
 */
import type { ContractIndex } from "../../../model/contract-index";
import type { ProseLine } from "../../../model/prose-line";
import type { RelatedLocation } from "../../../diagnostic";
import type { ContractFacts } from "../../../model/facts";
import { formatCalendarDate } from "../../../values/date-format";
import { nthDueDate, paidAfterWorkMonth } from "../../../values/payment-allowance";
import { formatPaymentDue } from "../../../values/payment-due";
import type { PaymentDueValue } from "../../../values/value";
import { fixData, type TextEdit } from "../../quick-fix";
import type { DiagnosticKind, Rule } from "../../rule";
import { articleOn, linesOf } from "../../support/articles";
import { inFile, sentenceAround } from "../../support/prose-text";

export const CAP_BEFORE_FIRST_PAYMENT: DiagnosticKind = {
  id: "consistency.cap-before-first-payment",
  severity: "information",
  title: "最初の報酬が支払われるまで、損害賠償の上限額が0円になります。",
  summary:
    "The cap is the fees paid in a recent window, and fees are paid in arrears: until the first payment the cap is 0 yen.",
  fix: "「ただし、上限額は月額報酬の{賠償上限期間}分を下回らないものとする。」のように最低額を定めてください。",
  example: {
    bad: "条件\n  支払期日：翌月末日\n  賠償上限期間：6か月\n\n第18条（損害賠償）\n乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。",
    good: "条件\n  支払期日：翌月末日\n  賠償上限期間：6か月\n\n第18条（損害賠償）\n乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。ただし、上限額は月額報酬の{賠償上限期間}分を下回らないものとする。",
  },
};

/** 「直近{賠償上限期間}間に甲が乙へ支払った報酬総額」, with the window written as a reference or a number. */
const CAP_ON_PAID_FEES =
  /直近([^。]{1,20}?)に[^。]{0,20}?支払(?:った|われた|済みの)報酬(?:の)?(?:総額|合計額?)/u;
/** A floor already written: 「…を下回らない」「…のいずれか高い額」. */
const FLOOR = /下回らない|いずれか(?:高い|多い|大きい)/u;

interface CapPhrase {
  readonly line: ProseLine;
  readonly start: number;
  readonly length: number;
  readonly window: string;
}

function capPhrase(index: ContractIndex): CapPhrase | null {
  const lines = linesOf(index, articleOn(index, "損害賠償"));
  if (lines.some((line) => FLOOR.test(line.text))) return null;
  for (const line of lines) {
    const match = CAP_ON_PAID_FEES.exec(line.text);
    if (match !== null) {
      const window = (match[1] ?? "").replace(/間$/u, "");
      return { line, start: match.index, length: match[0].length, window };
    }
  }
  return null;
}

/**
 * The dates, when the signing date is known. They go on a related location rather than into the
 * message, so that the finding stays the same finding while the drafter fills in the date.
 */
function datedPeriod(facts: ContractFacts, due: PaymentDueValue): RelatedLocation | null {
  const { signingDate, firstPaymentDate, capMonths } = facts;
  if (signingDate === null || firstPaymentDate === null) return null;
  const zero = `${formatCalendarDate(signingDate.value.date)}から${formatCalendarDate(firstPaymentDate)}まで上限額は0円です。`;
  const fullDate =
    capMonths === null || capMonths < 2 ? null : nthDueDate(signingDate.value.date, due, capMonths);
  const full =
    fullDate === null
      ? ""
      : `月額報酬の${capMonths}か月分になるのは${formatCalendarDate(fullDate)}の支払い以降です。`;
  return { span: signingDate.definition.valueSpan, message: `契約締結日：${zero}${full}` };
}

/** The floor as a new sentence right after the cap's own (closing it with 。 if it is open). */
function addAfterSentence(phrase: CapPhrase, floor: string): TextEdit {
  const { text, start } = phrase.line;
  const sentence = sentenceAround(text, phrase.start);
  const closed = text.charAt(sentence.end - 1) === "。";
  const at = start + (closed ? sentence.end : text.length);
  return { span: { start: at, end: at }, newText: closed ? floor : `。${floor}` };
}

export const capBeforeFirstPaymentRule: Rule = {
  name: "consistency/cap-before-first-payment",
  kinds: [CAP_BEFORE_FIRST_PAYMENT],
  check({ index, facts, report }) {
    const due = facts.paymentDue;
    if (due === null || !paidAfterWorkMonth(due.value)) return;
    const phrase = capPhrase(index);
    if (phrase === null) return;
    // The stated window (a literal may disagree with the value; prose-values reports that).
    const window = facts.capWindow !== null || phrase.window.includes("{") ? "{賠償上限期間}" : phrase.window;
    const floor = `ただし、上限額は月額報酬の${window}分を下回らないものとする。`;
    const dueText = formatPaymentDue(due.value);
    report(CAP_BEFORE_FIRST_PAYMENT, {
      span: inFile(phrase.line, phrase.start, phrase.length),
      message: `賠償の上限は直近の期間に甲が乙へ支払った報酬の総額ですが、報酬は後払い（支払期日：${dueText}）のため、契約開始から最初の支払日（${dueText}）までは支払済みの報酬がなく、上限額が0円になります。最低額を定めるなら「${floor}」のような一文を加えてください。`,
      related: [
        { span: due.definition.valueSpan, message: `支払期日の値（${dueText}）：報酬は後払いです` },
        ...[datedPeriod(facts, due.value)].filter((r) => r !== null),
      ],
      data: fixData({
        title: `上限額の最低額（月額報酬の${window}分）を定める一文を加える`,
        edits: [addAfterSentence(phrase, floor)],
      }),
    });
  },
};
