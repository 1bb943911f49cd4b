/**
 * One version of a contract as the comparison reads it: the parts a 新旧対照表 has one row for
 * (the title, 前文, each article, 後文, each annex), each as rendered text — values substituted and
 * invisible characters marked, as the printed contract shows them — with where it stands in the
 * source, so that a row can take the reader there.
 */
import { annexLabel, articleLabel, withTitle } from "../article-label";
import type { Article, ArticleEntry, Block, Span } from "../ast";
import type { Analysis } from "../model/analysis";
import { laidOutBlocks, type LaidOutBlock, type LaidOutLine } from "../render/layout";
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";
import { markInvisible } from "../vocabulary/control-characters";

export type UnitKind = "title" | "preamble" | "article" | "closing" | "annex";

/** A line of an article's body: a paragraph (1．) or an item (（1）), as its entry was written. */
export interface UnitLine {
  readonly kind: "paragraph" | "item";
  /** The number as written (2 of 2．, 3 of （3）), or null for a paragraph without one. */
  readonly number: string | null;
  /** The line as printed, its marker included. */
  readonly text: string;
}

export interface ComparedUnit {
  readonly kind: UnitKind;
  /** 第7条, 第15条の2, 前文, 後文, 別紙1, 題名. */
  readonly label: string;
  /** The article's or annex's heading (報酬 of 第7条（報酬）), or null. */
  readonly title: string | null;
  /** The printed heading line (第7条（報酬）), or the label of a part without one. */
  readonly heading: string;
  readonly lines: readonly UnitLine[];
  /** An article's number and branch number (15 and 2 of 第15条の2), null where unreadable or none. */
  readonly number: number | null;
  readonly branch: number | null;
  /** The block in the source. */
  readonly span: Span;
}

const LABELS: Readonly<Record<Exclude<UnitKind, "article" | "annex">, string>> = {
  title: "題名",
  preamble: "前文",
  closing: "後文",
};

function lineText(line: LaidOutLine): string {
  return markInvisible(line.segments.map((s) => s.text).join(""));
}

function bodyEntries(article: Article): Exclude<ArticleEntry, { kind: "comment" }>[] {
  return article.body.filter((e): e is Exclude<ArticleEntry, { kind: "comment" }> => e.kind !== "comment");
}

function articleUnit(article: Article, laidOut: LaidOutBlock): ComparedUnit {
  const [heading, ...body] = laidOut.groups.flat();
  const entries = bodyEntries(article);
  const label = articleLabel(article.heading);
  return {
    kind: "article",
    label,
    title: article.heading.title,
    heading: heading === undefined ? withTitle(label, article.heading.title) : lineText(heading),
    lines: body.map((line, i) => {
      const entry = entries[i];
      return {
        kind: entry?.kind ?? "paragraph",
        number: entry?.number?.text ?? null,
        text: lineText(line),
      };
    }),
    number: article.heading.number.value,
    branch: article.heading.branch?.value ?? null,
    span: article.span,
  };
}

function proseUnit(kind: UnitKind, label: string, title: string | null, laidOut: LaidOutBlock): ComparedUnit {
  const lines = laidOut.groups.flat().map(lineText);
  const [heading = label, ...body] = kind === "annex" || kind === "title" ? lines : [label, ...lines];
  return {
    kind,
    label,
    title,
    heading,
    lines: body.map((text) => ({ kind: "paragraph", number: null, text })),
    number: null,
    branch: null,
    span: laidOut.source,
  };
}

function unitOf(block: Block, laidOut: LaidOutBlock): ComparedUnit | null {
  switch (block.kind) {
    case "article":
      return articleUnit(block, laidOut);
    case "annex":
      return proseUnit("annex", annexLabel(block), block.title, laidOut);
    case "title":
    case "preamble":
    case "closing":
      return proseUnit(block.kind, LABELS[block.kind], null, laidOut);
    default:
      return null;
  }
}

/** The version's parts in printed order (annexes last, as printed). */
export function comparedUnits(analysis: Analysis): ComparedUnit[] {
  return drain(comparedUnitsInSteps(analysis));
}

/**
 * The same, ITEMS_PER_STEP laid-out blocks per step. Each block is laid out as it is read
 * (`laidOutBlocks`), so no whole layout of either version is built or kept.
 */
export function* comparedUnitsInSteps(analysis: Analysis): Steps<ComparedUnit[]> {
  const blocksByStart = new Map<number, Block>();
  for (const block of analysis.document.blocks) blocksByStart.set(block.span.start, block);
  const scope = analysis.scope;
  yield;
  const units: ComparedUnit[] = [];
  let read = 0;
  for (const laidOut of laidOutBlocks(analysis.document, scope)) {
    if (++read % ITEMS_PER_STEP === 0) yield;
    const block = blocksByStart.get(laidOut.source.start);
    // A title's stray lines are laid out with the title's span too: only the block's own counts.
    if (block === undefined || block.kind !== laidOut.kind || block.span.end !== laidOut.source.end) continue;
    const unit = unitOf(block, laidOut);
    if (unit !== null) units.push(unit);
  }
  return units;
}

/** The unit as one text: its heading line, then its lines. Changed spans are offsets in this. */
export function unitText(unit: ComparedUnit): string {
  return [unit.heading, ...unit.lines.map((l) => l.text)].join("\n");
}

/** The unit's content without its number: what stays the same when an article is renumbered. */
export function contentKey(unit: ComparedUnit): string {
  return `${unit.kind}\u0000${unit.title ?? ""}\u0000${unit.lines.map((l) => l.text).join("\n")}`;
}

export function bodyKey(unit: ComparedUnit): string {
  return `${unit.kind}\u0000${unit.lines.map((l) => l.text).join("\n")}`;
}
