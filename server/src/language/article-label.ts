/** How an article, a chapter and an annex are named: as written, 第15条の2 or 第十五条の二. */
import type { AnnexBlock, ArticleHeading, ChapterBlock, Numbering } from "./ast";

export function headingLabel(number: Numbering, branch: Numbering | null): string {
  return `第${number.text}条${branch === null ? "" : `の${branch.text}`}`;
}

/** 第15条 or 第15条の2. */
export function articleLabel(heading: ArticleHeading): string {
  return headingLabel(heading.number, heading.branch);
}

/** 第1章 or 第2節. */
export function chapterLabel(chapter: ChapterBlock): string {
  return `第${chapter.number.text}${chapter.level === "chapter" ? "章" : "節"}`;
}

/** 別紙1, or 別紙 for an annex without a number. */
export function annexLabel(annex: AnnexBlock): string {
  return `別紙${annex.number?.text ?? ""}`;
}

/** A heading line as printed: the label, then （見出し） when there is one. */
export function withTitle(label: string, title: string | null): string {
  return title === null ? label : `${label}（${title}）`;
}
