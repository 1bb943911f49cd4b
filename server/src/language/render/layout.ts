/**
 * Lays a parsed contract out as the printed document: blocks of paragraphs of lines, each line a
 * run of segments that remember where they came from. The text, Markdown and HTML renderers all
 * print this one layout, so the three formats cannot drift apart.
 */
import { articleLabel, withTitle } from "../article-label";
import {
  articleLabelOf,
  articleNumberText,
  resolveArticleLabel as resolveLabel,
} from "../model/article-labels";
import type {
  AnnexBlock,
  Article,
  ArticleEntry,
  Block,
  ChapterBlock,
  Comment,
  ContractDocument,
  ErrorBlock,
  Inline,
  PartyBlock,
  Prose,
  ProseBlock,
  ProseEntry,
  RefInline,
  Signatory,
  SignatureBlock,
  Span,
  StrayLine,
} from "../ast";
import { markInvisible } from "../vocabulary/control-characters";
import { PARTY_FIELDS } from "../standard-values";
import { isIndividual, signingFields } from "../model/party-kind";
import { buildValueScope, partyField, partyFields, type ValueScope } from "../model/value-scope";
import { SIZE_FIELDS } from "../law/party-size";
import { formatBlank } from "../values/blank";
import { formatYen } from "../values/money";
import { formatValue } from "../values/value-parse";
import type { Value } from "../values/value";
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";

export type SegmentKind = "text" | "value" | "blank" | "signature" | "unresolved";

export interface Segment {
  readonly kind: SegmentKind;
  readonly text: string;
  /** Where this text stands in the source (for a value: the {reference}). */
  readonly source: Span;
  /** For a value or blank: where it is defined, i.e. where the drafter fills it in. */
  readonly target?: Span;
}

export type LineStyle = "title" | "chapter" | "heading" | "paragraph" | "item" | "field" | "raw";

export interface LaidOutLine {
  readonly style: LineStyle;
  readonly source: Span;
  readonly segments: readonly Segment[];
}

export type LaidOutBlockKind =
  "title" | "preamble" | "chapter" | "article" | "closing" | "signature" | "annex" | "stray" | "error";

export interface LaidOutBlock {
  readonly kind: LaidOutBlockKind;
  readonly source: Span;
  /** Groups of lines; the printed contract separates groups with one blank line. */
  readonly groups: readonly (readonly LaidOutLine[])[];
}

export interface Layout {
  readonly title: string | null;
  readonly blocks: readonly LaidOutBlock[];
}

const SIGNATURE_LINE = "署名・押印";
const SIGNATURE_BLANK = "＿＿＿＿＿＿＿＿＿＿";

function text(value: string, source: Span): Segment {
  return { kind: "text", text: value, source };
}

function valueSegment(value: Value, source: Span, target: Span): Segment {
  const kind = value.type === "blank" ? "blank" : "value";
  return { kind, text: formatValue(value), source, target };
}

function blankText(source: Span, target: Span): Segment {
  return { kind: "blank", text: formatBlank({ type: "blank", of: "text", tax: null }), source, target };
}

function resolvePartyRef(ref: RefInline, party: PartyBlock, field: string | undefined): Segment | null {
  if (field === undefined) return text(party.symbol, ref.span);
  if (field === "役割") return party.role === null ? null : text(party.role, ref.span);
  // {乙.会社名} names the party; an individual's name is its 氏名 (the templates' 前文 say 会社名).
  const named = field === "会社名" && isIndividual(party) ? "氏名" : field;
  const definition = partyField(party, named);
  if (definition !== undefined) return valueSegment(definition.value, ref.span, definition.valueSpan);
  // A standard field left out is a blank to fill; any other name is a typo, shown as written.
  return (PARTY_FIELDS as readonly string[]).includes(field) ? blankText(ref.span, party.headerSpan) : null;
}

function amountOnly(value: Value, source: Span, target: Span): Segment | null {
  if (value.type === "money") return { kind: "value", text: formatYen(value.yen), source, target };
  if (value.type === "blank" && value.of === "money") {
    return { kind: "blank", text: formatBlank({ ...value, tax: null }), source, target };
  }
  return null;
}

/** {第条:秘密保持} prints as the article's current number, 第14条. */
function resolveArticleLabel(ref: RefInline, label: string, scope: ValueScope): Segment | null {
  const target = resolveLabel(scope.articlesByHeading, label);
  if (target.kind !== "found") return null;
  return {
    kind: "value",
    text: articleNumberText(target.article),
    source: ref.span,
    target: target.article.heading.span,
  };
}

/** A reference that names nothing prints as written. */
function unresolvedRef(ref: RefInline): Segment {
  return { kind: "unresolved", text: `{${ref.path.join(".")}}`, source: ref.span };
}

