/**
 * law.payment-term-60-days, law.freelance-payment-term-60-days, law.payment-term-may-apply: a
 * payment term (支払期日) that can fall more than 60 days after the service is received — 翌々月末日
 * for a monthly service (up to 62 days after the month closes), 請求書受領後90日以内 — where the
 * 取適法 (第3条第1項) or the フリーランス法 (第4条第1項) requires the payment date within 60 days of
 * receipt. A warning when the parties' stated sizes show the law applies; information saying what
 * would make it apply when they do not say. Exactly 60 days is within the limit; 61 is not.
 */
import type { PaymentDueValue } from "../../../values/value";
import { ALLOWANCE_FROM } from "../../../values/payment-allowance";
import { FREELANCE_ACT } from "../../../law/freelance-act";
import { SUBCONTRACT_ACT } from "../../../law/subcontract-act";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";

/** The most days between receipt and payment the two laws allow. */
export const PAYMENT_LIMIT_DAYS = 60;

const PARTIES_EXAMPLE =
  "契約書「サーバー管理契約書」\n当事者 甲（委託者）\n  会社名：株式会社アルファ\n  資本金：5億円\n当事者 乙（受託者）\n  会社名：株式会社ベータ\n  資本金：1,000万円\n条件\n";

export const PAYMENT_TERM_60_DAYS: DiagnosticKind = {
  id: "law.payment-term-60-days",
  severity: "warning",
  title:
    "取適法の対象となる取引で、支払期日が役務の提供を受けた日から60日を超えています（取適法第3条第1項）。",
  summary:
    "The parties' stated capital or employees put the contract under the 取適法 (the former 下請法), whose Article 3(1) requires the payment date within 60 days of receiving the service; the payment term can fall later (翌々月末日: up to 62 days after the month closes; 請求書受領後90日以内).",
  fix: "支払期日を役務の提供を受けた日から60日以内にしてください（例：翌月末日、請求書受領後30日以内）。",
  example: {
    bad: `${PARTIES_EXAMPLE}  支払期日：翌々月末日`,
    good: `${PARTIES_EXAMPLE}  支払期日：翌月末日`,
  },
};

export const FREELANCE_PAYMENT_TERM_60_DAYS: DiagnosticKind = {
  id: "law.freelance-payment-term-60-days",
  severity: "warning",
  title:
    "フリーランス法の対象となる取引で、支払期日が給付を受領した日から60日を超えています（フリーランス法第4条第1項）。",
  summary:
    "The contractor is an individual without employees (特定受託事業者), so the フリーランス法 Article 4(1) requires the payment date within 60 days of receiving the work; the payment term can fall later.",
  fix: "支払期日を給付（役務の提供）を受領した日から60日以内にしてください（例：翌月末日）。",
  example: {
    bad: "契約書「サーバー管理契約書」\n当事者 甲（委託者）\n  会社名：株式会社アルファ\n当事者 乙（受託者）\n  氏名：山田太郎\n  従業員数：0人\n条件\n  支払期日：請求書受領後90日以内",
    good: "契約書「サーバー管理契約書」\n当事者 甲（委託者）\n  会社名：株式会社アルファ\n当事者 乙（受託者）\n  氏名：山田太郎\n  従業員数：0人\n条件\n  支払期日：請求書受領後30日以内",
  },
};

export const PAYMENT_TERM_MAY_APPLY: DiagnosticKind = {
  id: "law.payment-term-may-apply",
  severity: "information",
  title: "支払期日が60日を超えます。当事者の規模によっては取適法・フリーランス法に反します。",
  summary:
    "The payment term can fall more than 60 days after receipt, and the parties do not state the sizes (資本金, 従業員数) that decide whether the 取適法 or the フリーランス法 applies; the message says what would make it apply.",
  fix: "当事者に「資本金」「従業員数」を書いて法律の適用を確かめるか、支払期日を60日以内にしてください。",
  example: {
    bad: "契約書「サーバー管理契約書」\n当事者 甲（委託者）\n  会社名：株式会社アルファ\n当事者 乙（受託者）\n  会社名：株式会社ベータ\n条件\n  支払期日：翌々月末日",
    good: "契約書「サーバー管理契約書」\n当事者 甲（委託者）\n  会社名：株式会社アルファ\n当事者 乙（受託者）\n  会社名：株式会社ベータ\n条件\n  支払期日：翌月末日",
  },
};

function termText(due: PaymentDueValue, maxDays: number, from: string): string {
  return `支払期日「${due.text}」では${from}から最大${maxDays}日後の支払になります`;
}

function check({ facts, views, report }: RuleContext): void {
  const due = facts.paymentDue;
  const allowance = views.paymentAllowance;
  if (due === null || allowance === null) return;
  const { after, maxDays } = allowance;
  if (maxDays <= PAYMENT_LIMIT_DAYS) return;
  const laws = views.paymentLaws;
  const span = due.definition.valueSpan;
  const term = termText(due.value, maxDays, ALLOWANCE_FROM[after]);
  const freelance = laws.freelance?.coverage;
  const subcontract = laws.subcontract;
  if (freelance?.status === "applies" && laws.commission !== null) {
    const { client, contractor } = laws.commission;
    report(FREELANCE_PAYMENT_TERM_60_DAYS, {
      span,
      message: `${FREELANCE_ACT}（特定受託事業者に係る取引の適正化等に関する法律）第4条第1項：${contractor.symbol}は従業員を使用しない個人（特定受託事業者）で、${client.symbol}はその業務委託事業者です。報酬の支払期日は給付を受領した日から${PAYMENT_LIMIT_DAYS}日以内に定めなければなりませんが、${term}。${PAYMENT_LIMIT_DAYS}日以内（例：翌月末日）にしてください。`,
    });
    return;
  }
  if (subcontract?.coverage.status === "applies") {
    report(PAYMENT_TERM_60_DAYS, {
      span,
      message: `${SUBCONTRACT_ACT}（製造委託等に係る中小受託事業者に対する代金の支払の遅延等の防止に関する法律）第3条第1項：${subcontract.coverage.basis}から、この契約は${subcontract.tier.label}として${SUBCONTRACT_ACT}の対象です（委託者が業として提供する役務の委託である場合）。代金の支払期日は役務の提供を受けた日から${PAYMENT_LIMIT_DAYS}日以内に定めなければなりませんが、${term}。${PAYMENT_LIMIT_DAYS}日以内（例：翌月末日）にしてください。`,
    });
    return;
  }
  const conditions = [
    subcontract?.coverage.status === "unknown"
      ? `${subcontract.coverage.wouldApply}なら${SUBCONTRACT_ACT}（第2条・第3条第1項）`
      : null,
    freelance?.status === "unknown" ? `${freelance.wouldApply}ならフリーランス法（第4条第1項）` : null,
  ].filter((c) => c !== null);
  if (conditions.length === 0) return;
  report(PAYMENT_TERM_MAY_APPLY, {
    span,
    message: `${term}。${conditions.join("、")}の対象となり、支払期日は受領から${PAYMENT_LIMIT_DAYS}日以内でなければなりません。当事者に「資本金」「従業員数」を書くと確かめられます。`,
  });
}

export const paymentTermRule: Rule = {
  name: "payment-term",
  kinds: [PAYMENT_TERM_60_DAYS, FREELANCE_PAYMENT_TERM_60_DAYS, PAYMENT_TERM_MAY_APPLY],
  check,
};
