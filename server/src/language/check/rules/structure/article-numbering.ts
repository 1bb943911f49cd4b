/**
 * structure.article-numbering: article numbers must read 第1条, 第2条, 第3条 … in source order,
 * through chapters (a 章 does not restart the count). A branch article (第15条の2) stands right
 * after 第15条 or the branch before it and is not counted in the main run, so 第15条, 第15条の2,
 * 第16条 is in order and 第15条の3 without 第15条の2 is a gap. Every offending heading carries the
 * same fix, which renumbers all articles and every reference to them in the prose (第5条, 第五条,
 * 第５条第2項, 第5条の2 …), leaving citations of statutes alone.
 * A second fix writes those references by heading instead ({第条:秘密保持}), so they cannot go
 * stale again.
 */
import { articleLabel } from "../../../article-label";
import type { Article } from "../../../ast";
import { ARTICLE_LABEL_PREFIX, headingKey } from "../../../model/article-labels";
import type { ContractIndex } from "../../../model/contract-index";
import type { ArticleReference } from "../../../model/reference-scan";
import { fixData, type QuickFix, type TextEdit } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { branchProblems, type BranchProblem } from "../../support/branch-sequence";
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

interface Place {
  readonly main: number;
  readonly branch: number | null;
}

/** Where each article goes: main articles 1, 2, 3 …; branches after their main, from 2. */
function targetPlaces(articles: readonly Article[]): Place[] {
  let main = 0;
  let branch = 1;
  return articles.map((a) => {
    if (a.heading.branch === null) {
      main++;
      branch = 1;
      return { main, branch: null };
    }
    branch++;
    return { main: Math.max(main, 1), branch };
  });
}

const keyOf = (main: number | null, branch: number | null) => `${main ?? "?"}の${branch ?? ""}`;

function headingEdits(articles: readonly Article[], places: readonly Place[]): TextEdit[] {
  return articles.flatMap((a, i) => {
    const place = places[i];
    if (place === undefined) return [];
    const { number, branch } = a.heading;
    const edits: TextEdit[] = [];
    if (number.value !== place.main)
      edits.push({ span: number.span, newText: formatLike(number.text, place.main) });
    if (branch !== null && place.branch !== null && branch.value !== place.branch)
      edits.push({ span: branch.span, newText: formatLike(branch.text, place.branch) });
    return edits;
  });
}

/** Old number → new place; a number written twice follows its first article. */
function renumbering(articles: readonly Article[], places: readonly Place[]): Map<string, Place> {
  const map = new Map<string, Place>();
  articles.forEach((a, i) => {
    const key = keyOf(a.heading.number.value, a.heading.branch?.value ?? null);
    const place = places[i];
    if (a.heading.number.value !== null && place !== undefined && !map.has(key)) map.set(key, place);
  });
  return map;
}

function referenceEdits(
  references: readonly ArticleReference[],
  map: ReadonlyMap<string, Place>,
): TextEdit[] {
  return references.flatMap((reference) => {
    if (reference.statute) return [];
    return reference.parts.flatMap((part) => {
      const { number, branch } = part;
      if (part.level !== "article" || number === null || number.value === null) return [];
      const next = map.get(keyOf(number.value, branch?.value ?? null));
      if (next === undefined) return [];
      const edits: TextEdit[] = [];
      if (next.main !== number.value)
        edits.push({ span: number.span, newText: formatLike(number.text, next.main) });
      if (branch !== null && next.branch !== null && branch.value !== next.branch)
        edits.push({ span: branch.span, newText: formatLike(branch.text, next.branch) });
      return edits;
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
  const places = targetPlaces(index.articles);
  const rest = referenceEdits(
    references.filter((r) => !converted.has(r)),
    renumbering(index.articles, places),
  );
  return {
    title:
      "条番号を振り直し、本文中の参照を見出しによる参照「{第条:見出し}」に変える（以後、番号が変わっても古くなりません）",
    edits: [...headingEdits(index.articles, places), ...edits, ...rest].sort(
      (a, b) => a.span.start - b.span.start,
    ),
  };
}

function renumberAll(articles: readonly Article[], references: readonly ArticleReference[]): QuickFix {
  const places = targetPlaces(articles);
  const edits = [
    ...headingEdits(articles, places),
    ...referenceEdits(references, renumbering(articles, places)),
  ];
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

/**
 * A restart (第2章 beginning again at 第1条) is one mistake: the articles that go on counting from
 * the restarted number (第2条, 第3条 … again) are not reported as duplicates one by one.
 */
function continuedRestarts(
  problems: readonly SequenceProblem[],
  articles: readonly Article[],
): SequenceProblem[] {
  const reported = new Set<number>();
  return problems.filter((problem) => {
    const before = articles[problem.index - 1]?.heading.number.value;
    const continues =
      problem.kind === "duplicate" && reported.has(problem.index - 1) && before === problem.value - 1;
    reported.add(problem.index);
    return !continues;
  });
}

const ADVICE =
  "条番号は第1条から順に、重複なく振ってください。枝番号の条（第N条の2）は第N条の直後に置きます。クイックフィックスで、本文中の「第N条」の参照も含めて全体を振り直せます。";

function describeBranch(problem: BranchProblem, articles: readonly Article[]): string {
  const here = articles[problem.index]?.heading;
  if (here === undefined) return "";
  const label = articleLabel(here);
  const main = article(here.number.value ?? 0);
  switch (problem.kind) {
    case "misplaced":
      return `${label}が${problem.after === undefined ? "最初" : `${articleLabel(problem.after.heading)}の後`}にあります（${main}の直後に置いてください）。`;
    case "order":
      return `${label}が${main}の${problem.previous}の後にあります。`;
    case "gap":
      return `${label}の前に${main}の${problem.expected}がありません。`;
  }
}

function reportBranch(
  problem: BranchProblem,
  articles: readonly Article[],
  fixes: readonly QuickFix[],
  context: RuleContext,
) {
  const heading = articles[problem.index]?.heading;
  if (heading === undefined) return;
  context.report(STRUCTURE_ARTICLE_NUMBERING, {
    span: { start: heading.number.span.start, end: (heading.branch ?? heading.number).span.end },
    message: `${describeBranch(problem, articles)}${ADVICE}`,
    data: fixData(...fixes),
  });
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
    message: `${describe(problem)}${ADVICE}`,
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
    const mains = articles.filter((a) => a.heading.branch === null);
    // A file without a title is an excerpt (第7条 alone, in a note or a test): it may start anywhere.
    const whole = context.analysis.document.blocks.some((b) => b.kind === "title");
    const first = mains[0]?.heading.number.value ?? 1;
    let problems = sequenceProblems(
      mains.map((a) => a.heading.number.value),
      whole ? 1 : first,
    );
    problems = continuedRestarts(problems, mains);
    const branches = branchProblems(articles);
    if (problems.length === 0 && branches.length === 0) return;
    const fix = renumberAll(articles, context.analysis.articleReferences);
    const toLabels = renumberToLabels(context);
    const fixes = toLabels === null ? [fix] : [fix, toLabels];
    for (const problem of problems) report(problem, mains, fixes, context);
    for (const problem of branches) reportBranch(problem, articles, fixes, context);
  },
};
