/**
 * The typed values that differ between two versions (条件 and the parties' fields), and the facts
 * derived from them that changed with them (model/facts.ts): what an approver signs off comes
 * first in a comparison.
 */
import type { Definition } from "../ast";
import type { Analysis } from "../model/analysis";
import type { ContractFacts } from "../model/facts";
import { partyFields } from "../model/value-scope";
import { formatCalendarDate } from "../values/date-format";
import { formatYen } from "../values/money";
import { formatValue } from "../values/value-parse";
import { markInvisible } from "../vocabulary/control-characters";

export interface ValueChange {
  /** 月額報酬, or 甲.会社名 for a party's field. */
  readonly name: string;
  /** As printed; null where the version does not define it. */
  readonly old: string | null;
  readonly new: string | null;
}

/** A derived fact (賠償上限額 …) whose value differs; the same shape as a value's change. */
export type FactChange = ValueChange;

function printed(definition: Definition): string {
  return markInvisible(formatValue(definition.value));
}

function valuesOf(analysis: Analysis): Map<string, string> {
  const values = new Map<string, string>();
  for (const party of analysis.scope.partyOrder) {
    for (const field of partyFields(party)) {
      const name = `${party.symbol}.${field.name}`;
      if (!values.has(name)) values.set(name, printed(field));
    }
  }
  for (const [name, definition] of analysis.scope.values) values.set(name, printed(definition));
  return values;
}

function changesBetween(olds: ReadonlyMap<string, string>, news: ReadonlyMap<string, string>): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const [name, value] of news) {
    const old = olds.get(name) ?? null;
    if (old !== value) changes.push({ name, old, new: value });
  }
  for (const [name, old] of olds) if (!news.has(name)) changes.push({ name, old, new: null });
  return changes;
}

export function valueChanges(before: Analysis, after: Analysis): ValueChange[] {
  return changesBetween(valuesOf(before), valuesOf(after));
}

const FACTS: readonly { readonly name: string; readonly of: (facts: ContractFacts) => string | null }[] = [
  { name: "賠償上限額", of: (f) => (f.capYen === null ? null : formatYen(f.capYen)) },
  { name: "契約満了日", of: (f) => (f.termEnd === null ? null : formatCalendarDate(f.termEnd)) },
  {
    name: "更新拒絶の通知期限",
    of: (f) => (f.renewalDeadline === null ? null : `${formatCalendarDate(f.renewalDeadline)}まで`),
  },
  {
    name: "最初の支払日",
    of: (f) => (f.firstPaymentDate === null ? null : formatCalendarDate(f.firstPaymentDate)),
  },
];

export function factChanges(before: Analysis, after: Analysis): FactChange[] {
  const changes: FactChange[] = [];
  for (const fact of FACTS) {
    const old = fact.of(before.facts);
    const current = fact.of(after.facts);
    if (old !== current) changes.push({ name: fact.name, old, new: current });
  }
  return changes;
}
