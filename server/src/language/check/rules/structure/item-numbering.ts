/**
 * structure.item-numbering: the items （1）（2）（3） under a paragraph must run from （1） without
 * gaps or duplicates. A list ends at the next numbered paragraph; after an unnumbered line it
 * goes on unless the next item starts again at （1）, since such a line is as often a note inside
 * the list as a new paragraph.
 */
import type { Article, Item } from "../../../ast";
import { fixData, type QuickFix } from "../../quick-fix";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule, type RuleContext } from "../../rule";
import { isLine } from "../../../model/article-model";
import { articleName } from "../../support/labels";
import { formatLike } from "../../support/number-style";
import { describeMissing, sequenceProblems, type SequenceProblem } from "../../support/sequence";

export const STRUCTURE_ITEM_NUMBERING: DiagnosticKind = {
  id: "structure.item-numbering",
  severity: "warning",
  title: "号番号（（1）（2））が1から順に並んでいません。",
  summary: "Items （1）（2） under a paragraph do not run from （1） without gaps or duplicates.",
  fix: "号番号を（1）から順に振り直してください。",
  example: {
    bad: "第3条（業務内容）\n乙は次の業務を行う。\n（1）サーバーの監視\n（3）OSの保守",
    good: "第3条（業務内容）\n乙は次の業務を行う。\n（1）サーバーの監視\n（2）OSの保守",
  },
};

const mark = (n: number) => `（${n}）`;

function itemLists(article: Article): Item[][] {
  const lists: Item[][] = [];
  let current: Item[] | null = null;
  let afterNote = false;
  for (const line of article.body.filter(isLine)) {
    if (line.kind === "paragraph") {
      afterNote = line.number === null;
      if (line.number !== null) current = null;
      continue;
    }
    if (current === null || (afterNote && line.number.value === 1)) {
      current = [];
      lists.push(current);
    }
    current.push(line);
    afterNote = false;
  }
  return lists;
}

function renumberFix(article: Article, items: readonly Item[]): QuickFix {
  return {
    title: `${articleName(article)}の号番号を（1）から振り直す`,
    edits: items.flatMap((item, i) => {
      const { value, text, span } = item.number;
      return value === i + 1 ? [] : [{ span, newText: formatLike(text, i + 1) }];
    }),
    preferred: true,
  };
}

function describe(problem: SequenceProblem): string {
  const here = mark(problem.value);
  switch (problem.kind) {
    case "duplicate":
      return `${here}が二つあります。`;
    case "order":
      return `${here}が${mark(problem.previous)}の後にあります。`;
    case "gap":
      return problem.previous === null
        ? `最初の号が${here}になっています（${describeMissing(problem.missing, mark)}がありません）。`
        : `${mark(problem.previous)}の次が${here}になっています（${describeMissing(problem.missing, mark)}が抜けています）。`;
  }
}

function checkList(article: Article, items: readonly Item[], context: RuleContext): void {
  const problems = sequenceProblems(items.map((i) => i.number.value));
  if (problems.length === 0) return;
  const fix = renumberFix(article, items);
  for (const problem of problems) {
    const item = items[problem.index];
    if (item === undefined) continue;
    const first = problem.kind === "duplicate" ? items[problem.firstIndex] : undefined;
    context.report(STRUCTURE_ITEM_NUMBERING, {
      span: item.number.span,
      message: `${articleName(article)}の号番号：${describe(problem)}号番号は（1）から順に振ってください。`,
      ...(first === undefined
        ? {}
        : { related: [{ span: first.number.span, message: `最初の${mark(problem.value)}はここです。` }] }),
      data: fixData(fix),
    });
  }
}

export const itemNumberingRule: Rule = steppedRule({
  name: "structure/item-numbering",
  kinds: [STRUCTURE_ITEM_NUMBERING],
  steps(context) {
    return eachInSteps(context.index.articles, (article) => {
      for (const items of itemLists(article)) checkList(article, items, context);
    });
  },
});
