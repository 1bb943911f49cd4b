/**
 * term.undefined: 本件業務・本サービス … used as if defined, but never defined. A reader cannot tell
 * what 「本件業務」 covers, and a dispute over its scope is decided against the drafter.
 */
import type { DiagnosticKind, Rule } from "../../rule";
import { definitionExample, type TermUse } from "../../../model/defined-terms";

export const TERM_UNDEFINED: DiagnosticKind = {
  id: "term.undefined",
  severity: "warning",
  title: "定義されていない用語（本件業務、本サービスなど）が使われています。",
  summary: "A defined-term-looking word (本件業務, 本サービス …) is used but never defined.",
  fix: "最初に使う箇所に「…（以下「本件業務」という。）」のように定義を書くか、定義済みの用語に書き換えてください。",
  example: {
    bad: "第1条（目的）\n甲は乙に対し、本件業務を委託する。",
    good: "第1条（目的）\n甲は乙に対し、サーバーの管理業務（以下「本件業務」という。）を委託する。\n乙は本件業務を誠実に行う。",
  },
};

function groupByName(uses: readonly TermUse[]): Map<string, TermUse[]> {
  const groups = new Map<string, TermUse[]>();
  for (const use of uses) {
    const group = groups.get(use.name);
    if (group === undefined) groups.set(use.name, [use]);
    else group.push(use);
  }
  return groups;
}

function message(name: string, count: number): string {
  const where = count > 1 ? `（本文で${count}か所使われています。ここが最初です）` : "";
  return `「${name}」は定義されていません${where}。何を指すかが読み手に分かるよう、最初に使うこの箇所で「…${definitionExample(name)}」のように定義を書いてください。`;
}

export const undefinedTermsRule: Rule = {
  name: "terms/undefined-terms",
  kinds: [TERM_UNDEFINED],
  check({ analysis, report }) {
    const terms = analysis.terms;
    const defined = new Set(terms.definitions.map((d) => d.name));
    const undefinedUses = terms.uses.filter((use) => !defined.has(use.name));
    for (const [name, uses] of groupByName(undefinedUses)) {
      const [first] = uses;
      if (first === undefined) continue;
      report(TERM_UNDEFINED, { span: first.span, message: message(name, uses.length) });
    }
  },
};
