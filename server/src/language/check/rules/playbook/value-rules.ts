/**
 * Playbook rule `value`: a value of 条件 against the team's limit (賠償上限期間 at least 12か月,
 * 支払期日 within 30日, 月額報酬 at most 1,000,000円). The limit is written as a value of the same
 * kind; a 支払期日 is measured by the most days it lets the payer wait (values/payment-allowance.ts),
 * so 翌月末日 is 31 days. A value left blank, invalid or of another kind is not judged here (other
 * checks report it).
 */
import type { Definition } from "../../../ast";
import { durationInMonths } from "../../../model/facts";
import type { ValueRule } from "../../../types/playbook-data";
import { durationInDays } from "../../../values/duration";
import { paymentAllowance } from "../../../values/payment-allowance";
import type { Value } from "../../../values/value";
import { parseValue } from "../../../values/value-parse";
import { fixData } from "../../quick-fix";
import type { Rule } from "../../rule";
import { playbookKind } from "./playbook-kind";

/** Value minus limit in a common measure (months, days, yen, count); null when they do not compare. */
export function difference(value: Value, limit: Value): number | null {
  if (value.type === "money" && limit.type === "money") return value.yen - limit.yen;
  if (value.type === "count" && limit.type === "count") return value.amount - limit.amount;
  if (value.type === "paymentDue" && limit.type === "duration")
    return paymentAllowance(value).maxDays - durationInDays(limit);
  if (value.type === "duration" && limit.type === "duration") {
    const [a, b] = [durationInMonths(value), durationInMonths(limit)];
    return a !== null && b !== null ? a - b : durationInDays(value) - durationInDays(limit);
  }
  return null;
}

function limitOf(text: string | undefined, value: Value): Value | null {
  if (text === undefined) return null;
  const expected = value.type === "paymentDue" ? "duration" : value.type;
  if (expected !== "money" && expected !== "count" && expected !== "duration") return null;
  const limit = parseValue(text, expected);
  return limit.type === expected ? limit : null;
}

/** What is wrong with the value, or null when it keeps to the limits. */
function breach(rule: ValueRule, definition: Definition): string | null {
  const value = definition.value;
  const least = limitOf(rule.atLeast, value);
  const below = least === null ? null : difference(value, least);
  if (below !== null && below < 0) return `${rule.atLeast}以上`;
  const most = limitOf(rule.atMost, value);
  const above = most === null ? null : difference(value, most);
  if (above !== null && above > 0)
    return value.type === "paymentDue" ? `${rule.atMost}以内` : `${rule.atMost}以下`;
  return null;
}

export function valueRule(rule: ValueRule): Rule {
  const kind = playbookKind(rule);
  return {
    name: `playbook/${rule.id}`,
    kinds: [kind],
    check(context) {
      const definition = context.analysis.scope.values.get(rule.value);
      if (definition === undefined) return;
      const wanted = breach(rule, definition);
      if (wanted === null) return;
      const span = definition.valueSpan;
      const preferred = rule.preferred;
      context.report(kind, {
        span,
        message: `${rule.message}（${rule.value}：${definition.valueText.trim()}、チームの基準：${wanted}）`,
        data:
          preferred === undefined
            ? undefined
            : fixData({
                title: `${rule.value}を「${preferred}」にする`,
                edits: [{ span, newText: preferred }],
              }),
      });
    },
  };
}
