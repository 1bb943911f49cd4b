/**
 * structure.paragraph-numbering: within an article, numbered paragraphs (1．2．3．) must run from 1
 * without gaps or duplicates. An article whose first paragraph has no number, as in statutes,
 * may start its numbers at 2．. The fix renumbers the article's paragraphs and the 第N条第M項
 * references that pointed at them, where the old number named one paragraph only.
 */
import type { Article, Paragraph } from "../../../ast";
import type { ContractIndex } from "../../../model/contract-index";
import { fixData, type QuickFix, type TextEdit } from "../../quick-fix";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule, type RuleContext } from "../../rule";
import { articleName } from "../../support/labels";
import type { ArticleReference } from "../../../model/reference-scan";
import type { Resolver } from "../../../model/reference-resolve";
import { formatLike } from "../../support/number-style";
import { describeMissing, sequenceProblems, type SequenceProblem } from "../../support/sequence";
import type { Steps } from "../../../steps";

export const STRUCTURE_PARAGRAPH_NUMBERING: DiagnosticKind = {
  id: "structure.paragraph-numbering",
  severity: "warning",
  title: "条の中の項番号（1．2．）が1から順に並んでいません。",
  summary: "Numbered paragraphs (1．2．) of an article do not run from 1 without gaps or duplicates.",
  fix: "項番号を1．から順に振り直してください。クイックフィックスは「第N条第M項」の参照も合わせて直します。",
  example: {
    bad: "第10条（障害対応）\n1．乙は速やかに対応する。\n3．乙は障害復旧を保証しない。",
    good: "第10条（障害対応）\n1．乙は速やかに対応する。\n2．乙は障害復旧を保証しない。",
  },
};

interface Numbered {
  readonly article: Article;
  readonly paragraphs: readonly (Paragraph & { readonly number: NonNullable<Paragraph["number"]> })[];
  /** 1, or 2 when an unnumbered first paragraph stands before 2． */
  readonly start: number;
}

const mark = (n: number) => `「${n}．」`;

function numberedParagraphs(article: Article): Numbered {
  const paragraphs = article.body.filter(
    (e): e is Numbered["paragraphs"][number] => e.kind === "paragraph" && e.number !== null,
  );
  const first = paragraphs[0];
  const unnumberedFirst =
    first !== undefined &&
    article.body.some((e) => e.kind === "paragraph" && e.number === null && e.span.start < first.span.start);
  const start = unnumberedFirst && first.number.value !== 1 ? 2 : 1;
  return { article, paragraphs, start };
}

function referenceEdits(
  numbered: Numbered,
  renumbered: ReadonlyMap<number, number>,
  resolver: Resolver,
  references: readonly ArticleReference[],
): TextEdit[] {
  return references.flatMap((reference) => {
    const part = reference.parts.find((p) => p.level === "paragraph" && p.anchor === "number");
    const number = part?.number;
    if (number === undefined || number === null || number.value === null || part?.branch !== null) return [];
    const target = resolver.article(reference);
    if (target.kind !== "found" || target.article !== numbered.article) return [];
    const next = renumbered.get(number.value);
    return next === undefined || next === number.value
      ? []
      : [{ span: number.span, newText: formatLike(number.text, next) }];
  });
}

function renumberFix(
  numbered: Numbered,
  resolver: Resolver,
  references: readonly ArticleReference[],
): QuickFix {
  const counts = new Map<number, number>();
  for (const p of numbered.paragraphs) {
    if (p.number.value !== null) counts.set(p.number.value, (counts.get(p.number.value) ?? 0) + 1);
  }
  // Only a number that named one paragraph can be followed to its new number.
  const renumbered = new Map<number, number>();
  const edits: TextEdit[] = [];
  numbered.paragraphs.forEach((p, i) => {
    const next = numbered.start + i;
    const { value, text, span } = p.number;
    if (value !== null && counts.get(value) === 1) renumbered.set(value, next);
    if (value !== next) edits.push({ span, newText: formatLike(text, next) });
  });
  edits.push(...referenceEdits(numbered, renumbered, resolver, references));
  return {
    title: `${articleName(numbered.article)}の項番号を振り直す（「第M項」の参照も直す）`,
    edits: edits.sort((a, b) => a.span.start - b.span.start),
    preferred: true,
  };
}

function describe(problem: SequenceProblem, start: number): string {
  const here = mark(problem.value);
  switch (problem.kind) {
    case "duplicate":
      return `${here}が二つあります。`;
    case "order":
      return `${here}が${mark(problem.previous)}の後にあります。`;
    case "gap":
      return problem.previous === null
        ? `最初の項番号が${here}になっています（${mark(start)}から始めてください）。`
        : `${mark(problem.previous)}の次が${here}になっています（${describeMissing(problem.missing, mark)}が抜けています）。`;
  }
}

function checkArticle(numbered: Numbered, context: RuleContext, makeFix: () => QuickFix): void {
  // One fix for the article, made for its first problem (most articles have none).
  let fix: QuickFix | undefined;
  const values = numbered.paragraphs.map((p) => p.number.value);
  for (const problem of sequenceProblems(values, numbered.start)) {
    const paragraph = numbered.paragraphs[problem.index];
    if (paragraph === undefined) continue;
    const first = problem.kind === "duplicate" ? numbered.paragraphs[problem.firstIndex] : undefined;
    context.report(STRUCTURE_PARAGRAPH_NUMBERING, {
      span: paragraph.number.span,
      message: `${articleName(numbered.article)}の項番号：${describe(problem, numbered.start)}項番号は${mark(numbered.start)}から順に振ってください。`,
      ...(first === undefined
        ? {}
        : { related: [{ span: first.number.span, message: `最初の${mark(problem.value)}はここです。` }] }),
      data: fixData((fix ??= makeFix())),
    });
  }
}

function checkAll(index: ContractIndex, context: RuleContext): Steps<void> {
  const references = () => context.analysis.articleReferences;
  return eachInSteps(index.articles, (article) => {
    const numbered = numberedParagraphs(article);
    checkArticle(numbered, context, () => renumberFix(numbered, context.views.resolver, references()));
  });
}

export const paragraphNumberingRule: Rule = steppedRule({
  name: "structure/paragraph-numbering",
  kinds: [STRUCTURE_PARAGRAPH_NUMBERING],
  steps: (context) => checkAll(context.index, context),
});
