/** How messages name articles, paragraphs and items: as the drafter wrote them. */
import { articleLabel } from "../../article-label";
import type { Article } from "../../ast";
import type { ContractIndex } from "../../model/contract-index";
import type { LogicalParagraph } from "../../model/article-model";

/** Lowest and highest, without spreading a list that may be 100,000 long into arguments. */
export function bounds(numbers: readonly number[]): { low: number; high: number } | null {
  if (numbers.length === 0) return null;
  return numbers.reduce((b, n) => ({ low: Math.min(b.low, n), high: Math.max(b.high, n) }), {
    low: Number.POSITIVE_INFINITY,
    high: Number.NEGATIVE_INFINITY,
  });
}

export function articleName(article: Article): string {
  return articleLabel(article.heading);
}

export function articleWithTitle(article: Article): string {
  const title = article.heading.title;
  return title === null ? articleName(article) : `${articleName(article)}（${title}）`;
}

/** 「第1条から第25条まで」, for a message that says what does exist. */
export function articleRange(index: ContractIndex): string {
  const range = bounds([...index.articlesByNumber.keys()]);
  if (range === null) return "この契約書には条がありません";
  return `この契約書の条は第${range.low}条から第${range.high}条までです`;
}

/** What items a paragraph has, as a sentence: 「この項の号は第1号から第4号までです。」 */
export function itemRange(paragraph: LogicalParagraph): string {
  const numbers = paragraph.items.flatMap((i) => (i.number.value === null ? [] : [i.number.value]));
  const range = bounds(numbers);
  if (range === null) return "この項には号（（1）（2）…）がありません。";
  const { low, high } = range;
  return low === high
    ? `この項の号は第${low}号だけです。`
    : `この項の号は第${low}号から第${high}号までです。`;
}

/** The related location that shows where an article is. */
export function headingLocation(article: Article, message: string) {
  return { span: article.heading.span, message };
}
