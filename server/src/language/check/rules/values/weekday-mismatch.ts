/**
 * value.weekday-mismatch: a weekday written after a date that is not that date's weekday
 * (2026年12月1日（月）: it is a 火曜日). One of the two is wrong, and a reader cannot tell which.
 */
import type { Span } from "../../../ast";
import type { ContractIndex } from "../../../model/contract-index";
import { isValidCalendarDate, weekdayOf } from "../../../values/dates";
import { splitWeekday, weekdayChar } from "../../../values/weekday";
import type { CalendarDate } from "../../../values/value";
import { fixData } from "../../quick-fix";
import { eachInSteps, steppedRule, type DiagnosticKind, type Finding, type Rule } from "../../rule";
import type { WrittenWeekdayAt } from "../../support/date-patterns";
import type { DatesInText } from "../../support/dates-in-text";
import { pairAgrees, pairDate } from "../../support/era-pairs";
import { parsedValue } from "../../support/segments";

export const VALUE_WEEKDAY_MISMATCH: DiagnosticKind = {
  id: "value.weekday-mismatch",
  severity: "error",
  title: "日付の後に書かれた曜日がその日の曜日と一致しません。",
  summary: "The weekday written after a date is not that date's weekday.",
  fix: "日付と曜日のどちらが正しいかを確かめて直してください（2026年12月1日は火曜日）。",
  example: {
    bad: "条件\n  契約締結日：2026年12月1日（月）",
    good: "条件\n  契約締結日：2026年12月1日（火）",
  },
};

interface DatedWeekday {
  /** Where the date is written (without the weekday). */
  readonly dateSpan: Span;
  readonly date: CalendarDate;
  readonly weekday: WrittenWeekdayAt;
}

function fromValues(index: ContractIndex): DatedWeekday[] {
  // A loop, not flatMap: every check asks, and most values are no date with a weekday.
  const found: DatedWeekday[] = [];
  for (const definition of index.termDefinitions) {
    const { value } = definition;
    if (value.type !== "date" || value.weekday === null) continue;
    const parsed = parsedValue(definition);
    // The value ends with （火）: the weekday sits just before the closing parenthesis.
    const end = parsed.start + parsed.text.length - 1;
    const weekday = { span: { start: end - value.weekday.text.length, end }, text: value.weekday.text };
    const dateSpan = { start: parsed.start, end: parsed.start + splitWeekday(parsed.text).body.length };
    found.push({ dateSpan, date: value.date, weekday });
  }
  return found;
}

function inProse(dated: DatesInText): DatedWeekday[] {
  return dated.dates.flatMap(({ value, weekday, span }) =>
    value.type === "date" && weekday !== null ? [{ dateSpan: span, date: value.date, weekday }] : [],
  );
}

function inPairs(dated: DatesInText): DatedWeekday[] {
  return dated.pairs.flatMap((pair) => {
    const date = pairDate(pair);
    if (pair.weekday === null || date === null || !pairAgrees(pair) || !isValidCalendarDate(date)) return [];
    const dateSpan = { start: pair.span.start, end: pair.weekday.span.start - 1 };
    return [{ dateSpan, date, weekday: pair.weekday }];
  });
}

/** Null when the weekday is right. The fix keeps 曜 or 曜日 as the drafter wrote them. */
function findingFor(found: DatedWeekday, text: string): Finding | null {
  const actual = weekdayChar(weekdayOf(found.date));
  const written = found.weekday.text;
  if (written.startsWith(actual)) return null;
  const right = actual + written.slice(1);
  const dateText = text.slice(found.dateSpan.start, found.dateSpan.end);
  return {
    span: found.weekday.span,
    message: `${dateText}は${actual}曜日です（「${written}」と書かれています）。曜日を「${right}」に直すか、日付を確かめてください。`,
    related: [{ span: found.dateSpan, message: `この日付は${actual}曜日です。` }],
    data: fixData({
      title: `曜日を「${right}」に直す`,
      edits: [{ span: found.weekday.span, newText: right }],
    }),
  };
}

// In steps: the dates written in prose are found in a pass over every line (check-views.ts).
export const weekdayMismatchRule: Rule = steppedRule({
  name: "values/weekday-mismatch",
  kinds: [VALUE_WEEKDAY_MISMATCH],
  *steps({ index, report, analysis, views }) {
    const check = (found: DatedWeekday) => {
      const finding = findingFor(found, analysis.text);
      if (finding !== null) report(VALUE_WEEKDAY_MISMATCH, finding);
    };
    fromValues(index).forEach(check);
    const written = yield* views.writtenDates();
    yield* eachInSteps(written, (dated) => inProse(dated).forEach(check));
    yield* eachInSteps(written, (dated) => inPairs(dated).forEach(check));
  },
});
