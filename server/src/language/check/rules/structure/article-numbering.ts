/**
 * structure.article-numbering: article numbers must read 第1条, 第2条, 第3条 … in source order.
 * Every offending heading carries the same fix, which renumbers all articles and every reference
 * to them in the prose (第5条, 第五条, 第５条第2項 …), leaving citations of statutes alone. A second
 * fix writes those references by heading instead ({第条:秘密保持}), so they cannot go stale again.
 */
import type { Article } from "../../../ast";
import { ARTICLE_LABEL_PREFIX, headingKey } from "../../../model/article-labels";
import type { ContractIndex } from "../../../model/contract-index";
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

/** {第条:見出し} for the article, when its heading is its own and can be written inside {…}. */
function labelFor(article: Article | undefined, byHeading: ReadonlyMap<string, readonly Article[]>) {
  const title = article?.heading.title ?? null;
  if (title === null || /[{}.．\s]/u.test(title)) return null;
  return byHeading.get(headingKey(title))?.length === 1 ? `{${ARTICLE_LABEL_PREFIX}${title}}` : null;
}

/** Each plain 第N条 that names an article with a heading of its own becomes {第条:見出し}. */
function labelEdits(
  references: readonly ArticleReference[],
  index: ContractIndex,
  byHeading: ReadonlyMap<string, readonly Article[]>,
): { edits: TextEdit[]; converted: Set<ArticleReference> } {
  const edits: TextEdit[] = [];
  const converted = new Set<ArticleReference>();
  for (const reference of references) {
    if (reference.statute) continue;
    const part = reference.parts.find((p) => p.level === "article" && p.anchor === "number");
    const value = part?.number?.value ?? null;
    if (part === undefined || value === null || part.branch !== null) continue;
    const label = labelFor(index.articlesByNumber.get(value)?.[0], byHeading);
    if (label === null) continue;
    edits.push({ span: part.span, newText: label });
    converted.add(reference);
  }
  return { edits, converted };
}

/** The same renumbering, with references written by heading so that they never go stale again. */
function renumberToLabels(context: RuleContext): QuickFix | null {
  const { index, analysis } = context;
  const references = analysis.articleReferences;
  const { edits, converted } = labelEdits(references, index, analysis.scope.articlesByHeading);
  if (edits.length === 0) return null;
  const rest = referenceEdits(
    references.filter((r) => !converted.has(r)),
    renumbering(index.articles),
  );
  return {
    title:
      "条番号を振り直し、本文中の参照を見出しによる参照「{第条:見出し}」に変える（以後、番号が変わっても古くなりません）",
    edits: [...headingEdits(index.articles), ...edits, ...rest].sort((a, b) => a.span.start - b.span.start),
  };
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

function report(
  problem: SequenceProblem,
  articles: readonly Article[],
  fixes: readonly QuickFix[],
  context: RuleContext,
) {
  const heading = articles[problem.index]?.heading;
  if (heading === undefined) return;
  const first = problem.kind === "duplicate" ? articles[problem.firstIndex]?.heading : undefined;
  context.report(STRUCTURE_ARTICLE_NUMBERING, {
    span: heading.number.span,
    message: `${describe(problem)}条番号は第1条から順に、重複なく振ってください。クイックフィックスで、本文中の「第N条」の参照も含めて全体を振り直せます。`,
    ...(first === undefined
      ? {}
      : { related: [{ span: first.number.span, message: `最初の${article(problem.value)}はここです。` }] }),
    data: fixData(...fixes),
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
    const toLabels = renumberToLabels(context);
    const fixes = toLabels === null ? [fix] : [fix, toLabels];
    for (const problem of problems) report(problem, articles, fixes, context);
  },
};