// Every {reference} of the contract passes here: the unresolved segment is made only when needed.
function resolveRef(ref: RefInline, scope: ValueScope): Segment {
  const { path } = ref;
  const name = path[0] ?? "";
  const field = path[1];
  const label = articleLabelOf(ref);
  if (label !== null) return resolveArticleLabel(ref, label, scope) ?? unresolvedRef(ref);
  if (path.length > 2) return unresolvedRef(ref);
  const party = scope.parties.get(name);
  if (party !== undefined) return resolvePartyRef(ref, party, field) ?? unresolvedRef(ref);
  const definition = scope.values.get(name);
  if (definition === undefined) return unresolvedRef(ref);
  if (field === undefined) return valueSegment(definition.value, ref.span, definition.valueSpan);
  if (field === "金額")
    return amountOnly(definition.value, ref.span, definition.valueSpan) ?? unresolvedRef(ref);
  return unresolvedRef(ref);
}

function inlineSegment(inline: Inline, scope: ValueScope): Segment {
  switch (inline.kind) {
    case "text":
      return text(inline.text, inline.span);
    case "brokenRef":
      return { kind: "unresolved", text: inline.raw, source: inline.span };
    case "ref":
      return resolveRef(inline, scope);
  }
}

/** The prose's segments, appended to `segments` (a line's marker comes first, without a copy). */
function proseSegments(prose: Prose | null, scope: ValueScope, segments: Segment[] = []): Segment[] {
  if (prose !== null) for (const inline of prose.inlines) segments.push(inlineSegment(inline, scope));
  return segments;
}

function articleLine(entry: Exclude<ArticleEntry, { kind: "comment" }>, scope: ValueScope): LaidOutLine {
  if (entry.kind === "item") {
    const marker = text(`（${entry.number.text}）`, entry.number.span);
    return { style: "item", source: entry.span, segments: proseSegments(entry.content, scope, [marker]) };
  }
  const marker = entry.number === null ? [] : [text(`${entry.number.text}．`, entry.number.span)];
  return { style: "paragraph", source: entry.span, segments: proseSegments(entry.content, scope, marker) };
}

/** One article laid out on its own (its layout depends on nothing else but the values). */
export function layoutArticle(article: Article, scope: ValueScope): LaidOutBlock {
  const { heading } = article;
  const headingText = withTitle(articleLabel(heading), heading.title);
  const headingLine: LaidOutLine = {
    style: "heading",
    source: heading.span,
    segments: [text(headingText, heading.span)],
  };
  const lines: LaidOutLine[] = [headingLine];
  for (const entry of article.body) if (entry.kind !== "comment") lines.push(articleLine(entry, scope));
  return { kind: "article", source: article.span, groups: [lines] };
}

function proseGroups(lines: readonly ProseEntry[], scope: ValueScope): LaidOutLine[][] {
  const groups: LaidOutLine[][] = [[]];
  for (const line of lines) {
    if (line.kind === "blankLine") {
      if ((groups[groups.length - 1]?.length ?? 0) > 0) groups.push([]);
    } else if (line.kind === "prose") {
      groups[groups.length - 1]?.push({
        style: "paragraph",
        source: line.span,
        segments: proseSegments(line, scope),
      });
    }
  }
  return groups.filter((g) => g.length > 0);
}

function layoutProse(block: ProseBlock, scope: ValueScope): LaidOutBlock {
  return { kind: block.kind, source: block.span, groups: proseGroups(block.lines, scope) };
}

function headingLine(style: LineStyle, heading: string, source: Span): LaidOutLine {
  return { style, source, segments: [text(heading, source)] };
}

function layoutChapter(block: ChapterBlock): LaidOutBlock {
  return {
    kind: "chapter",
    source: block.span,
    groups: [[headingLine("chapter", block.heading, block.headerSpan)]],
  };
}

function layoutAnnex(block: AnnexBlock, scope: ValueScope): LaidOutBlock {
  const heading = headingLine("heading", block.heading, block.headerSpan);
  const [first = [], ...rest] = proseGroups(block.lines, scope);
  return { kind: "annex", source: block.span, groups: [[heading, ...first], ...rest] };
}

/** Lines a block kept without using them: printed as written, so that no text is lost. */
function layoutStrays(entries: readonly (Comment | StrayLine | Signatory)[], source: Span): LaidOutBlock[] {
  const lines = entries.flatMap((e): LaidOutLine[] =>
    e.kind === "stray" ? [{ style: "raw", source: e.span, segments: [text(e.text, e.span)] }] : [],
  );
  return lines.length === 0 ? [] : [{ kind: "stray", source, groups: [lines] }];
}

function fieldLine(party: PartyBlock, field: string): LaidOutLine {
  const definition = partyField(party, field);
  const value =
    definition === undefined
      ? blankText(party.headerSpan, party.headerSpan)
      : valueSegment(definition.value, definition.valueSpan, definition.valueSpan);
  const source = definition?.span ?? party.headerSpan;
  return { style: "field", source, segments: [text(`${field}：`, source), value] };
}

