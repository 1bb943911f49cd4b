/**
 * value.invalid-money: text written as an amount that is not one — 1.5円, 3,00,000円, an unknown
 * tax label, an amount too large to compute with.
 */
import type { DiagnosticKind, Rule } from "../../rule";
import { invalidDefinitions } from "../../support/invalid-values";

export const VALUE_INVALID_MONEY: DiagnosticKind = {
  id: "value.invalid-money",
  severity: "error",
  title: "金額の書き方が正しくありません。",
  summary:
    "An amount that cannot be read: fractions of a yen, bad grouping, an unknown tax label, too large.",
  fix: "「300,000円（消費税別）」のように、円単位の整数を3桁区切りで書いてください。",
  example: {
    bad: "条件\n  月額報酬：300,000.5円（消費税別）",
    good: "条件\n  月額報酬：300,000円（消費税別）",
  },
};

export const invalidMoneyRule: Rule = {
  name: "values/invalid-money",
  kinds: [VALUE_INVALID_MONEY],
  check({ index, report }) {
    for (const { definition, value } of invalidDefinitions(index, "money")) {
      report(VALUE_INVALID_MONEY, {
        span: definition.valueSpan,
        message: `${definition.name}の金額「${value.raw}」は正しくありません。${value.reason}`,
      });
    }
  },
};
