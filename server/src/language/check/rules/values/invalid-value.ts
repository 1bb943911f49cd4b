/**
 * value.invalid: a value of 条件 that is not of the type its name requires (契約期間：2026年12月1日,
 * 支払期日：来月, 契約期間：1年間) and that no more specific check explains.
 */
import type { Definition } from "../../../ast";
import { formatCalendarDate, formatWarekiDate } from "../../../values/date-format";
import { isValidCalendarDate } from "../../../values/dates";
import { isWithinEra } from "../../../values/eras";
import { parseDuration } from "../../../values/duration";
import type { InvalidValue } from "../../../values/value";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Finding, Rule } from "../../rule";
import { inDigitsOf } from "../../support/digits";
import { findEraPairs, pairDate, type EraPair } from "../../support/era-pairs";
import { invalidDefinitions } from "../../support/invalid-values";
import { parsedValue } from "../../support/segments";

export const VALUE_INVALID: DiagnosticKind = {
  id: "value.invalid",
  severity: "error",
  title: "値がその名前の型（金額・日付・期間・支払期日・通数）として読めません。",
  summary:
    "A value that is not of the type its name requires (a date for 契約期間, 来月 for 支払期日, 1年間).",
  fix: "メッセージの例のように、名前に合った形で値を書いてください。",
  example: {
    bad: "条件\n  契約期間：2026年12月1日\n  支払期日：来月",
    good: "条件\n  契約期間：1年\n  支払期日：翌月末日",
  },
};

interface Explained {
  readonly message: string;
  readonly data?: Finding["data"];
}

// 1年間 → 1年: the value is the length; 間 belongs to the prose that refers to it ({契約期間}間).
const TRAILING_KAN = /間(前|後)?$/u;

function withoutKan(definition: Definition, value: InvalidValue): Explained | null {
  if (value.expected !== "duration" || !TRAILING_KAN.test(value.raw)) return null;
  const newText = value.raw.replace(TRAILING_KAN, "$1");
  if (parseDuration(newText)?.type !== "duration") return null;
  const fix = {
    title: `「${newText}」にする`,
    edits: [{ span: definition.valueSpan, newText }],
    preferred: true,
  };
  return { message: genericMessage(definition, value), data: fixData(fix) };
}

/**
 * 令和8年（2026年）12月1日 as a value: a value is one date in one style (the prose can show both),
 * so the drafter picks one. The pair agrees, or value.era-mismatch would have taken it.
 */
function sideBySide(definition: Definition, value: InvalidValue): Explained | null {
  const pair = value.expected === "date" ? wholeValuePair(definition) : undefined;
  const date = pair === undefined ? null : pairDate(pair);
  if (pair === undefined || date === null || !isValidCalendarDate(date)) return null;
  if (!isWithinEra(pair.wareki.era, date)) return null;
  const weekday = pair.weekday === null ? "" : `（${pair.weekday.text}）`;
  const choices = [formatWarekiDate(date, pair.wareki.era, pair.wareki.gannen), formatCalendarDate(date)];
  const fixes = choices.map((text) => {
    const newText = inDigitsOf(value.raw, text) + weekday;
    return { title: `「${newText}」にする`, edits: [{ span: pair.span, newText }] };
  });
  const message = `${definition.name}の値「${value.raw}」には和暦と西暦が併記されています。値には「${choices[0]}」か「${choices[1]}」のどちらか一方だけを書いてください。`;
  return { message, data: fixData(...fixes) };
}

/** A pair that is the whole value: the fixes replace the value, and must not drop anything else. */
function wholeValuePair(definition: Definition): EraPair | undefined {
  const parsed = parsedValue(definition);
  const [pair] = findEraPairs(parsed);
  const whole = pair?.span.start === parsed.start && pair.span.end === parsed.start + parsed.text.length;
  return whole ? pair : undefined;
}

function genericMessage(definition: Definition, value: InvalidValue): string {
  return `${definition.name}の値「${value.raw}」を読み取れません。${value.reason}`;
}

function explain(definition: Definition, value: InvalidValue): Explained {
  return (
    withoutKan(definition, value) ??
    sideBySide(definition, value) ?? { message: genericMessage(definition, value) }
  );
}

export const invalidValueRule: Rule = {
  name: "values/invalid-value",
  kinds: [VALUE_INVALID],
  check({ index, report }) {
    for (const { definition, value } of invalidDefinitions(index, "other")) {
      report(VALUE_INVALID, { span: definition.valueSpan, ...explain(definition, value) });
    }
  },
};
