/**
 * blank.fee, blank.date, blank.value: a value of 条件 written as a blank or holding a placeholder
 * mark, or a value the contract type requires (月額報酬, 契約締結日) not written at all.
 */
import type { Definition } from "../../../ast";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { blankValueFinding } from "../../support/blank-value-finding";

export const BLANK_FEE: DiagnosticKind = {
  id: "blank.fee",
  severity: "warning",
  title: "月額報酬が空欄です。",
  summary: "The monthly fee is blank (＿円, ●●円), or missing.",
  fix: "「月額報酬：300,000円（消費税別）」のように金額を書いてください。",
  example: { bad: "条件\n  月額報酬：＿円（消費税別）", good: "条件\n  月額報酬：300,000円（消費税別）" },
};

export const BLANK_DATE: DiagnosticKind = {
  id: "blank.date",
  severity: "warning",
  title: "契約締結日が空欄です。",
  summary: "The signing date is blank (＿年＿月＿日, 令和〇〇年〇〇月〇〇日), or missing.",
  fix: "「契約締結日：令和8年12月1日」のように日付を書いてください。",
  example: { bad: "条件\n  契約締結日：＿年＿月＿日", good: "条件\n  契約締結日：令和8年12月1日" },
};

export const BLANK_VALUE: DiagnosticKind = {
  id: "blank.value",
  severity: "warning",
  title: "条件の値が空欄か、記入待ちの印（【要確認】、●●など）を含んでいます。",
  summary: "A value in 条件 is blank or holds a placeholder mark (【要確認】, ●●, 〇〇, ＿＿).",
  fix: "値を記入し、印を確定した内容に書き換えてください。",
  example: { bad: "条件\n  契約期間：＿", good: "条件\n  契約期間：1年" },
};

const KIND_BY_NAME: Readonly<Record<string, DiagnosticKind>> = {
  月額報酬: BLANK_FEE,
  契約締結日: BLANK_DATE,
};

const EXAMPLES: Readonly<Record<string, string>> = {
  月額報酬: "300,000円（消費税別）",
  契約締結日: "令和8年12月1日",
};

// Names come from workspace type files too: only the table's own entries count (never "constructor").
function kindFor(name: string): DiagnosticKind {
  return (Object.hasOwn(KIND_BY_NAME, name) ? KIND_BY_NAME[name] : undefined) ?? BLANK_VALUE;
}

function exampleFor(name: string, context: RuleContext): string {
  const declared = context.setup.contractType?.values.find((v) => v.name === name)?.example;
  return declared ?? (Object.hasOwn(EXAMPLES, name) ? EXAMPLES[name] : undefined) ?? "…";
}

function reportBlank(definition: Definition, { report }: RuleContext): void {
  report(kindFor(definition.name), {
    ...blankValueFinding(definition, definition.name),
  });
}

function reportMissing(name: string, context: RuleContext): void {
  const { analysis } = context;
  const terms = analysis.document.blocks.find((b) => b.kind === "terms");
  const title = analysis.document.blocks.find((b) => b.kind === "title");
  const span = terms?.kind === "terms" ? terms.headerSpan : title?.kind === "title" ? title.titleSpan : null;
  if (span === null) return;
  const example = exampleFor(name, context);
  context.report(kindFor(name), {
    span,
    message: `${name}が書かれていません。「条件」に「${name}：${example}」を書いてください。`,
  });
}

export const blankValuesRule: Rule = {
  name: "blank/required-values",
  kinds: [BLANK_FEE, BLANK_DATE, BLANK_VALUE],
  check(context) {
    const { analysis } = context;
    for (const definition of analysis.index.termDefinitions) {
      if (definition.value.type === "blank") reportBlank(definition, context);
    }
    for (const name of context.setup.contractType?.requiredValues ?? []) {
      if (!analysis.scope.values.has(name)) reportMissing(name, context);
    }
  },
};
