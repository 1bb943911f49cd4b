/**
 * Finds references to articles, paragraphs and items in a line of prose: 第3条, 第18条第2項,
 * 第14条第2項第1号, 前条第2項, 同項第3号, 第2項及び第3項 … A reference is a chain of adjacent
 * tokens of descending level (条 → 項 → 号). Citations of statutes (民法第415条, 同法第2条,
 * 平成15年法律第57号) are kept but flagged, so that no check reads them as this contract's articles
 * and no renumbering rewrites them. So are citations of the contract a 変更覚書 amends, and a line
 * that is one quotation refers to nothing (amendment-quotes.ts).
 */
import type { Inline, Span } from "../ast";
import type { ProseLine } from "./prose-line";
import { parseNumeral } from "../values/numerals";
import { amendedContractQuotes, isQuotationLine, otherContractSpans } from "./amendment-quotes";
import { matchesOf } from "../pattern-matches";
import { drain, eachInSteps, type Steps } from "../steps";

export type Level = "article" | "paragraph" | "item";

/** How a token names its target: by number (第3条) or relative to where it is written (前条). */
export type Anchor = "number" | "previous" | "next" | "same" | "this";

export interface WrittenNumber {
  readonly value: number | null;
  readonly text: string;
  /** The digits alone: what renumbering replaces. */
  readonly span: Span;
}

export interface RefPart {
  readonly level: Level;
  readonly anchor: Anchor;
  /** For anchor "number" only. */
  readonly number: WrittenNumber | null;
  /** The 2 of 第3条の2 (a branch article), as written. */
  readonly branch: WrittenNumber | null;
  /** The whole token: 第3条, 前項 … */
  readonly span: Span;
}

export interface ArticleReference {
  readonly line: ProseLine;
  /** Every token written for this reference, 同条 included. */
  readonly span: Span;
  /** Tokens written in this reference, highest level first. */
  readonly parts: readonly RefPart[];
  /**
   * Higher-level parts this reference takes from the one before it: in 「第3条第1項及び第2項」
   * the second reference is 第3条第2項; in 「前条第1項…同項第2号」 同項 is 前条第1項.
   */
  readonly inherited: readonly RefPart[];
  /** A citation of a statute or of the amended contract (原契約第7条), not of this contract. */
  readonly statute: boolean;
}

const LEVEL_OF: Readonly<Record<string, Level>> = { 条: "article", 項: "paragraph", 号: "item" };
const RANK: Readonly<Record<Level, number>> = { article: 0, paragraph: 1, item: 2 };
const ANCHOR_OF: Readonly<Record<string, Anchor>> = { 前: "previous", 次: "next", 同: "same", 本: "this" };

const NUMERAL = "[0-9０-９〇一二三四五六七八九十百千]+";
// A branch number: 第15条の2, 第十五条の二. A kanji one must end the word (第三条の一部 is a part
// of 第3条, not its branch 一), unless a reference goes on (第十五条の二第1項).
const BRANCH = "[0-9０-９]+|[〇一二三四五六七八九十百千]+(?!(?!第)\\p{Script=Han})";
// 同条件, 前項目, 条例, 条約 are words, not references.
const TOKEN = new RegExp(
  `(?:第(${NUMERAL})([条項号])(?:の(${BRANCH}))?|([前次同本])([条項号]))(?![件例約目])`,
  "gu",
);
const tokens = matchesOf(TOKEN);

// Text just before a citation of a statute: a law's name (民法, 個人情報保護法, 会社法施行規則,
// …に関する法律, 同法, 同令) or a law number (法律第57号), optionally followed by its number in
// parentheses (民法（明治29年法律第89号）第415条).
const LAW_NAME = /(?:法|令|規則|条例|規程|法律|告示|訓令|通達)$/u;
const NOT_A_LAW = /(?:方法|手法|用法|工法|技法|作法|寸法|製法|文法|論法|算法|療法)$/u;
const TRAILING_PARENTHESIS = /（[^（）]*）$/u;

// What may stand between two references of one enumeration or range.
const CONNECTOR = /^(?:及び|並びに|又は|若しくは|ないし|乃至|から|、|，|,|・)$/u;

/**
 * Prose as written, with each {value reference} blanked out so that its name is not read as text,
 * and the amended contract's words a 変更覚書 quotes blanked too (amendment-quotes.ts).
 */
