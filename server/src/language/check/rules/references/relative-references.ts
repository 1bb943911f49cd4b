/**
 * ref.relative: 前条・次条・前項・次項・前号・次号・前各号・次の各号 … that point nowhere: 前条 in
 * the first article, 前項 in the first paragraph, 次の各号 with no items after it. Where the
 * reading is uncertain (前項 in 前文, 各号 after an anchor such as 前項各号) nothing is reported.
 */
import type { Article } from "../../../ast";
import type { ProseLine } from "../../../model/prose-line";
import { parseNumeral } from "../../../values/numerals";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule, type RuleContext } from "../../rule";
import type { Line } from "../../../model/article-model";
import { articleName } from "../../support/labels";
import { maskedText, type ArticleReference } from "../../../model/reference-scan";
import type { Resolver } from "../../../model/reference-resolve";
import { matchesOf } from "../../../pattern-matches";

export const REF_RELATIVE: DiagnosticKind = {
  id: "ref.relative",
  severity: "error",
  title: "「前条」「前項」「次の各号」などの参照先がありません。",
  summary:
    "A relative reference that points nowhere: 前条 in the first article, 次条 in the last, 前項 in the first paragraph, 前号 in the first item, 前各号/次の各号 with no items.",
  fix: "参照先を「第3条」のように番号で書くか、参照先の条・項・号を書き足してください。",
  example: {
    bad: "第1条（目的）\n前条の定めにかかわらず、甲は乙に管理業務を委託する。",
    good: "第1条（目的）\n甲は乙に対し、サーバー環境の管理業務を委託する。",
  },
};

interface Place {
  readonly line: ProseLine;
  readonly article: Article;
  readonly entry: Line;
}

interface Problem {
  readonly start: number;
  readonly text: string;
  readonly message: string;
}

const COLLECTIVE =
  /前各([条項号])|前([二三四五六七八九十2-9２-９])([条項号])|次の各号|(?<![条項号前同本の])各号/gu;
const collectives = matchesOf(COLLECTIVE);

const placeOf = (line: ProseLine): Place | null =>
  line.article === null || line.entry === null ? null : { line, article: line.article, entry: line.entry };

function beforeArticles(line: ProseLine, { index }: Resolver): boolean {
  const first = index.articles[0];
  return first === undefined || line.start < first.span.start;
}

function afterArticles(line: ProseLine, { index }: Resolver): boolean {
  const last = index.articles[index.articles.length - 1];
  return last === undefined || line.start > last.span.start;
}

function paragraphPosition(place: Place, resolver: Resolver): { at: number; count: number } {
  const model = resolver.model(place.article);
  const current = model.paragraphOf(place.entry);
  return { at: current?.position ?? -1, count: model.paragraphs.length };
}

function articleProblem(word: string, line: ProseLine, resolver: Resolver): string | null {
  const here = line.article;
  if (word === "前条") {
    if (here === null) return beforeArticles(line, resolver) ? "前文より前に条はないため" : null;
    return resolver.neighbour(here, -1) === undefined ? `${articleName(here)}は最初の条なので` : null;
  }
  if (here === null) return afterArticles(line, resolver) ? "後文より後に条はないため" : null;
  return resolver.neighbour(here, 1) === undefined ? `${articleName(here)}は最後の条なので` : null;
}

function paragraphProblem(word: string, place: Place, resolver: Resolver): string | null {
  const { at, count } = paragraphPosition(place, resolver);
  if (word === "前項") return at === 0 ? `ここは${articleName(place.article)}の最初の項なので` : null;
  return at === count - 1 ? `ここは${articleName(place.article)}の最後の項なので` : null;
}

function itemProblem(word: string, place: Place, resolver: Resolver): string | null {
  const model = resolver.model(place.article);
  if (word === "前号") return model.itemsBefore(place.entry).length === 0 ? "この前に号がないため" : null;
  if (place.entry.kind !== "item") return null;
  return model.itemsAfter(place.entry).length === 0 ? "この号は最後の号なので" : null;
}

function wordProblem(word: string, line: ProseLine, resolver: Resolver): string | null {
  if (word.endsWith("条")) return articleProblem(word, line, resolver);
  const place = placeOf(line);
  if (place === null) return null;
  return word.endsWith("項") ? paragraphProblem(word, place, resolver) : itemProblem(word, place, resolver);
}

