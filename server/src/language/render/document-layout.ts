/**
 * The printed contract as a word processor needs it: the same lines as the text render (layout.ts),
 * each a run of pieces, with what a text file cannot carry made explicit — which heading belongs to
 * which article, and which 第N条 in prose names which article. The DOCX export writes a bookmark on
 * each heading and a REF field for each reference from this, so the references follow when the
 * articles are renumbered in Word. Joining a line's runs gives exactly its line of `renderText`.
 */
import type { Article, Span } from "../ast";
import type { Analysis } from "../model/analysis";
import { createResolver } from "../model/reference-resolve";
import { articleLabel } from "../article-label";
import { markInvisible } from "../vocabulary/control-characters";
import type { LaidOutBlockKind, LineStyle, Segment, SegmentKind } from "./layout";

export interface DocumentRun {
  /** "articleReference": a 第N条 that names an article of this contract, printed as its label. */
  readonly kind: SegmentKind | "articleReference";
  readonly text: string;
  /** For an article reference: the place of the article it names among `articles`. */
  readonly article?: number;
}

export interface DocumentArticle {
  /** 第5条 or 第15条の2, as printed. */
  readonly label: string;
  /** The number when the label is 第N条 with N in ASCII digits (what a Word SEQ field prints). */
  readonly number: number | null;
}

export interface DocumentLine {
  readonly style: LineStyle;
  readonly runs: readonly DocumentRun[];
  /** For an article's heading line: the place of the article among `articles`. */
  readonly article?: number;
}

export interface DocumentBlock {
  readonly kind: LaidOutBlockKind;
  readonly groups: readonly (readonly DocumentLine[])[];
}

export interface DocumentLayout {
  readonly title: string | null;
  readonly blocks: readonly DocumentBlock[];
  /** Every article, in source order. */
  readonly articles: readonly DocumentArticle[];
}

interface Link {
  readonly span: Span;
  readonly article: number;
}

function documentArticle(article: Article): DocumentArticle {
  const { number, branch } = article.heading;
  const plain = branch === null && /^[0-9]+$/u.test(number.text) && number.value !== null;
  return { label: articleLabel(article.heading), number: plain ? number.value : null };
}

/**
 * The 第N条 tokens in prose that name an article exactly as its heading prints it, in source order.
 * A reference written otherwise (第５条, 第五条 for 第5条) stays text: a field would print it
 * differently once Word updates it.
 */
function articleLinks(analysis: Analysis, place: ReadonlyMap<Article, number>): Link[] {
  const resolver = createResolver(analysis.index);
  const links: Link[] = [];
  for (const reference of analysis.articleReferences) {
    const part = reference.parts.find((p) => p.level === "article");
    if (part === undefined || part.anchor !== "number") continue;
    const target = resolver.article(reference);
    if (target.kind !== "found") continue;
    const written = analysis.text.slice(part.span.start, part.span.end);
    const article = place.get(target.article);
    if (article !== undefined && written === articleLabel(target.article.heading)) {
      links.push({ span: part.span, article });
    }
  }
  return links.sort((a, b) => a.span.start - b.span.start);
}

/** The first link that starts at or after `offset` (links are sorted). */
function firstLinkFrom(links: readonly Link[], offset: number): number {
  let low = 0;
  let high = links.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((links[middle]?.span.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function run(kind: DocumentRun["kind"], text: string, article?: number): DocumentRun {
  return article === undefined
    ? { kind, text: markInvisible(text) }
    : { kind, text: markInvisible(text), article };
}

/** A text segment copied from the source, cut around the references it contains. */
function splitText(segment: Segment, links: readonly Link[], source: string): DocumentRun[] {
  const { start, end } = segment.source;
  if (source.slice(start, end) !== segment.text) return [run("text", segment.text)];
  const runs: DocumentRun[] = [];
  let at = start;
  for (let i = firstLinkFrom(links, start); i < links.length; i++) {
    const link = links[i];
    if (link === undefined || link.span.end > end) break;
    if (link.span.start > at) runs.push(run("text", source.slice(at, link.span.start)));
    runs.push(run("articleReference", source.slice(link.span.start, link.span.end), link.article));
    at = link.span.end;
  }
  if (at < end) runs.push(run("text", source.slice(at, end)));
  return runs;
}

/** {第条:秘密保持} prints an article's label; its target is the heading. */
function segmentRuns(
  segment: Segment,
  links: readonly Link[],
  headings: ReadonlyMap<number, number>,
  source: string,
): DocumentRun[] {
  if (segment.kind === "text") return splitText(segment, links, source);
  const article = segment.kind === "value" ? headings.get(segment.target?.start ?? -1) : undefined;
  return [run(article === undefined ? segment.kind : "articleReference", segment.text, article)];
}

export function documentLayout(analysis: Analysis): DocumentLayout {
  const articles = analysis.index.articles;
  const place = new Map(articles.map((a, i) => [a, i]));
  const headings = new Map(articles.map((a, i) => [a.heading.span.start, i]));
  const links = articleLinks(analysis, place);
  const { layout, text } = analysis;
  const blocks = layout.blocks.map((block): DocumentBlock => ({
    kind: block.kind,
    groups: block.groups.map((group) =>
      group.map((line): DocumentLine => {
        const article =
          block.kind === "article" && line.style === "heading" ? headings.get(line.source.start) : undefined;
        if (article !== undefined)
          return {
            style: line.style,
            runs: [run("text", line.segments.map((s) => s.text).join(""))],
            article,
          };
        return {
          style: line.style,
          runs: line.segments.flatMap((s) => segmentRuns(s, links, headings, text)),
        };
      }),
    ),
  }));
  return { title: layout.title, blocks, articles: articles.map(documentArticle) };
}
