/**
 * Finding the articles the consistency checks compare, by heading rather than by number: a
 * drafter who inserts an article shifts every number after it, but 損害賠償 stays 損害賠償.
 */
import type { Article, Block } from "../../ast";
import type { ContractIndex } from "../../model/contract-index";
import type { ProseLine } from "../../model/prose-line";
import { SERVER_MANAGEMENT } from "../../model/contract-type";

/** The reference contract's headings these checks need; each also matches its aliases. */
export type Topic =
  | "業務内容"
  | "業務範囲外"
  | "再委託"
  | "報酬"
  | "支払方法"
  | "秘密保持"
  | "個人情報保護"
  | "損害賠償"
  | "契約期間";

export function articleOn(index: ContractIndex, topic: Topic): Article | undefined {
  const standard = SERVER_MANAGEMENT.standardArticles.find((a) => a.title === topic);
  return index.articleTitled(topic, ...(standard?.aliases ?? []));
}

/** 第18条（損害賠償）, as the drafter numbered it. */
export function articleLabel(article: Article): string {
  const title = article.heading.title === null ? "" : `（${article.heading.title}）`;
  return `第${article.heading.number.text}条${title}`;
}

export function linesOf(index: ContractIndex, article: Article | undefined): ProseLine[] {
  return article === undefined ? [] : index.proseLines.filter((line) => line.article === article);
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
