/** The facts a value implies, as Japanese lines for hovers and inlay hints. */
import type { ContractFacts } from "../model/facts";
import { formatCalendarDate } from "../values/date-format";
import { formatYen } from "../values/money";
import { ALLOWANCE_FROM, paymentAllowance } from "../values/payment-allowance";

/** 支払までの日数：業務月の締めから最大31日 — what a law on payment periods measures. */
export function allowanceLine(facts: ContractFacts): string | null {
  if (facts.paymentDue === null) return null;
  const { after, maxDays, holiday } = paymentAllowance(facts.paymentDue.value);
  const from = ALLOWANCE_FROM[after];
  const days =
    maxDays < 0
      ? `${from}の${-maxDays}日前まで`
      : maxDays === 0
        ? `${from}の当日`
        : `${from}から最大${maxDays}日`;
  const later = holiday === "next" ? "（休業日は翌営業日のため、数日延びることがあります）" : "";
  return `支払までの日数：${days}${later}`;
}

/** The one-line derived fact shown beside a reference (inlay hint), if the value has one. */
export function derivedHint(name: string, facts: ContractFacts): string | null {
  if (name === "賠償上限期間" && facts.capYen !== null) return `= 上限 ${formatYen(facts.capYen)}`;
  if (name === "契約期間" && facts.termEnd !== null) return `= ${formatCalendarDate(facts.termEnd)}まで`;
  if (name === "更新拒絶通知期限" && facts.renewalDeadline !== null) {
    return `= ${formatCalendarDate(facts.renewalDeadline)}まで`;
  }
  return null;
}

/** Every derived fact that involves the value, for its hover. */
export function derivedFacts(name: string, facts: ContractFacts): string[] {
  const lines: string[] = [];
  const cap =
    facts.capYen === null
      ? null
      : `賠償上限額：${formatYen(facts.capYen)}（月額報酬 × ${facts.capMonths}か月）`;
  const termEnd = facts.termEnd === null ? null : `契約期間の満了日：${formatCalendarDate(facts.termEnd)}`;
  const deadline =
    facts.renewalDeadline === null
      ? null
      : `更新拒絶の通知期限：${formatCalendarDate(facts.renewalDeadline)}まで`;
  const firstPayment =
    facts.firstPaymentDate === null ? null : `最初の支払日：${formatCalendarDate(facts.firstPaymentDate)}`;
  const byName: Readonly<Record<string, readonly (string | null)[]>> = {
    月額報酬: [cap, firstPayment],
    賠償上限期間: [cap],
    契約締結日: [termEnd, deadline, firstPayment],
    契約期間: [termEnd, deadline],
    更新拒絶通知期限: [deadline],
    支払期日: [allowanceLine(facts), firstPayment],
  };
  for (const line of byName[name] ?? []) if (line !== null) lines.push(line);
  return lines;
}
