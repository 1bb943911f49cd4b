/**
 * Finding the articles the consistency checks compare, by heading rather than by number: a
 * drafter who inserts an article shifts every number after it, but 損害賠償 stays 損害賠償.
 */
import type { Article, Block } from "../../ast";
import type { ContractIndex } from "../../model/contract-index";
import type { ProseLine } from "../../model/prose-line";
import type { ArticleTopic } from "../../model/article-topics";

/** The first article on the topic, whatever its heading (model/article-topics.ts). */
export function articleOn(index: ContractIndex, topic: ArticleTopic): Article | undefined {
  return index.topics.articleOn(topic);
}

/** Every article on the topic: 損害賠償 and a separate 責任の制限 are both 損害賠償. */
export function articlesOn(index: ContractIndex, topic: ArticleTopic): readonly Article[] {
  return index.topics.articlesOn(topic);
}

/** 第18条（損害賠償）, as the drafter numbered it. */
export function articleLabel(article: Article): string {
  const title = article.heading.title === null ? "" : `（${article.heading.title}）`;
  return `第${article.heading.number.text}条${title}`;
}

export function linesOf(index: ContractIndex, article: Article | undefined): readonly ProseLine[] {
  return article === undefined ? [] : index.proseLinesOf(article);
}

/**
 * The lines of every article on the topic, in source order: the topic's articles are in source
 * order, and so are each article's lines (a dozen calls per check each passed over every line:
 * ~3% of the check at 10,000 articles).
 */
export function topicLines(index: ContractIndex, topic: ArticleTopic): readonly ProseLine[] {
  const articles = index.topics.articlesOn(topic);
  // Most topics are one article: its own lines. A loop, not flatMap (~0.5 µs a call, a dozen calls).
  const [only] = articles;
  if (articles.length === 1 && only !== undefined) return index.proseLinesOf(only);
  const lines: ProseLine[] = [];
  for (const article of articles) for (const line of index.proseLinesOf(article)) lines.push(line);
  return lines;
}

/** The lines of 後文 (where 「本書2通を作成し」 is written). */
export function closingLines(index: ContractIndex, blocks: readonly Block[]): ProseLine[] {
  const closings = blocks.filter((b) => b.kind === "closing");
  return index.proseLines.filter(
    (line) =>
      line.article === null && closings.some((b) => b.span.start <= line.start && line.start < b.span.end),
  );
}

/**
 * 第18条第2項 or 第3条第1号: where a line sits, for related-location messages. An article of a
 * single paragraph is named by the article alone, as Japanese drafting does.
 */
export function placeLabel(index: ContractIndex, line: ProseLine): string {
  if (line.article === null) return "前文・後文";
  const article = `第${line.article.heading.number.text}条`;
  const entry = line.entry;
  if (entry === null) return article;
  if (entry.kind === "item") return `${article}第${entry.number.text}号`;
  const paragraphs = index.paragraphsOf(line.article);
  if (paragraphs.length < 2) return article;
  const position = paragraphs.findIndex((p) => p.paragraph === entry) + 1;
  const number = entry.number?.text ?? String(position);
  return `${article}第${number}項`;
}
