/**
 * The outline: parties with their fields, the values of 条件, 前文, each article with its
 * paragraphs (nested in its chapter and section, 第1章・第1節, when the contract has them), 後文,
 * 署名欄 and the annexes — so VS Code's outline and breadcrumbs follow the contract.
 */
import { articleLabel, chapterLabel } from "../article-label";
import type { Article, Block, ChapterBlock, Definition, FieldEntry, Span } from "../ast";
import type { Analysis } from "../model/analysis";
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";
import { formatValue } from "../values/value-parse";

export type ContractSymbolKind = "article" | "paragraph" | "party" | "field" | "section" | "value" | "title";

export interface ContractSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: ContractSymbolKind;
  /** The whole extent of the symbol. */
  readonly span: Span;
  /** What to select when the symbol is chosen (its name). */
  readonly selectionSpan: Span;
  readonly children: readonly ContractSymbol[];
}

function definitionSymbol(definition: Definition, kind: "field" | "value"): ContractSymbol {
  return {
    name: definition.name,
    detail: formatValue(definition.value),
    kind,
    span: definition.span,
    selectionSpan: definition.nameSpan,
    children: [],
  };
}

function definitions(entries: readonly FieldEntry[], kind: "field" | "value"): ContractSymbol[] {
  return entries.flatMap((e) => (e.kind === "definition" ? [definitionSymbol(e, kind)] : []));
}

function articleSymbol(article: Article): ContractSymbol {
  const { heading } = article;
  const paragraphs = article.body.flatMap((entry): ContractSymbol[] => {
    if (entry.kind !== "paragraph" || entry.number === null) return [];
    const text =
      entry.content === null
        ? ""
        : entry.content.inlines.map((i) => (i.kind === "text" ? i.text : "…")).join("");
    return [
      {
        name: `第${entry.number.text}項`,
        detail: text.length > 30 ? `${text.slice(0, 30)}…` : text,
        kind: "paragraph",
        span: entry.span,
        selectionSpan: entry.number.span,
        children: [],
      },
    ];
  });
  return {
    name: articleLabel(heading),
    detail: heading.title ?? "",
    kind: "article",
    span: { start: heading.span.start, end: Math.max(heading.span.end, lastEnd(article)) },
    selectionSpan: heading.span,
    children: paragraphs,
  };
}

function lastEnd(article: Article): number {
  return article.body.reduce((end, entry) => Math.max(end, entry.span.end), article.heading.span.end);
}

function section(
  name: string,
  span: Span,
  selectionSpan: Span,
  children: ContractSymbol[] = [],
): ContractSymbol {
  return { name, detail: "", kind: "section", span, selectionSpan, children };
}

function contentEnd(block: Block, fallback: number): number {
  if (block.kind === "party" || block.kind === "terms" || block.kind === "signatures") {
    return block.entries.reduce((end, e) => Math.max(end, e.span.end), fallback);
  }
  if (block.kind === "preamble" || block.kind === "closing" || block.kind === "annex") {
    return block.lines.reduce((end, e) => Math.max(end, e.span.end), fallback);
  }
  return fallback;
}

function blockSymbol(block: Block): ContractSymbol | null {
  switch (block.kind) {
    case "title":
      return {
        name: block.title,
        detail: "契約書",
        kind: "title",
        span: block.titleSpan,
        selectionSpan: block.titleSpan,
        children: [],
      };
    case "party": {
      const span = { start: block.headerSpan.start, end: contentEnd(block, block.headerSpan.end) };
      const name = block.role === null ? block.symbol : `${block.symbol}（${block.role}）`;
      return {
        name,
        detail: "当事者",
        kind: "party",
        span,
        selectionSpan: block.symbolSpan,
        children: definitions(block.entries, "field"),
      };
    }
    case "terms":
      return section(
        "条件",
        { start: block.headerSpan.start, end: contentEnd(block, block.headerSpan.end) },
        block.headerSpan,
        definitions(block.entries, "value"),
      );
    case "preamble":
    case "closing":
    case "signatures": {
      const name = { preamble: "前文", closing: "後文", signatures: "署名欄" }[block.kind];
      return section(
        name,
        { start: block.headerSpan.start, end: contentEnd(block, block.headerSpan.end) },
        block.headerSpan,
      );
    }
    case "article":
      return articleSymbol(block);
    case "annex":
      return {
        ...section(
          block.heading,
          { start: block.headerSpan.start, end: contentEnd(block, block.headerSpan.end) },
          block.headerSpan,
        ),
        detail: "別紙",
      };
    case "chapter":
      return chapterSymbol(block, []);
    case "leading":
    case "error":
      return null;
  }
}

function chapterSymbol(chapter: ChapterBlock, children: readonly ContractSymbol[]): ContractSymbol {
  const end = children.reduce((e, child) => Math.max(e, child.span.end), chapter.headerSpan.end);
  return {
    name: chapterLabel(chapter),
    detail: chapter.title ?? "",
    kind: "section",
    span: { start: chapter.headerSpan.start, end },
    selectionSpan: chapter.headerSpan,
    children,
  };
}

interface OpenChapter {
  readonly block: ChapterBlock;
  readonly children: ContractSymbol[];
}

/**
 * Articles go into the chapter (and section) open above them; any other block closes it. A 節
 * belongs to the 章 open above it.
 */
export function documentSymbols(analysis: Analysis): ContractSymbol[] {
  return drain(documentSymbolsInSteps(analysis));
}

/** The outline in steps of a few hundred blocks: 50,000 articles' symbols take tens of milliseconds. */
export function* documentSymbolsInSteps(analysis: Analysis): Steps<ContractSymbol[]> {
  const top: ContractSymbol[] = [];
  let chapter: OpenChapter | null = null;
  let section: OpenChapter | null = null;
  const close = (open: OpenChapter | null, into: ContractSymbol[]) => {
    if (open !== null) into.push(chapterSymbol(open.block, open.children));
  };
  const closeAll = () => {
    close(section, chapter?.children ?? top);
    close(chapter, top);
    section = null;
    chapter = null;
  };
  for (const [i, block] of analysis.document.blocks.entries()) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    if (block.kind === "chapter") {
      close(section, chapter?.children ?? top);
      section = null;
      if (block.level === "chapter" || chapter === null) close(chapter, top);
      if (block.level === "chapter") chapter = { block, children: [] };
      else section = { block, children: [] };
      continue;
    }
    const symbol = blockSymbol(block);
    if (symbol === null) continue;
    if (block.kind === "article" && (section !== null || chapter !== null)) {
      (section ?? chapter)?.children.push(symbol);
      continue;
    }
    closeAll();
    top.push(symbol);
  }
  closeAll();
  return top;
}
