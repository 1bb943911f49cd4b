/**
 * Heading lines: which lines are headings, and what their parts are. A heading is a heading only
 * alone on its line, so that prose may start with one (「第14条（秘密保持）及び第15条の規定は…」):
 *
 * - after 第N条 (or 第N条の2): nothing, or （見出し） whose ） ends the line; two typos are still
 *   read as a heading and reported — a （ with no ） after it on the line, and a title without
 *   parentheses after a space (第8条 支払方法);
 * - after 第N章, 第N節 or 別紙N: nothing, （見出し） whose ） ends the line, or a title after a
 *   space (第1章 総則).
 *
 * A title may hold one level of parentheses (第5条（再委託（下請を含む））). A title after a space holds no 。、（ — a line with those is a sentence. The splitter
 * (split-blocks.ts) and the grammar (grammar/contract.peggy, through the parser options) both ask
 * these functions, so they cannot disagree; the TextMate grammar is checked against them by the
 * header-agreement test.
 */
import type { ArticleHeading, Numbering, Span } from "../ast";
import { headingLabel } from "../article-label";
import { layoutTrimmedLength, leadingLayoutLength } from "./layout-space";
import type { ReportProblem } from "./parse-problem";

// The TextMate grammar spells the same three shapes (syntaxes/contract.tmLanguage.json).
const PARENTHESISED = /^[（(](?:[^（()）\r\n]|[（(][^（()）\r\n]*[）)])*[）)]$/u;
const UNCLOSED = /^[（(][^）)\r\n]*$/u;
const BARE = /^[^。、，,（()）\r\n]+$/u;

function opensWithParen(text: string): boolean {
  return text.startsWith("（") || text.startsWith("(");
}

export type TailShape = "empty" | "parenthesised" | "unclosed" | "bare" | "prose";

/** What follows the number of a heading, up to the end of its line. */
export function shapeOf(tail: string): TailShape {
  const end = layoutTrimmedLength(tail);
  const lead = leadingLayoutLength(tail, end);
  if (lead === end) return "empty";
  // The splitter and the grammar ask this of every heading line, mostly （見出し） alone.
  const body = lead === 0 && end === tail.length ? tail : tail.slice(lead, end);
  if (PARENTHESISED.test(body)) return "parenthesised";
  if (UNCLOSED.test(body)) return "unclosed";
  return lead > 0 && BARE.test(body) ? "bare" : "prose";
}

/** Whether 第N条 followed by `tail` is an article heading line. */
export function isArticleTail(tail: string): boolean {
  return shapeOf(tail) !== "prose";
}

/** Whether 第N章, 第N節 or 別紙N followed by `tail` is a heading line. */
export function isTitleTail(tail: string): boolean {
  const shape = shapeOf(tail);
  return shape === "empty" || shape === "parenthesised" || shape === "bare";
}

export interface TitlePart {
  readonly title: string | null;
  readonly titleSpan: Span | null;
  /** Where the heading's text ends (trailing layout excluded); `tailStart` for an empty tail. */
  readonly end: number;
}

/** The title in a heading's tail: inside its parentheses, or the words after the space. */
export function titleOf(tail: string, tailStart: number): TitlePart {
  const trimmedLength = layoutTrimmedLength(tail);
  const lead = leadingLayoutLength(tail, trimmedLength);
  const body = tail.slice(lead, trimmedLength);
  const start = tailStart + lead;
  const end = tailStart + trimmedLength;
  if (body.length === 0) return { title: null, titleSpan: null, end: tailStart };
  if (!opensWithParen(body)) return { title: body, titleSpan: { start, end }, end };
  const inner = PARENTHESISED.test(body) ? body.slice(1, -1) : body.slice(1);
  return { title: inner, titleSpan: { start: start + 1, end: start + 1 + inner.length }, end };
}

export interface HeadingLine {
  readonly number: Numbering;
  readonly branch: Numbering | null;
  /** Everything after 条 (or after の2) up to the end of the line. */
  readonly tail: string;
  /** Offsets in the file. */
  readonly tailStart: number;
  readonly lineStart: number;
}

/** `shape` is shapeOf(line.tail), when the caller has it already (the grammar asked for it). */
export function articleHeading(
  line: HeadingLine,
  report: ReportProblem,
  shape: TailShape = shapeOf(line.tail),
): ArticleHeading {
  const { number, branch, tail, tailStart } = line;
  const { title, titleSpan, end } = titleOf(tail, tailStart);
  const span: Span = { start: line.lineStart, end: title === null ? tailStart : end };
  if (shape !== "bare" && shape !== "unclosed") return { span, number, branch, title, titleSpan };
  const label = headingLabel(number, branch);
  const whole = { start: titleSpan === null ? tailStart : titleSpan.start - (shape === "bare" ? 0 : 1), end };
  if (shape === "bare") {
    report({
      id: "syntax.article-heading",
      message: `${label}の見出しは「${label}（見出し）」のように括弧で囲んでください。`,
      span: whole,
    });
  } else if (shape === "unclosed") {
    report({
      id: "syntax.article-heading",
      message: `${label}の見出しに閉じ括弧「）」がありません。見出しの最後に「）」を書いてください。`,
      span: whole,
    });
  }
  return { span, number, branch, title, titleSpan };
}
