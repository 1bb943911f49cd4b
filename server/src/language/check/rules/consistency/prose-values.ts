/**
 * consistency.prose-contradicts-value and consistency.prose-duplicates-value: a number written in
 * prose where the value it stands for could be referenced. When it differs from the value, the
 * contract says two things (直近12か月 in 第18条 while 賠償上限期間 is 6か月); when it is the same,
 * the next change to the value will make it differ.
 */
import type { Definition } from "../../../ast";
import { formatValue } from "../../../values/value-format";
import type { ContractFacts } from "../../../model/facts";
import { addDuration } from "../../../values/calendar-arithmetic";
import { formatCalendarDate } from "../../../values/date-format";
import { addDays } from "../../../values/day-number";
import type { CalendarDate, Value } from "../../../values/value";
import { fixData, type QuickFix } from "../../quick-fix";
import { steppedRule, type DiagnosticKind, type Rule, type RuleContext } from "../../rule";
import { sameOnCalendar } from "../../support/durations";
import { eachLiteralLineInSteps, literalsOn, type ProseLiteral } from "../../support/prose-literals";

export const PROSE_CONTRADICTS_VALUE: DiagnosticKind = {
  id: "consistency.prose-contradicts-value",
  severity: "warning",
  title: "本文に書かれた数値が、対応する条件の値と食い違っています。",
  summary:
    "A number written in prose (直近12か月, 2年間, 金350,000円, 本書3通) contradicts the value it stands for.",
  fix: "本文の数値を「{賠償上限期間}」のような参照に置き換えるか、条件の値を直してください。",
  example: {
    bad: "条件\n  賠償上限期間：6か月\n\n第18条（損害賠償）\n乙の損害賠償責任の総額は、直近12か月間に甲が乙へ支払った報酬総額を上限とする。",
    good: "条件\n  賠償上限期間：6か月\n\n第18条（損害賠償）\n乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。",
  },
};

export const PROSE_DUPLICATES_VALUE: DiagnosticKind = {
  id: "consistency.prose-duplicates-value",
  severity: "hint",
  title: "本文に条件の値と同じ数値が直接書かれています。",
  summary: "A number written in prose equals a value; referencing the value keeps the two in step.",
  fix: "本文の数値を「{契約期間}」のような参照に置き換えてください。",
  example: {
    bad: "条件\n  契約期間：1年\n\n第20条（契約期間）\n有効期間は、契約締結日から1年間とする。",
    good: "条件\n  契約期間：1年\n\n第20条（契約期間）\n有効期間は、契約締結日から{契約期間}間とする。",
  },
};

/**
 * The day a duration value counts from, so that 1か月前 and 30日前 compare as the calendar does:
 * the notice counts back from 期間満了日, the term forward from 契約締結日, the renewal from the day after.
 */
function anchorOf(valueName: string, facts: ContractFacts): CalendarDate | undefined {
  if (valueName === "更新拒絶通知期限") return facts.termEnd ?? undefined;
  if (valueName === "契約期間") return facts.signingDate?.value.date;
  if (valueName === "更新期間") return facts.termEnd === null ? undefined : addDays(facts.termEnd, 1);
  return undefined;
}

/** true: the same; false: they differ; null: not comparable (a month against days, no date). */
function agrees(literal: Value, value: Value, anchor: CalendarDate | undefined): boolean | null {
  if (literal.type === "duration" && value.type === "duration") return sameOnCalendar(literal, value, anchor);
  if (literal.type === "money" && value.type === "money") {
    if (literal.yen !== value.yen) return false;
    // A different tax note is consistency.tax-mode's finding; a note the value lacks would be lost.
    return literal.tax === null || literal.tax.mode === value.tax?.mode ? true : null;
  }
  if (literal.type === "count" && value.type === "count") return literal.amount === value.amount;
  return null;
}

function useReference(found: ProseLiteral, rendered: string): QuickFix {
  return {
    title: `本文を「{${found.valueName}}」に置き換える（${rendered}になります）`,
    edits: [{ span: found.span, newText: `{${found.valueName}}` }],
    preferred: true,
  };
}

/** The value rewritten to what the prose says, keeping the value's own tax label. */
function valueFromProse(literal: Value, value: Value): string {
  if (literal.type === "money" && value.type === "money") {
    return formatValue({ ...literal, tax: literal.tax ?? value.tax });
  }
  return formatValue(literal);
}

/** 「（本文では2027年8月30日、値では2027年10月31日）」: the days each side means, when datable. */
function onCalendar(found: ProseLiteral, value: Value, anchor: CalendarDate | undefined): string {
  if (anchor === undefined || found.literal.type !== "duration" || value.type !== "duration") return "";
  const sign = value.relation === "before" ? -1 : 1;
  const [prose, defined] = [found.literal, value].map((d) =>
    formatCalendarDate(addDuration(anchor, sign * d.amount, d.unit)),
  );
  return prose === defined ? "" : `（本文では${prose}、値では${defined}）`;
}

function reportLiteral(found: ProseLiteral, definition: Definition, { report, facts }: RuleContext): void {
  const anchor = anchorOf(found.valueName, facts);
  const same = agrees(found.literal, definition.value, anchor);
  if (same === null) return;
  const rendered = formatValue(definition.value);
  const related = [{ span: definition.valueSpan, message: `${found.valueName}の値（${rendered}）` }];
  if (same) {
    report(PROSE_DUPLICATES_VALUE, {
      span: found.span,
      message: `本文の「${found.text}」は${found.valueName}の値と同じです。「{${found.valueName}}」と書けば、値を変えたときに本文も一緒に変わります。`,
      related,
      data: fixData(useReference(found, rendered)),
    });
    return;
  }
  const proposed = valueFromProse(found.literal, definition.value);
  const days = onCalendar(found, definition.value, anchor);
  report(PROSE_CONTRADICTS_VALUE, {
    span: found.span,
    message: `本文の「${found.text}」は${found.valueName}の値（${rendered}）と食い違っています${days}。本文を「{${found.valueName}}」に置き換えて値に合わせるか、値の方を「${proposed}」に直してください。`,
    related,
    data: fixData(useReference(found, rendered), {
      title: `${found.valueName}の値を「${proposed}」に変える（この値を参照する他の箇所も変わります）`,
      edits: [{ span: definition.valueSpan, newText: proposed }],
    }),
  });
}

export const proseValuesRule: Rule = steppedRule({
  name: "consistency/prose-values",
  kinds: [PROSE_CONTRADICTS_VALUE, PROSE_DUPLICATES_VALUE],
  steps(context) {
    const { values } = context.analysis.scope;
    return eachLiteralLineInSteps(context.analysis, (literalLine) => {
      for (const found of literalsOn(literalLine, context.analysis)) {
        const definition = values.get(found.valueName);
        if (definition !== undefined) reportLiteral(found, definition, context);
      }
    });
  },
});
