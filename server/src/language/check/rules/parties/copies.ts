/**
 * consistency.copies-parties: 「本書2通を作成し…各1通を保有する」 only works when the number of
 * copies is the number of parties. With three parties and two copies, one party has no original.
 */
import type { Span } from "../../../ast";
import type { ContractIndex } from "../../../model/contract-index";
import { parseNumeral } from "../../../values/numerals";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { partyHeaderLocation } from "../../support/party-roles";

export const COPIES_PARTIES: DiagnosticKind = {
  id: "consistency.copies-parties",
  severity: "warning",
  title: "作成通数が当事者の数と合いません（各1通を保有するのに）。",
  summary:
    "The number of copies differs from the number of parties, while each party keeps one (各1通を保有).",
  fix: "作成通数を当事者の数にしてください。",
  example: {
    bad: "当事者 甲（委託者）\n当事者 乙（受託者）\n条件\n  作成通数：3通\n後文\n本書{作成通数}を作成し、各1通を保有する。",
    good: "当事者 甲（委託者）\n当事者 乙（受託者）\n条件\n  作成通数：2通\n後文\n本書{作成通数}を作成し、各1通を保有する。",
  },
};

const EACH_KEEPS_ONE = /各(?:自|々)?[1１一][通部](?:を|ずつ)?(?:保有|保管|所持|保持)/u;
// 本書2通 written in the prose rather than as {作成通数}.
const WRITTEN_COPIES = /本書([0-9０-９一二三四五六七八九十]+)([通部])/u;

interface Copies {
  readonly amount: number;
  readonly counter: string;
  /** The number and its counter as written: what the fix replaces. */
  readonly span: Span;
}

function writtenCopies(index: ContractIndex): Copies | null {
  for (const line of index.proseLines) {
    const match = WRITTEN_COPIES.exec(line.text);
    const amount = match === null ? null : parseNumeral(match[1] ?? "");
    if (match === null || amount === null) continue;
    const start = line.start + match.index + "本書".length;
    return {
      amount,
      counter: match[2] ?? "通",
      span: { start, end: line.start + match.index + match[0].length },
    };
  }
  return null;
}

function copiesOf({ facts, index }: RuleContext): Copies | null {
  const copies = facts.copies;
  if (copies === null) return writtenCopies(index);
  return { amount: copies.value.amount, counter: copies.value.counter, span: copies.definition.valueSpan };
}

export const copiesRule: Rule = {
  name: "parties/copies",
  kinds: [COPIES_PARTIES],
  check(context) {
    const parties = context.analysis.scope.partyOrder;
    if (parties.length === 0) return;
    if (!context.index.proseLines.some((line) => EACH_KEEPS_ONE.test(line.text))) return;
    const copies = copiesOf(context);
    if (copies === null || copies.amount === parties.length) return;
    const wanted = `${parties.length}${copies.counter}`;
    context.report(COPIES_PARTIES, {
      span: copies.span,
      message: `作成通数は${copies.amount}${copies.counter}ですが、当事者は${parties.length}者で各1通を保有するとされています。作成通数を${wanted}にしてください。`,
      related: parties.map(partyHeaderLocation),
      data: fixData({
        title: `作成通数を${wanted}にする`,
        edits: [{ span: copies.span, newText: wanted }],
        preferred: true,
      }),
    });
  },
};
