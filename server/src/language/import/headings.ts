/**
 * Which lines of an imported document are article, chapter and annex headings, and how each is
 * written. The language's own rule decides (parse/split-blocks.ts, parse/heading.ts), so a line
 * is a heading in the .contract exactly when it is one here. Two shapes the language reports as
 * errors are settled: 「第8条 支払方法」 is written 「第8条（支払方法）」, and 「第7条（報酬」,
 * never closed, stays prose.
 */
import { headerKindAt } from "../parse/split-blocks";
import { withoutLayout } from "../parse/layout-space";

const ARTICLE =
  /^[ \t\u3000]*(第(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+)条(?:の(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+))?)(.*)$/u;
const OPENS = /^[（(]/u;
const CLOSES = /[）)]$/u;

export type HeadingKind = "article" | "chapter" | "annex";

export interface Heading {
  readonly kind: HeadingKind;
  /** The heading line as it is written in the .contract. */
  readonly source: string;
}

function articleSource(line: string): string | null {
  const match = ARTICLE.exec(line);
  if (match === null) return null;
  const label = match[1] ?? "";
  const tail = withoutLayout(match[2] ?? "");
  if (tail.length === 0) return label;
  if (OPENS.test(tail)) return CLOSES.test(tail) ? `${label}${tail}` : null;
  return `${label}（${tail}）`;
}

export function headingOf(line: string): Heading | null {
  const kind = headerKindAt(line, 0);
  if (kind === "article") {
    const source = articleSource(line);
    return source === null ? null : { kind, source };
  }
  if (kind === "chapter" || kind === "annex") return { kind, source: withoutLayout(line) };
  return null;
}