export function maskedText(line: ProseLine): string {
  if (isQuotationLine(line.text)) return "□".repeat(line.text.length);
  const quotes = amendedContractQuotes(line.text);
  const text = ownText(line);
  if (quotes.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const quote of quotes) {
    pieces.push(text.slice(at, quote.start), "□".repeat(quote.end - quote.start));
    at = quote.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

function ownText(line: ProseLine): string {
  // Most lines are text alone: their own text, without pieces to join.
  if (line.prose.inlines.every(isText)) return line.text;
  const pieces: string[] = [];
  let at = 0;
  for (const inline of line.prose.inlines) {
    if (inline.kind === "text") continue;
    const from = inline.span.start - line.start;
    const to = inline.span.end - line.start;
    pieces.push(line.text.slice(at, from), "□".repeat(to - from));
    at = to;
  }
  pieces.push(line.text.slice(at));
  return pieces.join("");
}

function isText(inline: Inline): boolean {
  return inline.kind === "text";
}

/** The branch digits end the token: 第3条の2 → 2 at the token's end. */
function branchNumber(digits: string, token: Span, written: string): WrittenNumber {
  const start = token.start + written.length - digits.length;
  return { value: parseNumeral(digits), text: digits, span: { start, end: start + digits.length } };
}

function partOf(match: RegExpMatchArray, lineStart: number): RefPart {
  const start = lineStart + (match.index ?? 0);
  const span = { start, end: start + match[0].length };
  const [, digits, numberedLevel, branch, relative, relativeLevel] = match;
  if (digits !== undefined && numberedLevel !== undefined) {
    const digitsStart = start + 1;
    return {
      level: LEVEL_OF[numberedLevel] ?? "article",
      anchor: "number",
      number: {
        value: parseNumeral(digits),
        text: digits,
        span: { start: digitsStart, end: digitsStart + digits.length },
      },
      branch: branch === undefined ? null : branchNumber(branch, span, match[0]),
      span,
    };
  }
  return {
    level: LEVEL_OF[relativeLevel ?? "条"] ?? "article",
    anchor: ANCHOR_OF[relative ?? "本"] ?? "this",
    number: null,
    branch: null,
    span,
  };
}

/** Adjacent tokens of descending level form one reference; a relative token only starts one. */
function chainsOf(parts: readonly RefPart[]): RefPart[][] {
  const chains: RefPart[][] = [];
  for (const part of parts) {
    const chain = chains[chains.length - 1];
    const last = chain?.[chain.length - 1];
    const continues =
      chain !== undefined &&
      last !== undefined &&
      last.span.end === part.span.start &&
      part.anchor === "number" &&
      RANK[part.level] > RANK[last.level];
    if (continues) chain.push(part);
    else chains.push([part]);
  }
  return chains;
}

// A law's name and its number in parentheses fit well within this many characters; looking no
// further keeps a megabyte line of references linear.
const LOOK_BEHIND = 80;

function citesStatute(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - LOOK_BEHIND), offset).replace(TRAILING_PARENTHESIS, "");
  return LAW_NAME.test(before) && !NOT_A_LAW.test(before);
}

export function effectiveParts(reference: ArticleReference): readonly RefPart[] {
  return [...reference.inherited, ...reference.parts];
}

function partsUpTo(reference: ArticleReference, level: Level): RefPart[] {
  return effectiveParts(reference).filter((p) => RANK[p.level] <= RANK[level]);
}

function spanOf(chain: readonly RefPart[]): Span {
  return { start: chain[0]?.span.start ?? 0, end: chain[chain.length - 1]?.span.end ?? 0 };
}

/** 同条・同項・同号: the same target as the reference before, or nothing to check. */
function resolveSame(
  chain: readonly RefPart[],
  previous: ArticleReference | undefined,
  line: ProseLine,
): ArticleReference | null {
  const [head, ...rest] = chain;
  if (head === undefined || previous === undefined) return null;
  const inherited = partsUpTo(previous, head.level);
  if (inherited[inherited.length - 1]?.level !== head.level) return null;
  return { line, span: spanOf(chain), parts: rest, inherited, statute: previous.statute };
}

function continued(
  chain: readonly RefPart[],
  previous: ArticleReference | undefined,
  text: string,
  line: ProseLine,
): ArticleReference {
  const head = chain[0];
  const offset = head === undefined ? 0 : head.span.start - line.start;
  const ownStatute = citesStatute(text, offset);
  const span = spanOf(chain);
  const between = previous === undefined ? "" : text.slice(previous.span.end - line.start, offset);
  if (previous === undefined || head === undefined || !CONNECTOR.test(between)) {
    return { line, span, parts: chain, inherited: [], statute: ownStatute };
  }
  const inherited = effectiveParts(previous).filter((p) => RANK[p.level] < RANK[head.level]);
  return { line, span, parts: chain, inherited, statute: ownStatute || previous.statute };
}

/** Whether a line may hold a reference at all: most lines hold none (made once, not per line). */
const MAY_HOLD_REFERENCE = /[条項号]/u;

const NO_REFERENCES: readonly ArticleReference[] = [];

/** Every reference to an article, paragraph or item written in `line`, in order. */
export function scanReferences(line: ProseLine): readonly ArticleReference[] {
  if (!MAY_HOLD_REFERENCE.test(line.text) || isQuotationLine(line.text)) return NO_REFERENCES;
  const text = maskedText(line);
  const cited = otherContractSpans(text);
  // The first cited span that does not end before the reference (references come in order); no
  // closure per line for it (a line with 条・項・号 is most lines).
  let next = 0;
  const parts = [...tokens(text)].map((m) => partOf(m, line.start));
  const references: ArticleReference[] = [];
  for (const chain of chainsOf(parts)) {
    const previous = references[references.length - 1];
    if (chain[0]?.anchor === "same") {
      const same = resolveSame(chain, previous, line);
      if (same !== null) references.push(same);
      continue;
    }
    const reference = continued(chain, previous, text, line);
    const offset = reference.span.start - line.start;
    while ((cited[next]?.end ?? Infinity) <= offset) next++;
    const span = cited[next];
    const citesOther = span !== undefined && span.start <= offset;
    references.push(citesOther ? { ...reference, statute: true } : reference);
  }
  return references;
}

/** The references of every line of prose, in source order. */
export function scanAll(lines: readonly ProseLine[]): ArticleReference[] {
  return drain(scanAllInSteps(lines));
}

/** The same, a few lines per step: the lines of 10,000 articles took 9-15 ms in one go. */
export function* scanAllInSteps(lines: readonly ProseLine[]): Steps<ArticleReference[]> {
  const all: ArticleReference[] = [];
  // Pushed one by one, not flatMap: most lines hold no reference, and a line may hold more
  // references than a call takes arguments.
  yield* eachInSteps(lines, (line) => {
    for (const reference of scanReferences(line)) all.push(reference);
  });
  return all;
}
