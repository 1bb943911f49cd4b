/**
 * Which article covers each standard article of a contract type. A topic this program knows
 * (article-topics.ts: 秘密保持 also under 機密保持, 責任の制限 under 損害賠償 …) is found as every
 * check finds it; a type's own topic (秘密情報の定義, 検収) by its name or one of its aliases in a
 * heading. One scan of the headings per standard article the type names (at most 100, by the
 * schema): linear in the contract.
 */
import type { Article } from "../ast";
import { isArticleTopic } from "./article-topics";
import type { ContractIndex } from "./contract-index";
import type { ContractType, StandardArticle } from "./contract-type";

/** The first article whose heading contains one of the words. */
function articleWithHeadingWord(articles: readonly Article[], words: readonly string[]): Article | undefined {
  if (words.length === 0) return undefined;
  return articles.find((article) => {
    const heading = article.heading.title;
    return heading !== null && words.some((word) => heading.includes(word));
  });
}

export function articleCovering(
  standard: Pick<StandardArticle, "topic" | "aliases">,
  index: ContractIndex,
): Article | undefined {
  const known = isArticleTopic(standard.topic) ? index.topics.articleOn(standard.topic) : undefined;
  if (known !== undefined) return known;
  const words = isArticleTopic(standard.topic) ? standard.aliases : [standard.topic, ...standard.aliases];
  return articleWithHeadingWord(index.articles, words);
}

/** The article covering each standard article, in the type's order (undefined: missing). */
export function typeCoverage(type: ContractType, index: ContractIndex): (Article | undefined)[] {
  return type.standardArticles.map((standard) => articleCovering(standard, index));
}
