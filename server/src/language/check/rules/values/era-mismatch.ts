/**
 * value.era-mismatch: 和暦 and 西暦 written side by side that name different years or days
 * (令和8年（2025年）12月1日), in prose or in a value. Neither half can be trusted, so both fixes
 * are offered; the one that keeps the 和暦 comes first because Japanese contracts lead with it.
 */
import { formatCalendarDate, formatWarekiDate } from "../../../values/date-format";
import { isValidCalendarDate } from "../../../values/dates";
import { eraByName, eraOf, isWithinEra } from "../../../values/eras";
import type { CalendarDate, EraName } from "../../../values/value";
import { fixData, type QuickFix } from "../../quick-fix";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule } from "../../rule";
import type { MonthDay } from "../../support/date-patterns";
import { inDigitsOf } from "../../support/digits";
import { pairAgrees, warekiYearInSeireki, type EraPair } from "../../support/era-pairs";

export const VALUE_ERA_MISMATCH: DiagnosticKind = {
  id: "value.era-mismatch",
  severity: "error",
  title: "併記された和暦と西暦が一致しません。",
  summary: "和暦 and 西暦 written side by side name different years or days (令和8年（2025年）).",
  fix: "どちらが正しいかを確かめ、もう一方を合わせてください（令和8年は2026年）。",
  example: {
    bad: "前文\nこの契約は令和8年（2025年）12月1日に締結する。",
    good: "前文\nこの契約は令和8年（2026年）12月1日に締結する。",
  },
};

/** 2026年 or 2026年12月1日, as the half it replaces is written. */
function seirekiText(year: number, monthDay: MonthDay | null): string {
  return monthDay === null ? `${year}年` : formatCalendarDate({ year, ...monthDay });
}

/** The 和暦 that names the 西暦 half: the same era while it covers that day (or year), else the era then. */
function warekiText(pair: EraPair): string | null {
  const { seireki, wareki } = pair;
  const monthDay = seireki.monthDay ?? wareki.monthDay ?? pair.sharedMonthDay;
  // Without a month and day only the year is known; mid-year picks the era that held most of it.
  const probe: CalendarDate = { year: seireki.year, ...(monthDay ?? { month: 7, day: 1 }) };
  if (!isValidCalendarDate(probe)) return null;
  const keep = monthDay === null ? coversYear(wareki.era, seireki.year) : isWithinEra(wareki.era, probe);
  const era: EraName | undefined = keep ? wareki.era : eraOf(probe)?.era;
  if (era === undefined) return null;
  const full = formatWarekiDate(probe, era, true);
  return wareki.monthDay === null ? full.slice(0, full.indexOf("年") + 1) : full;
}

function coversYear(era: EraName, year: number): boolean {
  const { firstDay, lastDay } = eraByName(era);
  return firstDay.year <= year && (lastDay === null || year <= lastDay.year);
}

function fixesFor(pair: EraPair): QuickFix[] {
  const { seireki, wareki } = pair;
  const seirekiNew = inDigitsOf(
    seireki.text,
    seirekiText(warekiYearInSeireki(pair), wareki.monthDay ?? seireki.monthDay),
  );
  const fixes: QuickFix[] = [
    {
      title: `西暦を「${seirekiNew}」に直す`,
      edits: [{ span: seireki.span, newText: seirekiNew }],
      preferred: true,
    },
  ];
  const found = warekiText(pair);
  const warekiNew = found === null ? null : inDigitsOf(wareki.text, found);
  if (warekiNew !== null) {
    fixes.push({ title: `和暦を「${warekiNew}」に直す`, edits: [{ span: wareki.span, newText: warekiNew }] });
  }
  return fixes;
}

function messageFor(pair: EraPair): string {
  const { seireki, wareki } = pair;
  const meant = seirekiText(warekiYearInSeireki(pair), wareki.monthDay);
  return `和暦と西暦が一致しません。「${wareki.text}」は西暦${meant}ですが、併記された西暦は「${seireki.text}」です。どちらが正しいかを確かめ、もう一方を合わせてください。`;
}

// In steps: the pairs are found in a pass over every prose line and value (check-views.ts).
export const eraMismatchRule: Rule = steppedRule({
  name: "values/era-mismatch",
  kinds: [VALUE_ERA_MISMATCH],
  *steps({ views, report }) {
    const written = yield* views.writtenDates();
    yield* eachInSteps(written, ({ pairs }) => {
      for (const pair of pairs) {
        if (pairAgrees(pair)) continue;
        report(VALUE_ERA_MISMATCH, {
          span: pair.seireki.span,
          message: messageFor(pair),
          related: [{ span: pair.wareki.span, message: `併記された和暦「${pair.wareki.text}」です。` }],
          data: fixData(...fixesFor(pair)),
        });
      }
    });
  },
});
