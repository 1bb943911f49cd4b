/**
 * side.long-payment-term: the fee is paid later than a month after the work (翌々月末日,
 * 請求書受領後45日以内). The 受託者 carries the cost of the work that long; for the 委託者 it is
 * cash in hand. Where the term also breaks the 60-day rule of a law that covers the contract, the
 * law's finding says it and this one is not repeated.
 */
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { PAYMENT_LIMIT_DAYS } from "../law/payment-term";

export const LONG_PAYMENT_TERM: DiagnosticKind = {
  id: "side.long-payment-term",
  severity: "information",
  title: "支払期日が長く、受託者の入金が業務から1か月以上遅れます。",
  summary:
    "The payment term lets the client pay more than a month (31 days) after the work period closes or the invoice arrives. It hurts the contractor (受託者); with a side set it is a warning for the contractor and information for the client.",
  fix: "支払期日を翌月末日（請求書受領後30日以内）までにできないか交渉してください。",
  example: {
    bad: "条件\n  支払期日：翌々月末日",
    good: "条件\n  支払期日：翌月末日",
  },
  stake: {
    hurts: "contractor",
    hurt: "受託者として、業務の費用を入金まで立て替えることになります。翌月末日払いを求めてください。",
    favoured: "委託者には資金繰りに有利な定めです。取適法・フリーランス法の60日の上限だけ確認してください。",
  },
};

/** 翌月末日: the longest ordinary term, in days after the close. */
const ORDINARY_DAYS = 31;

function check({ facts, views, report }: RuleContext): void {
  const due = facts.paymentDue;
  const allowance = views.paymentAllowance;
  if (due === null || allowance === null) return;
  const { maxDays } = allowance;
  if (maxDays <= ORDINARY_DAYS) return;
  if (maxDays > PAYMENT_LIMIT_DAYS) {
    const laws = views.paymentLaws;
    if (laws.subcontract?.coverage.status === "applies" || laws.freelance?.coverage.status === "applies")
      return;
  }
  report(LONG_PAYMENT_TERM, {
    span: due.definition.valueSpan,
    message: `支払期日「${due.value.text}」では、業務から最大${maxDays}日後の入金になります。`,
  });
}

export const longPaymentTermRule: Rule = { name: "long-payment-term", kinds: [LONG_PAYMENT_TERM], check };
