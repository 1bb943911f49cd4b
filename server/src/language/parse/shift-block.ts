/**
 * Moves a parsed block to another offset. An edit earlier in the file moves every later block by
 * the same amount without changing it, so re-parsing reuses those blocks moved rather than reading
 * them again. Written per node type with every field spelled out, rather than as a generic walk or
 * with object spread: it copies thousands of blocks per keystroke, and both of those are several
 * times slower. Every span of the tree must be moved here; the incremental-parse test compares
 * every node with a full parse, so a field added to the syntax tree and forgotten here fails it.
 */
import type {
  ArticleEntry,
  ArticleHeading,
  Block,
  Comment,
  Definition,
  FieldEntry,
  Inline,
  Numbering,
  Prose,
  ProseEntry,
  Signatory,
  Span,
  StrayLine,
} from "../ast";
import type { BlockLine } from "./block-lines";

export function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function shiftOptionalSpan(span: Span | null, delta: number): Span | null {
  return span === null ? null : shiftSpan(span, delta);
}

function shiftNumbering(n: Numbering, delta: number): Numbering {
  return { value: n.value, text: n.text, span: shiftSpan(n.span, delta) };
}

export function shiftInline(inline: Inline, delta: number): Inline {
  switch (inline.kind) {
    case "text":
      return { kind: "text", span: shiftSpan(inline.span, delta), text: inline.text };
    case "brokenRef":
      return { kind: "brokenRef", span: shiftSpan(inline.span, delta), raw: inline.raw };
    case "ref":
      return {
        kind: "ref",
        span: shiftSpan(inline.span, delta),
        path: inline.path,
        segments: inline.segments.map((s) => ({ text: s.text, span: shiftSpan(s.span, delta) })),
        pathSpan: shiftSpan(inline.pathSpan, delta),
      };
  }
}

function shiftProse(prose: Prose, delta: number): Prose {
  return {
    kind: "prose",
    span: shiftSpan(prose.span, delta),
    inlines: prose.inlines.map((inline) => shiftInline(inline, delta)),
  };
}

function shiftOptionalProse(prose: Prose | null, delta: number): Prose | null {
  return prose === null ? null : shiftProse(prose, delta);
}

function shiftComment(c: Comment, delta: number): Comment {
  return { kind: "comment", span: shiftSpan(c.span, delta), text: c.text };
}

function shiftStray(s: StrayLine, delta: number): StrayLine {
  return { kind: "stray", span: shiftSpan(s.span, delta), text: s.text };
}

function shiftTrivia(entry: Comment | StrayLine, delta: number): Comment | StrayLine {
  return entry.kind === "comment" ? shiftComment(entry, delta) : shiftStray(entry, delta);
}

function shiftDefinition(d: Definition, delta: number): Definition {
  return {
    kind: "definition",
    span: shiftSpan(d.span, delta),
    name: d.name,
    nameSpan: shiftSpan(d.nameSpan, delta),
    valueText: d.valueText,
    valueSpan: shiftSpan(d.valueSpan, delta),
    value: d.value,
  };
}

function shiftFieldEntry(entry: FieldEntry, delta: number): FieldEntry {
  return entry.kind === "definition" ? shiftDefinition(entry, delta) : shiftTrivia(entry, delta);
}

function shiftProseEntry(entry: ProseEntry, delta: number): ProseEntry {
  switch (entry.kind) {
    case "prose":
      return shiftProse(entry, delta);
    case "comment":
      return shiftComment(entry, delta);
    case "blankLine":
      return { kind: "blankLine", span: shiftSpan(entry.span, delta) };
  }
}

function shiftSignatureEntry(
  entry: Signatory | Comment | StrayLine,
  delta: number,
): Signatory | Comment | StrayLine {
  if (entry.kind !== "signatory") return shiftTrivia(entry, delta);
  return {
    kind: "signatory",
    span: shiftSpan(entry.span, delta),
    symbol: entry.symbol,
    symbolSpan: shiftSpan(entry.symbolSpan, delta),
  };
}

