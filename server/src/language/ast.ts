/**
 * The syntax tree of a .contract file. Every node carries its source span in UTF-16 offsets
 * (the unit LSP positions use), so a range never needs the grammar's line/column.
 * The shapes are produced by grammar/contract.peggy; `parseContract` (parse/parse-contract.ts)
 * adds the typed values and assembles the document.
 */
import type { Value } from "./values/value";

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextInline {
  readonly kind: "text";
  readonly span: Span;
  /** The text as it renders: {{ and }} are already single braces. */
  readonly text: string;
}

export interface RefSegment {
  readonly text: string;
  readonly span: Span;
}

/** {月額報酬} or {甲.会社名}. */
export interface RefInline {
  readonly kind: "ref";
  readonly span: Span;
  readonly path: readonly string[];
  readonly segments: readonly RefSegment[];
  readonly pathSpan: Span;
}

/** A { that does not form a reference; reported by the parser and rendered as written. */
export interface BrokenRefInline {
  readonly kind: "brokenRef";
  readonly span: Span;
  readonly raw: string;
}

export type Inline = TextInline | RefInline | BrokenRefInline;

/** One line of prose, without its indentation and trailing spaces. */
export interface Prose {
  readonly kind: "prose";
  readonly span: Span;
  readonly inlines: readonly Inline[];
}

export interface Comment {
  readonly kind: "comment";
  readonly span: Span;
  readonly text: string;
}

export interface BlankLine {
  readonly kind: "blankLine";
  readonly span: Span;
}

/** A line a block could not use; reported, and kept so that no text is lost. */
export interface StrayLine {
  readonly kind: "stray";
  readonly span: Span;
  readonly text: string;
}

/** A paragraph (1．) or item (（1）) number, or an article number, as written. */
export interface Numbering {
  /** null when the digits cannot be read as a number (never for well-formed input). */
  readonly value: number | null;
  readonly text: string;
  readonly span: Span;
}

/** 名前：値, in a 条件 block or a 当事者 block. */
export interface Definition {
  readonly kind: "definition";
  readonly span: Span;
  readonly name: string;
  readonly nameSpan: Span;
  readonly valueText: string;
  readonly valueSpan: Span;
  readonly value: Value;
}

export interface TitleBlock {
  readonly kind: "title";
  readonly span: Span;
  readonly title: string;
  readonly titleSpan: Span;
  readonly trivia: readonly (Comment | StrayLine)[];
}

export type FieldEntry = Definition | Comment | StrayLine;

/** 当事者 甲（委託者） with its fields. */
export interface PartyBlock {
  readonly kind: "party";
  readonly span: Span;
  readonly headerSpan: Span;
  readonly symbol: string;
  readonly symbolSpan: Span;
  readonly role: string | null;
  readonly roleSpan: Span | null;
  readonly entries: readonly FieldEntry[];
}

/** 条件: the contract's values. */
export interface TermsBlock {
  readonly kind: "terms";
  readonly span: Span;
  readonly headerSpan: Span;
  readonly entries: readonly FieldEntry[];
}

export type ProseEntry = Prose | Comment | BlankLine;

/** 前文 (before the articles) or 後文 (after them). */
export interface ProseBlock {
  readonly kind: "preamble" | "closing";
  readonly span: Span;
  readonly headerSpan: Span;
  readonly lines: readonly ProseEntry[];
}

export interface Signatory {
  readonly kind: "signatory";
  readonly span: Span;
  readonly symbol: string;
  readonly symbolSpan: Span;
}

/** 署名欄: the signature blocks of the listed parties (all parties when none is listed). */
export interface SignatureBlock {
  readonly kind: "signatures";
  readonly span: Span;
  readonly headerSpan: Span;
  readonly entries: readonly (Signatory | Comment | StrayLine)[];
}

export interface ArticleHeading {
  readonly span: Span;
  readonly number: Numbering;
  /** The 2 of 第15条の2, a branch article inserted after 第15条; null for 第15条 itself. */
  readonly branch: Numbering | null;
  readonly title: string | null;
  readonly titleSpan: Span | null;
}

export interface Paragraph {
  readonly kind: "paragraph";
  readonly span: Span;
  /** 1． as written, or null for a paragraph written without a number. */
  readonly number: Numbering | null;
  readonly content: Prose | null;
}

export interface Item {
  readonly kind: "item";
  readonly span: Span;
  readonly number: Numbering;
  readonly content: Prose | null;
}

export type ArticleEntry = Paragraph | Item | Comment;

/** 第N条（見出し） and its lines. */
export interface Article {
  readonly kind: "article";
  readonly span: Span;
  readonly heading: ArticleHeading;
  readonly body: readonly ArticleEntry[];
}

/** 第1章（総則） or 第1節（…）: groups the articles that follow it, up to the next chapter. */
export interface ChapterBlock {
  readonly kind: "chapter";
  readonly span: Span;
  readonly level: "chapter" | "section";
  readonly headerSpan: Span;
  /** The heading line as written (第1章（総則） or 第1章 総則 with a full-width space), without its layout. */
  readonly heading: string;
  readonly number: Numbering;
  readonly title: string | null;
  readonly titleSpan: Span | null;
  readonly entries: readonly (Comment | StrayLine)[];
}

/** 別紙1（仕様書） or 別紙（仕様書): an annex, prose attached to the contract. */
export interface AnnexBlock {
  readonly kind: "annex";
  readonly span: Span;
  readonly headerSpan: Span;
  /** The heading line as written (別紙1（仕様書）), without its layout. */
  readonly heading: string;
  /** null for an annex written without a number (別紙（仕様書）). */
  readonly number: Numbering | null;
  readonly title: string | null;
  readonly titleSpan: Span | null;
  readonly lines: readonly ProseEntry[];
}

/** Comments and stray lines before the first block. */
export interface LeadingBlock {
  readonly kind: "leading";
  readonly span: Span;
  readonly entries: readonly (Comment | StrayLine)[];
}

/** A block the grammar could not read at all; kept whole for the preview and the formatter. */
export interface ErrorBlock {
  readonly kind: "error";
  readonly span: Span;
  readonly text: string;
}

export type Block =
  | TitleBlock
  | PartyBlock
  | TermsBlock
  | ProseBlock
  | SignatureBlock
  | Article
  | ChapterBlock
  | AnnexBlock
  | LeadingBlock
  | ErrorBlock;

export interface ContractDocument {
  readonly kind: "document";
  readonly span: Span;
  /** Blocks in source order (the order they render in). */
  readonly blocks: readonly Block[];
}
