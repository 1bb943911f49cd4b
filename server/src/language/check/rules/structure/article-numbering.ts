/**
 * structure.article-numbering: article numbers must read 第1条, 第2条, 第3条 … in source order.
 * Every offending heading carries the same fix, which renumbers all articles and every reference
 * to them in the prose (第5条, 第五条, 第５条第2項 …), leaving citations of statutes alone.
 */
import type { Article } from "../../../ast";
import type { ArticleReference } from "../../../model/reference-scan";
import { fixData, type QuickFix, type TextEdit } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { formatLike } from "../../support/number-style";
import { describeMissing, sequenceProblems, type SequenceProblem } from "../../support/sequence";

export const STRUCTURE_ARTICLE_NUMBERING: DiagnosticKind = {
  id: "structure.article-numbering",
  severity: "warning",
  title: "条番号が1から順に並んでいません（欠番・重複・順序の乱れ）。",
  summary:
    "Article numbers do not run 1, 2, 3 … in source order: a gap, a duplicate or a number out of order.",
  fix: "条番号を第1条から順に振り直してください。クイックフィックスは本文中の「第N条」の参照も合わせて直します。",
  example: {
    bad: "第1条（目的）\n…\n\n第3条（業務内容）\n…",
    good: "第1条（目的）\n…\n\n第2条（業務内容）\n…",
  },
};

const article = (n: number) => `第${n}条`;

function headingEdits(articles: readonly Article[]): TextEdit[] {
  return articles.flatMap((a, i) => {
    const { value, text, span } = a.heading.number;
    return value === i + 1 ? [] : [{ span, newText: formatLike(text, i + 1) }];
  });
}

/** Old number → new number; a number written twice follows its first article. */
function renumbering(articles: readonly Article[]): Map<number, number> {
  const map = new Map<number, number>();
  articles.forEach((a, i) => {
    const value = a.heading.number.value;
    if (value !== null && !map.has(value)) map.set(value, i + 1);
  });
  return map;
}

function referenceEdits(
  references: readonly ArticleReference[],
  map: ReadonlyMap<number, number>,
): TextEdit[] {
  return references.flatMap((reference) => {
    if (reference.statute) return [];
    return reference.parts.flatMap((part) => {
      const number = part.number;
      if (part.level !== "article" || number === null || number.value === null || part.branch !== null)
        return [];
      const next = map.get(number.value);
      return next === undefined || next === number.value
        ? []
        : [{ span: number.span, newText: formatLike(number.text, next) }];
    });
  });
}

function renumberAll(articles: readonly Article[], references: readonly ArticleReference[]): QuickFix {
  const edits = [...headingEdits(articles), ...referenceEdits(references, renumbering(articles))];
  return {
    title: "条番号を第1条から順に振り直す（本文中の参照も直す）",
    edits: edits.sort((a, b) => a.span.start - b.span.start),
    preferred: true,
  };
}

function describe(problem: SequenceProblem): string {
  const here = article(problem.value);
  switch (problem.kind) {
    case "duplicate":
      return `${here}が二つあります。`;
    case "order":
      return `${here}が${article(problem.previous)}の後にあります。`;
    case "gap":
      return problem.previous === null
        ? `最初の条が${here}になっています（${describeMissing(problem.missing, article)}がありません）。`
        : `${article(problem.previous)}の次が${here}になっています（${describeMissing(problem.missing, article)}が抜けています）。`;
  }
}

function report(problem: SequenceProblem, articles: readonly Article[], fix: QuickFix, context: RuleContext) {
  const heading = articles[problem.index]?.heading;
  if (heading === undefined) return;
  const first = problem.kind === "duplicate" ? articles[problem.firstIndex]?.heading : undefined;
  context.report(STRUCTURE_ARTICLE_NUMBERING, {
    span: heading.number.span,
    message: `${describe(problem)}条番号は第1条から順に、重複なく振ってください。クイックフィックスで、本文中の「第N条」の参照も含めて全体を振り直せます。`,
    ...(first === undefined
      ? {}
      : { related: [{ span: first.number.span, message: `最初の${article(problem.value)}はここです。` }] }),
    data: fixData(fix),
  });
}

export const articleNumberingRule: Rule = {
  name: "structure/article-numbering",
  kinds: [STRUCTURE_ARTICLE_NUMBERING],
  check(context) {
    const { articles } = context.index;
    // A file without a title is an excerpt (第7条 alone, in a note or a test): it may start anywhere.
    const whole = context.analysis.document.blocks.some((b) => b.kind === "title");
    const first = articles[0]?.heading.number.value ?? 1;
    const problems = sequenceProblems(
      articles.map((a) => a.heading.number.value),
      whole ? 1 : first,
    );
    if (problems.length === 0) return;
    const fix = renumberAll(articles, context.analysis.articleReferences);
    for (const problem of problems) report(problem, articles, fix, context);
  },
};
