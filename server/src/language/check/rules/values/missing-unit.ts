/**
 * value.missing-unit: a duration or a count written as a bare number (契約期間：1, 作成通数：2).
 * The number alone says nothing: 1 could be a year, a month or a day, and the rendered contract
 * would read 「1間」.
 */
import type { Definition } from "../../../ast";
import { expectedTypeOf } from "../../../standard-values";
import { fixData, type QuickFix } from "../../quick-fix";
import type { DiagnosticKind, Rule } from "../../rule";
import { invalidDefinitions } from "../../support/invalid-values";
import { parsedValue } from "../../support/segments";

export const VALUE_MISSING_UNIT: DiagnosticKind = {
  id: "value.missing-unit",
  severity: "error",
  title: "期間や通数が数字だけで書かれ、単位がありません。",
  summary: "A duration or a count written as a bare number, without its unit (年・か月・日, 通).",
  fix: "「1年」「6か月」「30日前」「2通」のように単位を付けてください。",
  example: {
    bad: "条件\n  契約期間：1\n  作成通数：2",
    good: "条件\n  契約期間：1年\n  作成通数：2通",
  },
};

/** The likely unit first: it is what the reference contract writes for that value. */
const UNITS_BY_NAME: Readonly<Record<string, readonly string[]>> = {
  契約期間: ["年", "か月", "日"],
  更新期間: ["年", "か月", "日"],
  賠償上限期間: ["か月", "年", "日"],
  更新拒絶通知期限: ["日前", "か月前"],
  作成通数: ["通", "部"],
};

const UNITS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  duration: ["年", "か月", "日"],
  count: ["通", "部"],
};

function unitsFor(name: string): readonly string[] {
  return UNITS_BY_NAME[name] ?? UNITS_BY_TYPE[expectedTypeOf(name) ?? ""] ?? [];
}

function fixesFor(definition: Definition, units: readonly string[]): QuickFix[] {
  const { text, start } = parsedValue(definition);
  const end = start + text.length;
  return units.map((unit, i) => ({
    title: `「${text}${unit}」にする`,
    edits: [{ span: { start: end, end }, newText: unit }],
    ...(i === 0 ? { preferred: true } : {}),
  }));
}

function messageFor(definition: Definition, units: readonly string[]): string {
  const { text } = parsedValue(definition);
  const example = `「${text}${units[0] ?? ""}」`;
  const list = units.join("・");
  return `${definition.name}「${text}」に単位がありません。${example}のように単位（${list}）を付けてください。`;
}

export const missingUnitRule: Rule = {
  name: "values/missing-unit",
  kinds: [VALUE_MISSING_UNIT],
  check({ index, report }) {
    for (const { definition } of invalidDefinitions(index, "missingUnit")) {
      const units = unitsFor(definition.name);
      report(VALUE_MISSING_UNIT, {
        span: definition.valueSpan,
        message: messageFor(definition, units),
        data: fixData(...fixesFor(definition, units)),
      });
    }
  },
};
