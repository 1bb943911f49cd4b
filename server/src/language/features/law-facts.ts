/**
 * The derived facts the laws add — whether the 取適法 and the フリーランス法 cover the contract, and
 * the 印紙税 on it — for hovers and for the list of every derived fact (`keiyaku facts`). They are
 * guidance with their basis, never findings.
 */
import type { Analysis } from "../model/analysis";
import { partyField } from "../model/value-scope";
import type { ContractFacts } from "../model/facts";
import { formatCalendarDate } from "../values/date-format";
import { formatYen } from "../values/money";
import type { MoneyValue } from "../values/value";
import { paymentLaws, type PaymentLaws } from "../law/payment-laws";
import { stampDuty, type StampDuty } from "../law/stamp-duty";
import { SUBCONTRACT_ACT } from "../law/subcontract-act";
import { FREELANCE_ACT } from "../law/freelance-act";
import { allowanceLine } from "./derived-facts";

/** One derived fact: what it is, its value in Japanese, and the law or value it rests on. */
export interface DerivedFact {
  /** Stable, for machines: cap, term-end, renewal-deadline, first-payment, payment-allowance,
   * subcontract-act, freelance-act, stamp-duty. */
  readonly id: string;
  readonly label: string;
  readonly text: string;
  readonly basis: string;
}

/** The value names a lump-sum price goes by, in the order they are looked for. */
const LUMP_SUM_NAMES = ["契約金額", "請負代金", "委託料", "報酬額", "報酬"];
const ELECTRONIC = /電子契約|電子署名|電磁的記録/u;

function lumpSum(analysis: Analysis): MoneyValue | null {
  for (const name of LUMP_SUM_NAMES) {
    const value = analysis.scope.values.get(name)?.value;
    if (value?.type === "money") return value;
  }
  return null;
}

/** 前文・後文 say how the contract is made (「電子署名を施し…電磁的記録を保管する」). */
function isElectronic(analysis: Analysis): boolean {
  return analysis.index.proseLines.some((line) => line.article === null && ELECTRONIC.test(line.text));
}

export function stampDutyOf(analysis: Analysis, laws: PaymentLaws = paymentLaws(analysis)): StampDuty | null {
  const parties = analysis.scope.partyOrder;
  return stampDuty({
    typeId: laws.typeId,
    facts: analysis.facts,
    lumpSum: lumpSum(analysis),
    betweenBusinesses: parties.length >= 2 && parties.every((p) => partyField(p, "会社名") !== undefined),
    electronic: isElectronic(analysis),
  });
}

function stampDutyText(duty: StampDuty): string {
  return duty.document === null
    ? `かからない — ${duty.reason}`
    : `${duty.document} ${formatYen(duty.tax)} — ${duty.reason}`;
}

function subcontractText(laws: PaymentLaws): string | null {
  const act = laws.subcontract;
  if (act === null) return null;
  switch (act.coverage.status) {
    case "applies":
      return `対象（${act.coverage.basis}、${act.tier.label}。委託者が業として提供する役務の委託である場合）：支払期日は役務の提供を受けた日から60日以内、手形払・振込手数料の受託者負担は禁止`;
    case "does-not-apply":
      return "対象外（当事者の資本金・従業員数による）";
    case "unknown":
      return `不明：${act.coverage.wouldApply}なら対象`;
  }
}

function freelanceText(laws: PaymentLaws): string | null {
  const act = laws.freelance;
  if (act === null) return null;
  switch (act.coverage.status) {
    case "applies":
      return "対象（受託者は従業員を使用しない個人）：報酬の支払期日は給付を受領した日から60日以内";
    case "does-not-apply":
      return "対象外（受託者が法人、または従業員を使用する）";
    case "unknown":
      return `不明：${act.coverage.wouldApply}なら対象`;
  }
}

function valueFacts(facts: ContractFacts): DerivedFact[] {
  const list: DerivedFact[] = [];
  if (facts.capYen !== null)
    list.push({
      id: "cap",
      label: "賠償上限額",
      text: `${formatYen(facts.capYen)}（月額報酬 × ${facts.capMonths}か月）`,
      basis: "月額報酬・賠償上限期間",
    });
  if (facts.termEnd !== null)
    list.push({
      id: "term-end",
      label: "契約期間の満了日",
      text: formatCalendarDate(facts.termEnd),
      basis: "契約締結日・契約期間",
    });
  if (facts.renewalDeadline !== null)
    list.push({
      id: "renewal-deadline",
      label: "更新拒絶の通知期限",
      text: `${formatCalendarDate(facts.renewalDeadline)}まで`,
      basis: "契約期間・更新拒絶通知期限",
    });
  if (facts.firstPaymentDate !== null)
    list.push({
      id: "first-payment",
      label: "最初の支払日",
      text: formatCalendarDate(facts.firstPaymentDate),
      basis: "契約締結日・支払期日",
    });
  const allowance = allowanceLine(facts);
  if (allowance !== null)
    list.push({
      id: "payment-allowance",
      label: "支払までの日数",
      text: allowance.replace(/^支払までの日数：/u, ""),
      basis: "支払期日",
    });
  return list;
}

/** Every derived fact of the contract, for `keiyaku facts`. */
export function allDerivedFacts(analysis: Analysis): DerivedFact[] {
  const laws = paymentLaws(analysis);
  const list = valueFacts(analysis.facts);
  const subcontract = subcontractText(laws);
  if (subcontract !== null)
    list.push({
      id: "subcontract-act",
      label: SUBCONTRACT_ACT,
      text: subcontract,
      basis: "取適法 第2条・第3条・第5条",
    });
  const freelance = freelanceText(laws);
  if (freelance !== null)
    list.push({
      id: "freelance-act",
      label: FREELANCE_ACT,
      text: freelance,
      basis: "フリーランス法 第2条・第4条",
    });
  const duty = stampDutyOf(analysis, laws);
  if (duty !== null)
    list.push({ id: "stamp-duty", label: "印紙税", text: stampDutyText(duty), basis: duty.basis });
  return list;
}

const STAMP_DUTY_VALUES = new Set(["月額報酬", "契約期間", "更新期間", ...LUMP_SUM_NAMES]);

/** The law facts a value's hover shows: 印紙税 on the fee and term, the laws on the payment term. */
export function lawFactLines(name: string, analysis: Analysis): string[] {
  const laws = paymentLaws(analysis);
  const lines: string[] = [];
  if (name === "支払期日") {
    const subcontract = subcontractText(laws);
    const freelance = freelanceText(laws);
    if (subcontract !== null) lines.push(`${SUBCONTRACT_ACT}：${subcontract}`);
    if (freelance !== null) lines.push(`${FREELANCE_ACT}：${freelance}`);
  }
  if (STAMP_DUTY_VALUES.has(name)) {
    const duty = stampDutyOf(analysis, laws);
    if (duty !== null) lines.push(`印紙税（目安・${duty.basis}）：${stampDutyText(duty)}`);
  }
  return lines;
}

/** A party's 資本金・従業員数 hover: what the sizes mean for the 取適法. */
export function sizeFactLines(field: string, analysis: Analysis): string[] {
  if (field !== "資本金" && field !== "従業員数") return [];
  const subcontract = subcontractText(paymentLaws(analysis));
  return subcontract === null ? [] : [`${SUBCONTRACT_ACT}：${subcontract}`];
}