function shiftArticleEntry(entry: ArticleEntry, delta: number): ArticleEntry {
  switch (entry.kind) {
    case "paragraph":
      return {
        kind: "paragraph",
        span: shiftSpan(entry.span, delta),
        number: entry.number === null ? null : shiftNumbering(entry.number, delta),
        content: shiftOptionalProse(entry.content, delta),
      };
    case "item":
      return {
        kind: "item",
        span: shiftSpan(entry.span, delta),
        number: shiftNumbering(entry.number, delta),
        content: shiftOptionalProse(entry.content, delta),
      };
    case "comment":
      return shiftComment(entry, delta);
  }
}

function shiftHeading(h: ArticleHeading, delta: number): ArticleHeading {
  return {
    span: shiftSpan(h.span, delta),
    number: shiftNumbering(h.number, delta),
    branch: h.branch === null ? null : shiftNumbering(h.branch, delta),
    title: h.title,
    titleSpan: shiftOptionalSpan(h.titleSpan, delta),
  };
}

export function shiftBlock(block: Block, delta: number): Block {
  if (delta === 0) return block;
  const span = shiftSpan(block.span, delta);
  switch (block.kind) {
    case "article":
      return {
        kind: "article",
        span,
        heading: shiftHeading(block.heading, delta),
        body: block.body.map((entry) => shiftArticleEntry(entry, delta)),
      };
    case "title":
      return {
        kind: "title",
        span,
        title: block.title,
        titleSpan: shiftSpan(block.titleSpan, delta),
        trivia: block.trivia.map((entry) => shiftTrivia(entry, delta)),
      };
    case "party":
      return {
        kind: "party",
        span,
        headerSpan: shiftSpan(block.headerSpan, delta),
        symbol: block.symbol,
        symbolSpan: shiftSpan(block.symbolSpan, delta),
        role: block.role,
        roleSpan: shiftOptionalSpan(block.roleSpan, delta),
        entries: block.entries.map((entry) => shiftFieldEntry(entry, delta)),
      };
    case "terms":
      return {
        kind: "terms",
        span,
        headerSpan: shiftSpan(block.headerSpan, delta),
        entries: block.entries.map((entry) => shiftFieldEntry(entry, delta)),
      };
    case "preamble":
    case "closing":
      return {
        kind: block.kind,
        span,
        headerSpan: shiftSpan(block.headerSpan, delta),
        lines: block.lines.map((entry) => shiftProseEntry(entry, delta)),
      };
    case "signatures":
      return {
        kind: "signatures",
        span,
        headerSpan: shiftSpan(block.headerSpan, delta),
        entries: block.entries.map((entry) => shiftSignatureEntry(entry, delta)),
      };
    case "chapter":
      return {
        kind: "chapter",
        span,
        level: block.level,
        headerSpan: shiftSpan(block.headerSpan, delta),
        heading: block.heading,
        number: shiftNumbering(block.number, delta),
        title: block.title,
        titleSpan: shiftOptionalSpan(block.titleSpan, delta),
        entries: block.entries.map((entry) => shiftTrivia(entry, delta)),
      };
    case "annex":
      return {
        kind: "annex",
        span,
        headerSpan: shiftSpan(block.headerSpan, delta),
        heading: block.heading,
        number: block.number === null ? null : shiftNumbering(block.number, delta),
        title: block.title,
        titleSpan: shiftOptionalSpan(block.titleSpan, delta),
        lines: block.lines.map((entry) => shiftProseEntry(entry, delta)),
      };
    case "leading":
      return { kind: "leading", span, entries: block.entries.map((entry) => shiftTrivia(entry, delta)) };
    case "error":
      return { kind: "error", span, text: block.text };
  }
}

/** A line of any block moved: the lines of a long block's part (parted-block.ts). */
export function shiftLine(line: BlockLine, delta: number): BlockLine {
  switch (line.kind) {
    case "paragraph":
    case "item":
      return shiftArticleEntry(line, delta);
    case "prose":
    case "blankLine":
      return shiftProseEntry(line, delta);
    case "definition":
      return shiftDefinition(line, delta);
    case "signatory":
    case "stray":
      return shiftSignatureEntry(line, delta);
    case "comment":
      return shiftComment(line, delta);
  }
}