function singleProblem(reference: ArticleReference, resolver: Resolver): Problem | null {
  const head = reference.parts[0];
  if (head === undefined || reference.inherited.length > 0) return null;
  if (head.anchor !== "previous" && head.anchor !== "next") return null;
  const { line } = reference;
  const word = line.text.slice(head.span.start - line.start, head.span.end - line.start);
  const why = wordProblem(word, line, resolver);
  if (why === null) return null;
  return {
    start: head.span.start,
    text: word,
    message: `${why}「${word}」が指すものがありません。参照先を「第3条」のように番号で書くか、文言を見直してください。`,
  };
}

/** How many articles, paragraphs or items stand before this place, for 前各項 / 前二号 … */
function unitsBefore(level: string, place: Place, resolver: Resolver): number {
  if (level === "条") return resolver.positionOf(place.article);
  if (level === "項") return paragraphPosition(place, resolver).at;
  return resolver.model(place.article).itemsBefore(place.entry).length;
}

const UNIT_NAME: Readonly<Record<string, string>> = { 条: "条", 項: "項", 号: "号（（1）（2）…）" };

function countProblem(match: RegExpMatchArray, place: Place, resolver: Resolver): string | null {
  const level = match[1] ?? match[3] ?? "号";
  const needed = match[1] !== undefined ? 1 : (parseNumeral(match[2] ?? "") ?? 1);
  const before = unitsBefore(level, place, resolver);
  if (before >= needed) return null;
  const unit = UNIT_NAME[level] ?? level;
  return before === 0
    ? `この前に${unit}がないため「${match[0]}」が指すものがありません。`
    : `この前には${unit}が${before}つしかないため「${match[0]}」が指すものが足りません。`;
}

function itemsProblem(match: RegExpMatchArray, place: Place, resolver: Resolver): string | null {
  if (place.entry.kind === "item") return null;
  const model = resolver.model(place.article);
  const after = model.itemsAfter(place.entry).length > 0;
  if (match[0] === "次の各号") {
    return after ? null : "この後に号（（1）（2）…）がないため「次の各号」が指すものがありません。";
  }
  const paragraph = model.paragraphOf(place.entry);
  const any = after || (paragraph?.items.length ?? 0) > 0 || model.itemsBefore(place.entry).length > 0;
  return any ? null : "この項には号（（1）（2）…）がないため「各号」が指すものがありません。";
}

/** Whether a line may hold a collective reference (各号, 前各項, 前二号): most lines hold none. */
const MAY_BE_COLLECTIVE = /各|前[二三四五六七八九十2-9２-９]/u;

// An array, not a generator: it is asked of every prose line, and most lines hold nothing.
function collectiveProblems(line: ProseLine, resolver: Resolver): Problem[] {
  if (!MAY_BE_COLLECTIVE.test(line.text)) return [];
  const place = placeOf(line);
  if (place === null) return [];
  const problems: Problem[] = [];
  for (const match of collectives(maskedText(line))) {
    const isCount = match[1] !== undefined || match[2] !== undefined;
    const why = isCount ? countProblem(match, place, resolver) : itemsProblem(match, place, resolver);
    if (why === null) continue;
    problems.push({
      start: line.start + (match.index ?? 0),
      text: match[0],
      message: `${why}参照先を「第3条第1項」のように番号で書くか、参照先の条・項・号を書き足してください。`,
    });
  }
  return problems;
}

function reportProblem(problem: Problem, { report }: RuleContext): void {
  report(REF_RELATIVE, {
    span: { start: problem.start, end: problem.start + problem.text.length },
    message: problem.message,
  });
}

// In steps: every prose line is scanned, ~50 ms at 10,000 articles.
export const relativeReferencesRule: Rule = steppedRule({
  name: "references/relative-references",
  kinds: [REF_RELATIVE],
  *steps(context) {
    const resolver = context.views.resolver;
    // 前条・次項 … among the references the analysis scanned once; 前各号・次の各号 … line by line.
    // The findings are sorted by position afterwards, and the two kinds never share a span.
    yield* eachInSteps(context.analysis.articleReferences, (reference) => {
      const problem = singleProblem(reference, resolver);
      if (problem !== null) reportProblem(problem, context);
    });
    yield* eachInSteps(context.index.proseLines, (line) => {
      for (const problem of collectiveProblems(line, resolver)) reportProblem(problem, context);
    });
  },
});
