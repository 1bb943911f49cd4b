/**
 * Facts derived from the contract's values, computed once and shown where the drafter looks
 * (hover, inlay hints) as well as used by the consistency checks: the cap in yen, the end of the
 * term, the last day to refuse renewal, the first payment date.
 */
import type { Definition } from "../ast";
import type { ValueScope } from "./value-scope";
import { addDuration } from "../values/calendar-arithmetic";
import { addDays } from "../values/day-number";
import { nthDueDate } from "../values/payment-allowance";
import type {
  CalendarDate,
  CountValue,
  DateValue,
  DurationValue,
  MoneyValue,
  PaymentDueValue,
  Value,
} from "../values/value";

export interface ValueFact<V extends Value> {
  readonly definition: Definition;
  readonly value: V;
}

export interface ContractFacts {
  readonly fee: ValueFact<MoneyValue> | null;
  readonly signingDate: ValueFact<DateValue> | null;
  readonly term: ValueFact<DurationValue> | null;
  readonly renewalTerm: ValueFact<DurationValue> | null;
  readonly renewalNotice: ValueFact<DurationValue> | null;
  readonly capWindow: ValueFact<DurationValue> | null;
  readonly paymentDue: ValueFact<PaymentDueValue> | null;
  readonly copies: ValueFact<CountValue> | null;
  /** The last day of the first term: 契約締結日 + 契約期間 − 1 day. */
  readonly termEnd: CalendarDate | null;
  /** The last day to give notice of non-renewal: termEnd − 更新拒絶通知期限. */
  readonly renewalDeadline: CalendarDate | null;
  /** The cap window in whole months (6か月 → 6, 1年 → 12), or null when not in months or years. */
  readonly capMonths: number | null;
  /** 月額報酬 × capMonths: the most the cap can be, once that many months have been paid. */
  readonly capYen: number | null;
  /**
   * When the first month's fee falls due (翌月末日 of the signing month …); null when the term counts
   * from an event the contract cannot date (請求書受領後30日以内).
   */
  readonly firstPaymentDate: CalendarDate | null;
}

function factOf<T extends Value["type"]>(
  scope: ValueScope,
  name: string,
  type: T,
): ValueFact<Extract<Value, { type: T }>> | null {
  const definition = scope.values.get(name);
  if (definition === undefined || definition.value.type !== type) return null;
  return { definition, value: definition.value as Extract<Value, { type: T }> };
}

export function durationInMonths(duration: DurationValue): number | null {
  if (duration.unit === "year") return duration.amount * 12;
  if (duration.unit === "month") return duration.amount;
  return null;
}

function termEndOf(signing: DateValue | undefined, term: DurationValue | undefined): CalendarDate | null {
  if (signing === undefined || term === undefined || term.relation !== null) return null;
  return addDays(addDuration(signing.date, term.amount, term.unit), -1);
}

export function deriveFacts(scope: ValueScope): ContractFacts {
  const fee = factOf(scope, "月額報酬", "money");
  const signingDate = factOf(scope, "契約締結日", "date");
  const term = factOf(scope, "契約期間", "duration");
  const renewalNotice = factOf(scope, "更新拒絶通知期限", "duration");
  const capWindow = factOf(scope, "賠償上限期間", "duration");
  const paymentDue = factOf(scope, "支払期日", "paymentDue");
  const termEnd = termEndOf(signingDate?.value, term?.value);
  const notice = renewalNotice?.value;
  const renewalDeadline =
    termEnd === null || notice === undefined ? null : addDuration(termEnd, -notice.amount, notice.unit);
  const capMonths = capWindow === null ? null : durationInMonths(capWindow.value);
  const capYen = fee === null || capMonths === null ? null : fee.value.yen * capMonths;
  return {
    fee,
    signingDate,
    term,
    renewalTerm: factOf(scope, "更新期間", "duration"),
    renewalNotice,
    capWindow,
    paymentDue,
    copies: factOf(scope, "作成通数", "count"),
    termEnd,
    renewalDeadline,
    capMonths,
    capYen: capYen !== null && Number.isSafeInteger(capYen) ? capYen : null,
    firstPaymentDate:
      signingDate === null || paymentDue === null
        ? null
        : nthDueDate(signingDate.value.date, paymentDue.value, 1),
  };
}