function layoutSignatory(party: PartyBlock, source: Span): LaidOutBlock {
  const header = party.role === null ? party.symbol : `${party.symbol}（${party.role}）`;
  const signing = signingFields(party);
  // The parties' sizes are facts for the law checks (資本金, 従業員数), not part of a signature.
  const extra = partyFields(party)
    .map((d) => d.name)
    .filter((name) => !signing.includes(name) && !SIZE_FIELDS.includes(name));
  const fields = [...signing, ...new Set(extra)].map((field) => fieldLine(party, field));
  const headerLine: LaidOutLine = {
    style: "field",
    source: party.headerSpan,
    segments: [text(header, party.headerSpan)],
  };
  const signature: LaidOutLine = {
    style: "field",
    source,
    segments: [text(`${SIGNATURE_LINE}：`, source), { kind: "signature", text: SIGNATURE_BLANK, source }],
  };
  const [first, ...others] = fields;
  const groups = first === undefined ? [[headerLine]] : [[headerLine, first], ...others.map((f) => [f])];
  return { kind: "signature", source, groups: [...groups, [signature]] };
}

// A signatory with no 当事者 block still gets its signature block (all blank): nothing listed in
// 署名欄 may vanish from the printed contract.
function undeclaredParty(entry: { readonly symbol: string; readonly span: Span }): PartyBlock {
  return {
    kind: "party",
    span: entry.span,
    headerSpan: entry.span,
    symbol: entry.symbol,
    symbolSpan: entry.span,
    role: null,
    roleSpan: null,
    entries: [],
  };
}

function layoutSignatures(block: SignatureBlock, scope: ValueScope): LaidOutBlock[] {
  const listed = block.entries.filter((e) => e.kind === "signatory");
  const parties =
    listed.length === 0
      ? scope.partyOrder.map((party) => ({ party, source: block.headerSpan }))
      : listed.map((e) => ({ party: scope.parties.get(e.symbol) ?? undeclaredParty(e), source: e.span }));
  return parties.map(({ party, source }) => layoutSignatory(party, source));
}

/**
 * An unreadable block, one printed line per source line: as one chunk, its later lines were read
 * as Markdown block syntax (=== made a heading, "- " a list, four spaces a code block).
 */
function layoutError(block: ErrorBlock): LaidOutBlock {
  const lines: LaidOutLine[] = [];
  for (const match of block.text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/gu)) {
    const content = match[0].replace(/[\r\n]+$/u, "");
    if (match[0].length === 0 && match.index > 0 && match.index === block.text.length) break;
    const start = block.span.start + match.index;
    const source = { start, end: start + content.length };
    lines.push({ style: "raw", source, segments: [text(content, source)] });
  }
  return { kind: "error", source: block.span, groups: [lines] };
}

function layoutBlock(block: Block, scope: ValueScope): LaidOutBlock[] {
  switch (block.kind) {
    case "title": {
      const line: LaidOutLine = {
        style: "title",
        source: block.titleSpan,
        segments: [text(block.title, block.titleSpan)],
      };
      return [
        { kind: "title", source: block.span, groups: [[line]] },
        ...layoutStrays(block.trivia, block.span),
      ];
    }
    case "preamble":
    case "closing":
      return [layoutProse(block, scope)];
    case "chapter":
      return [layoutChapter(block), ...layoutStrays(block.entries, block.span)];
    case "article":
      return [layoutArticle(block, scope)];
    case "annex":
      return [layoutAnnex(block, scope)];
    case "signatures":
      return [...layoutSignatures(block, scope), ...layoutStrays(block.entries, block.span)];
    case "error":
      return [layoutError(block)];
    case "leading":
      return layoutStrays(block.entries, block.span);
    case "party":
    case "terms":
      return [];
  }
}

// Annexes are attached after the signatures, wherever the drafter wrote them.
function printOrder(blocks: readonly Block[]): Block[] {
  return [...blocks.filter((b) => b.kind !== "annex"), ...blocks.filter((b) => b.kind === "annex")];
}

export function layoutContract(document: ContractDocument, scope = buildValueScope(document)): Layout {
  return drain(layoutContractInSteps(document, scope));
}

/** The same layout, ITEMS_PER_STEP laid-out blocks per step (see steps.ts). */
export function* layoutContractInSteps(document: ContractDocument, scope: ValueScope): Steps<Layout> {
  const blocks: LaidOutBlock[] = [];
  for (const laidOut of laidOutBlocks(document, scope)) {
    if (blocks.length % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    blocks.push(laidOut);
  }
  return { title: layoutTitle(document), blocks };
}

/** The layout's title, marked here for the HTML <title> and the preview's title alike (see control-characters.ts). */
export function layoutTitle(document: ContractDocument): string | null {
  const titleBlock = document.blocks.find((b) => b.kind === "title");
  return titleBlock?.kind === "title" ? markInvisible(titleBlock.title) : null;
}

/**
 * The layout's blocks in print order, each laid out when it is asked for: the preview renders them
 * as they come, so that a whole layout (15 MB at 10,000 articles) is never held at once.
 */
export function* laidOutBlocks(
  document: ContractDocument,
  scope: ValueScope,
): Generator<LaidOutBlock, void, void> {
  for (const block of printOrder(document.blocks)) {
    for (const laidOut of layoutBlock(block, scope)) if (laidOut.groups.length > 0) yield laidOut;
  }
}
