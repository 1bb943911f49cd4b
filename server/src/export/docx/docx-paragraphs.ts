/**
 * The contract's lines as Word paragraphs: one paragraph per printed line, in the style of its
 * kind; a heading of an article carries a bookmark on its label (第5条), and every reference to an
 * article in prose is a REF field to that bookmark. Blanks are underlined full-width spaces, as wide
 * as the ＿ they stand for.
 */
import { Bookmark, Paragraph, Tab, TextRun, type ParagraphChild } from "docx";
import type {
  DocumentArticle,
  DocumentBlock,
  DocumentLayout,
  DocumentLine,
  DocumentRun,
} from "../../language";
import { fieldRuns } from "./field-runs";
import { BLANK_RUN, GROUP_SPACING, RUN, SEAL_TAB, SIGNATORY_SPACING, STYLE_IDS } from "./docx-style";

/** The mark beside the signature line where the seal goes; docs/word.md lists it as the one addition. */
export const SEAL = "㊞";

/** A Word bookmark name: a hidden one (leading _), as Word's own cross-references use. */
export function articleBookmark(article: number): string {
  return `_RefArticle${article + 1}`;
}

const BLANKS = /＿+/gu;

/**
 * Characters XML cannot carry (a lone surrogate, U+FFFE, U+FFFF): Word would refuse the whole file.
 * The text render prints them as they are; here they become U+FFFD, the one place the texts differ.
 */
// With the u flag a surrogate range matches only a surrogate that is not half of a pair.
const NOT_XML = /[\uFFFE\uFFFF\uD800-\uDFFF]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}

function plain(text: string): TextRun {
  return new TextRun({ ...RUN, text: xmlSafe(text) });
}

/** A blank's ＿＿＿ as underlined ideographic spaces of the same width; its 円, 年, 月 as text. */
function blankRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(BLANKS)) {
    if (match.index > at) runs.push(plain(text.slice(at, match.index)));
    runs.push(new TextRun({ ...BLANK_RUN, text: "\u3000".repeat(match[0].length) }));
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push(plain(text.slice(at)));
  return runs;
}

/** Text, values and unresolved references print alike: one run for a stretch of them. */
const PLAIN: ReadonlySet<DocumentRun["kind"]> = new Set(["text", "value", "unresolved"]);

function mergePlain(runs: readonly DocumentRun[]): DocumentRun[] {
  const merged: DocumentRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last !== undefined && PLAIN.has(last.kind) && PLAIN.has(run.kind)) {
      merged[merged.length - 1] = { kind: "text", text: last.text + run.text };
    } else merged.push(run);
  }
  return merged;
}

function runsOf(run: DocumentRun): ParagraphChild[] {
  switch (run.kind) {
    case "blank":
    case "signature":
      return blankRuns(run.text);
    case "articleReference":
      return run.article === undefined
        ? [plain(run.text)]
        : fieldRuns(`REF ${articleBookmark(run.article)} \\h`, run.text, RUN);
    default:
      return [plain(run.text)];
  }
}

/** Counts the articles as Word's SEQ fields count them, to restart the count where the contract skips. */
interface Sequence {
  last: number;
}

/** 第, a SEQ field printing the number, 条: a field so that an article inserted in Word renumbers. */
function labelRuns(article: DocumentArticle, sequence: Sequence): ParagraphChild[] {
  if (article.number === null) return [plain(article.label)];
  const restart = article.number === sequence.last + 1 ? "" : ` \\r ${article.number}`;
  sequence.last = article.number;
  return [
    plain("第"),
    ...fieldRuns(`SEQ Article \\* ARABIC${restart}`, String(article.number), RUN),
    plain("条"),
  ];
}

function headingChildren(line: DocumentLine, layout: DocumentLayout, sequence: Sequence): ParagraphChild[] {
  const index = line.article ?? -1;
  const article = layout.articles[index];
  const text = line.runs.map((r) => r.text).join("");
  if (article === undefined || !text.startsWith(article.label)) return line.runs.flatMap(runsOf);
  const rest = text.slice(article.label.length);
  return [
    new Bookmark({ id: articleBookmark(index), children: labelRuns(article, sequence) }),
    ...(rest === "" ? [] : [plain(rest)]),
  ];
}

function styleOf(block: DocumentBlock, line: DocumentLine): string | undefined {
  if (block.kind === "signature") return STYLE_IDS.signature;
  switch (line.style) {
    case "title":
      return STYLE_IDS.title;
    case "chapter":
      return STYLE_IDS.chapter;
    case "heading":
      return block.kind === "article" ? STYLE_IDS.article : STYLE_IDS.chapter;
    case "paragraph":
      return STYLE_IDS.paragraph;
    case "item":
      return STYLE_IDS.item;
    default:
      return undefined;
  }
}

function lineChildren(block: DocumentBlock, line: DocumentLine, layout: DocumentLayout, sequence: Sequence) {
  if (line.article !== undefined) return headingChildren(line, layout, sequence);
  const children = mergePlain(line.runs).flatMap(runsOf);
  const signs = block.kind === "signature" && line.runs.some((r) => r.kind === "signature");
  return signs ? [...children, new TextRun({ ...RUN, children: [new Tab(), SEAL] })] : children;
}

/** The space before a line: a new group starts after a blank line of the text render. */
function spaceBefore(block: DocumentBlock, line: DocumentLine, first: boolean): number | undefined {
  if (!first || line.style === "heading" || line.style === "chapter") return undefined;
  return block.kind === "signature" ? SIGNATORY_SPACING : GROUP_SPACING;
}

function paragraphOf(block: DocumentBlock, line: DocumentLine, first: boolean, children: ParagraphChild[]) {
  const before = spaceBefore(block, line, first);
  const signature = block.kind === "signature";
  return new Paragraph({
    style: styleOf(block, line),
    spacing: before === undefined ? undefined : { before },
    // A party's lines stay on one page, down to its signature line.
    keepNext: signature && !line.runs.some((r) => r.kind === "signature") ? true : undefined,
    tabStops: signature ? [SEAL_TAB] : undefined,
    children,
  });
}

export function contractParagraphs(layout: DocumentLayout): Paragraph[] {
  const sequence: Sequence = { last: 0 };
  const paragraphs: Paragraph[] = [];
  for (const [b, block] of layout.blocks.entries()) {
    for (const [g, group] of block.groups.entries()) {
      for (const [l, line] of group.entries()) {
        const first = l === 0 && (b > 0 || g > 0) && (block.kind !== "signature" || g === 0);
        paragraphs.push(paragraphOf(block, line, first, lineChildren(block, line, layout, sequence)));
      }
    }
  }
  return paragraphs;
}
