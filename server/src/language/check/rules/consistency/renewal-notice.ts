/**
 * consistency.renewal-notice-exceeds-term: 更新拒絶通知期限 as long as the term (or the renewal
 * term) or longer. The deadline then falls before the term even starts, so a party can never
 * refuse renewal in time and the contract renews for ever.
 */
import type { RelatedLocation } from "../../../diagnostic";
import type { ContractFacts, ValueFact } from "../../../model/facts";
import { addDays } from "../../../values/day-number";
import { formatDuration } from "../../../values/duration";
import type { CalendarDate, DurationValue } from "../../../values/value";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule } from "../../rule";
import { compareLengths } from "../../support/durations";

export const RENEWAL_NOTICE_EXCEEDS_TERM: DiagnosticKind = {
  id: "consistency.renewal-notice-exceeds-term",
  severity: "warning",
  title: "更新拒絶通知期限が契約期間（または更新期間）以上で、期限までに通知できません。",
  summary:
    "The notice period for refusing renewal (更新拒絶通知期限) is as long as the term or the renewal term, so notice can never be given in time.",
  fix: "更新拒絶通知期限を契約期間・更新期間より短く（例：30日前）してください。",
  example: {
    bad: "条件\n  契約期間：1年\n  更新期間：1年\n  更新拒絶通知期限：1年前",
    good: "条件\n  契約期間：1年\n  更新期間：1年\n  更新拒絶通知期限：30日前",
  },
};

/** The reference contract's notice period, offered as the fix when it fits. */
const REFERENCE_NOTICE: DurationValue = {
  type: "duration",
  amount: 30,
  unit: "day",
  unitText: "日",
  relation: "before",
};

interface Period {
  readonly name: string;
  readonly fact: ValueFact<DurationValue>;
  /** Its first day, when known, so months and days compare exactly. */
  readonly from: CalendarDate | undefined;
}

function periods(facts: ContractFacts): Period[] {
  const start = facts.signingDate?.value.date;
  const renewalStart = facts.termEnd === null ? undefined : addDays(facts.termEnd, 1);
  const all: (Period | null)[] = [
    facts.term === null ? null : { name: "契約期間", fact: facts.term, from: start },
    facts.renewalTerm === null ? null : { name: "更新期間", fact: facts.renewalTerm, from: renewalStart },
  ];
  return all.filter((p): p is Period => p !== null && p.fact.value.relation === null);
}

function related(tooShort: readonly Period[]): RelatedLocation[] {
  return tooShort.map((p) => ({
    span: p.fact.definition.valueSpan,
    message: `${p.name}の値（${formatDuration(p.fact.value)}）`,
  }));
}

export const renewalNoticeRule: Rule = {
  name: "consistency/renewal-notice",
  kinds: [RENEWAL_NOTICE_EXCEEDS_TERM],
  check({ facts, report }) {
    const notice = facts.renewalNotice;
    if (notice === null || notice.value.relation === "after") return;
    const all = periods(facts);
    const tooShort = all.filter((p) => compareLengths(notice.value, p.fact.value, p.from) >= 0);
    if (tooShort.length === 0) return;
    const noticeText = formatDuration(notice.value);
    const names = tooShort.map((p) => `${p.name}（${formatDuration(p.fact.value)}）`).join("・");
    const reference = { ...REFERENCE_NOTICE, relation: notice.value.relation };
    const fits = all.every((p) => compareLengths(reference, p.fact.value, p.from) < 0);
    report(RENEWAL_NOTICE_EXCEEDS_TERM, {
      span: notice.definition.valueSpan,
      message: `更新拒絶通知期限（${noticeText}）が${names}以上です。期間満了日から遡ると期限は期間の始まりより前になり、更新しない旨の通知を期限までに出すことができません。通知期限を期間より十分短く（例：30日前）してください。`,
      related: related(tooShort),
      ...(fits
        ? {
            data: fixData({
              title: `更新拒絶通知期限を「${formatDuration(reference)}」（ひな形の値）にする`,
              edits: [{ span: notice.definition.valueSpan, newText: formatDuration(reference) }],
            }),
          }
        : {}),
    });
  },
};
