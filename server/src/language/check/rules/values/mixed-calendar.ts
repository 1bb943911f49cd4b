/**
 * value.mixed-calendar: the contract dates some things in 和暦 and others in 西暦. Both are
 * valid, but mixing them invites misreading a year; the minority style is the one to change.
 * A 和暦・西暦 pair written on purpose (令和8年（2026年）) is not mixing and is left out.
 */
import type { Span } from "../../../ast";
import type { ContractIndex } from "../../../model/contract-index";
import { formatCalendarDate, formatWarekiDate } from "../../../values/date-format";
import { eraOf } from "../../../values/eras";
import { splitWeekday } from "../../../values/weekday";
import type { CalendarDate } from "../../../values/value";
import { fixData, type FixData } from "../../quick-fix";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule } from "../../rule";
import { inDigitsOf } from "../../support/digits";
import { parsedValue } from "../../support/segments";
import type { WrittenDates } from "../../support/written-dates";

export const VALUE_MIXED_CALENDAR: DiagnosticKind = {
  id: "value.mixed-calendar",
  severity: "information",
  title: "日付が和暦と西暦の両方で書かれています。",
  summary: "The contract writes dates in both 和暦 and 西暦; the minority style is reported.",
  fix: "日付の書き方を和暦か西暦のどちらかに統一してください。",
  example: {
    bad: "条件\n  契約締結日：令和8年12月1日\n\n前文\nこの契約は2026年12月1日から効力を生じる。",
    good: "条件\n  契約締結日：令和8年12月1日\n\n前文\nこの契約は令和8年12月1日から効力を生じる。",
  },
};

type Style = "wareki" | "seireki";

interface WrittenDate {
  readonly span: Span;
  readonly text: string;
  readonly style: Style;
  readonly date: CalendarDate;
}

const STYLE_NAME: Readonly<Record<Style, string>> = { wareki: "和暦", seireki: "西暦" };

function valueDates(index: ContractIndex): WrittenDate[] {
  // A loop, not flatMap: every check asks, and most values are no date.
  const found: WrittenDate[] = [];
  for (const definition of index.termDefinitions) {
    const { value } = definition;
    if (value.type !== "date") continue;
    const parsed = parsedValue(definition);
    const text = splitWeekday(parsed.text).body;
    const span = { start: parsed.start, end: parsed.start + text.length };
    found.push({ span, text, style: value.style === "wareki" ? "wareki" : "seireki", date: value.date });
  }
  return found;
}

function proseDates(written: WrittenDates): WrittenDate[] {
  const mentions = written.flatMap((dated) => dated.dates);
  return mentions.flatMap(({ span, text, style, value }) =>
    value.type === "date" ? [{ span, text, style, date: value.date }] : [],
  );
}

/** The style written more often; on a tie, the style of the first date, which sets the tone. */
function majorityStyle(dates: readonly WrittenDate[]): Style {
  const wareki = dates.filter((d) => d.style === "wareki").length;
  const seireki = dates.length - wareki;
  if (wareki !== seireki) return wareki > seireki ? "wareki" : "seireki";
  return dates[0]?.style ?? "wareki";
}

function restyled(written: WrittenDate, style: Style): string | null {
  if (style === "seireki") return inDigitsOf(written.text, formatCalendarDate(written.date));
  const era = eraOf(written.date)?.era;
  return era === undefined ? null : inDigitsOf(written.text, formatWarekiDate(written.date, era, true));
}

function fixFor(written: WrittenDate, style: Style): FixData | undefined {
  const newText = restyled(written, style);
  if (newText === null) return undefined;
  return fixData({
    title: `${STYLE_NAME[style]}「${newText}」に書き換える`,
    edits: [{ span: written.span, newText }],
  });
}

function countsOf(dates: readonly WrittenDate[]): string {
  const wareki = dates.filter((d) => d.style === "wareki").length;
  return `和暦${wareki}か所、西暦${dates.length - wareki}か所`;
}

function writtenDates(index: ContractIndex, written: WrittenDates): WrittenDate[] {
  return [...valueDates(index), ...proseDates(written)].sort((a, b) => a.span.start - b.span.start);
}

// In steps: the dates written in prose are found in a pass over every line (check-views.ts).
export const mixedCalendarRule: Rule = steppedRule({
  name: "values/mixed-calendar",
  kinds: [VALUE_MIXED_CALENDAR],
  *steps({ index, views, report }) {
    const dates = writtenDates(index, yield* views.writtenDates());
    const majority = majorityStyle(dates);
    const example = dates.find((d) => d.style === majority);
    const minority = dates.filter((d) => d.style !== majority);
    if (example === undefined || minority.length === 0) return;
    const related = [{ span: example.span, message: `${STYLE_NAME[majority]}で書かれた日付です。` }];
    const counts = countsOf(dates);
    yield* eachInSteps(minority, (written) => {
      const data = fixFor(written, majority);
      report(VALUE_MIXED_CALENDAR, {
        span: written.span,
        message: `日付が和暦と西暦で混在しています（${counts}）。この「${written.text}」も${STYLE_NAME[majority]}で書き、どちらかに統一してください。`,
        related,
        ...(data === undefined ? {} : { data }),
      });
    });
  },
});
