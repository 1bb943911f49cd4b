/**
 * References to an article by its heading: 「{第条:反社会的勢力の排除}」 prints as 第22条 today and
 * as 第23条 after an article is inserted before it, so it cannot go stale. It is written with the
 * ordinary {…} reference syntax; a name that starts with 第条: (or 第条：) is an article label.
 */
import { articleLabel } from "../article-label";
import type { Article, RefInline } from "../ast";
import { isKanjiOrKanaText } from "../vocabulary/kanji-kana";

const LABEL = /^第条[:：](.+)$/u;

/** The 第条: prefix as written in new references. */
export const ARTICLE_LABEL_PREFIX = "第条:";

/** The heading a {第条:…} reference names, or null when the reference is not one. */
export function articleLabelOf(ref: RefInline): string | null {
  if (ref.path.length !== 1) return null;
  return LABEL.exec(ref.path[0] ?? "")?.[1] ?? null;
}

/** Headings compare as written but for width and spacing: 秘密保持 and 秘密 保持 agree. */
export function headingKey(title: string): string {
  // Most headings are kanji and kana alone: their own key (vocabulary/kanji-kana.ts).
  return isKanjiOrKanaText(title) ? title : title.normalize("NFKC").replace(/\s+/gu, "");
}

/** Every article by its heading's key, in document order; built once per version. */
export function articlesByHeading(articles: Iterable<Article>): Map<string, Article[]> {
  const byHeading = new Map<string, Article[]>();
  for (const article of articles) {
    const title = article.heading.title;
    if (title === null) continue;
    const key = headingKey(title);
    const same = byHeading.get(key);
    if (same === undefined) byHeading.set(key, [article]);
    else same.push(article);
  }
  return byHeading;
}

export type LabelTarget =
  | { readonly kind: "found"; readonly article: Article }
  | { readonly kind: "unknown" }
  | { readonly kind: "ambiguous"; readonly articles: readonly Article[] };

export function resolveArticleLabel(
  byHeading: ReadonlyMap<string, readonly Article[]>,
  label: string,
): LabelTarget {
  const found = byHeading.get(headingKey(label)) ?? [];
  const [only] = found;
  if (only === undefined) return { kind: "unknown" };
  return found.length === 1 ? { kind: "found", article: only } : { kind: "ambiguous", articles: found };
}

/** 第22条 as a label reference prints: the article's number as its heading writes it. */
export function articleNumberText(article: Article): string {
  return articleLabel(article.heading);
}
