/**
 * value.invalid-date: a date that does not exist (2月30日, 13月) or lies outside its era
 * (令和元年4月30日, 平成32年1月1日), in a value of 条件 or written in the prose.
 */
import type { Span } from "../../../ast";
import { calendarDateOf } from "../../../values/date-problem";
import { formatWarekiDate } from "../../../values/date-format";
import { matchDateParts } from "../../../values/date-parts";
import { isValidCalendarDate } from "../../../values/dates";
import { eraOf, isWithinEra } from "../../../values/eras";
import { splitWeekday } from "../../../values/weekday";
import { fixData, type QuickFix } from "../../quick-fix";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule, type RuleContext } from "../../rule";
import { inDigitsOf } from "../../support/digits";
import { invalidDefinitions } from "../../support/invalid-values";
import { parsedValue } from "../../support/segments";
import type { DatesInText } from "../../support/dates-in-text";

export const VALUE_INVALID_DATE: DiagnosticKind = {
  id: "value.invalid-date",
  severity: "error",
  title: "存在しない日付、または元号の期間外の日付が書かれています。",
  summary: "A date that does not exist (2月30日, 13月) or lies outside its era (令和元年4月30日, 平成32年).",
  fix: "暦と元号の期間を確かめて、実在する日付に直してください。",
  example: {
    bad: "条件\n  契約締結日：令和元年4月30日",
    good: "条件\n  契約締結日：令和元年5月1日",
  },
};

/**
 * 平成32年1月1日 → 令和2年1月1日: the same day in the era then in force. Offered, not preferred:
 * the drafter may have meant another day altogether.
 */
function eraFix(text: string, span: Span): QuickFix | null {
  const parts = matchDateParts(text);
  if (parts === null || parts.era === null || parts.year < 1) return null;
  const date = calendarDateOf(parts);
  if (!isValidCalendarDate(date) || isWithinEra(parts.era, date)) return null;
  const current = eraOf(date);
  if (current === null) return null;
  const newText = inDigitsOf(text, formatWarekiDate(date, current.era, true));
  return { title: `「${newText}」に直す`, edits: [{ span, newText }] };
}

function reportDate(context: RuleContext, span: Span, message: string, fix: QuickFix | null): void {
  context.report(VALUE_INVALID_DATE, { span, message, ...(fix === null ? {} : { data: fixData(fix) }) });
}

function checkValues(context: RuleContext): void {
  for (const { definition, value } of invalidDefinitions(context.index, "date")) {
    const parsed = parsedValue(definition);
    const body = splitWeekday(parsed.text).body;
    const bodySpan = { start: parsed.start, end: parsed.start + body.length };
    const message = `${definition.name}の日付「${value.raw}」は正しくありません。${value.reason}`;
    reportDate(context, definition.valueSpan, message, eraFix(body, bodySpan));
  }
}

function checkProse(context: RuleContext, dated: DatesInText): void {
  for (const date of dated.dates) {
    if (date.value.type !== "invalid") continue;
    const message = `日付「${date.text}」は正しくありません。${date.value.reason}`;
    reportDate(context, date.span, message, eraFix(date.text, date.span));
  }
}

// In steps: the dates written in prose are found in a pass over every line (check-views.ts).
export const invalidDateRule: Rule = steppedRule({
  name: "values/invalid-date",
  kinds: [VALUE_INVALID_DATE],
  *steps(context) {
    checkValues(context);
    const written = yield* context.views.writtenDates();
    yield* eachInSteps(written, (dated) => checkProse(context, dated));
  },
});
