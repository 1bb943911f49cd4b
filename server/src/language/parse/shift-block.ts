/**
 * Moves a parsed block to another offset. An edit earlier in the file moves every later block by
 * the same amount without changing it, so re-parsing reuses those blocks moved rather than reading
 * them again. Written per node type rather than as a generic walk: it runs over thousands of
 * blocks per keystroke, and a generic walk over object keys is several times slower.
 * Every span of the tree must be moved here; the incremental-parse test compares every node with
 * a full parse, so a span added to the syntax tree and forgotten here fails that test.
 */
import type {
  ArticleEntry,
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

export function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function shiftOptionalSpan(span: Span | null, delta: number): Span | null {
  return span === null ? null : shiftSpan(span, delta);
}

function shiftNumbering(numbering: Numbering, delta: number): Numbering {
  return { ...numbering, span: shiftSpan(numbering.span, delta) };
}

function shiftInline(inline: Inline, delta: number): Inline {
  if (inline.kind !== "ref") return { ...inline, span: shiftSpan(inline.span, delta) };
  return {
    ...inline,
    span: shiftSpan(inline.span, delta),
    pathSpan: shiftSpan(inline.pathSpan, delta),
    segments: inline.segments.map((segment) => ({ ...segment, span: shiftSpan(segment.span, delta) })),
  };
}

function shiftProse(prose: Prose, delta: number): Prose {
  return {
    ...prose,
    span: shiftSpan(prose.span, delta),
    inlines: prose.inlines.map((inline) => shiftInline(inline, delta)),
  };
}

function shiftOptionalProse(prose: Prose | null, delta: number): Prose | null {
  return prose === null ? null : shiftProse(prose, delta);
}

/** Comments, stray lines, blank lines: nodes whose only span is their own. */
function shiftLeaf<T extends { readonly span: Span }>(node: T, delta: number): T {
  return { ...node, span: shiftSpan(node.span, delta) };
}

function shiftDefinition(definition: Definition, delta: number): Definition {
  return {
    ...definition,
    span: shiftSpan(definition.span, delta),
    nameSpan: shiftSpan(definition.nameSpan, delta),
    valueSpan: shiftSpan(definition.valueSpan, delta),
  };
}

function shiftFieldEntry(entry: FieldEntry, delta: number): FieldEntry {
  return entry.kind === "definition" ? shiftDefinition(entry, delta) : shiftLeaf(entry, delta);
}

function shiftProseEntry(entry: ProseEntry, delta: number): ProseEntry {
  return entry.kind === "prose" ? shiftProse(entry, delta) : shiftLeaf(entry, delta);
}

function shiftArticleEntry(entry: ArticleEntry, delta: number): ArticleEntry {
  switch (entry.kind) {
    case "paragraph":
      return {
        ...entry,
        span: shiftSpan(entry.span, delta),
        number: entry.number === null ? null : shiftNumbering(entry.number, delta),
        content: shiftOptionalProse(entry.content, delta),
      };
    case "item":
      return {
        ...entry,
        span: shiftSpan(entry.span, delta),
        number: shiftNumbering(entry.number, delta),
        content: shiftOptionalProse(entry.content, delta),
      };
    case "comment":
      return shiftLeaf(entry, delta);
  }
}

function shiftTrivia<T extends Comment | StrayLine>(entries: readonly T[], delta: number): T[] {
  return entries.map((entry) => shiftLeaf(entry, delta));
}

function shiftSignatureEntry(
  entry: Signatory | Comment | StrayLine,
  delta: number,
): Signatory | Comment | StrayLine {
  if (entry.kind !== "signatory") return shiftLeaf(entry, delta);
  return { ...entry, span: shiftSpan(entry.span, delta), symbolSpan: shiftSpan(entry.symbolSpan, delta) };
}

export function shiftBlock(block: Block, delta: number): Block {
  if (delta === 0) return block;
  const span = shiftSpan(block.span, delta);
  switch (block.kind) {
    case "article":
      return {
        ...block,
        span,
        heading: {
          ...block.heading,
          span: shiftSpan(block.heading.span, delta),
          number: shiftNumbering(block.heading.number, delta),
          titleSpan: shiftOptionalSpan(block.heading.titleSpan, delta),
        },
        body: block.body.map((entry) => shiftArticleEntry(entry, delta)),
      };
    case "title":
      return {
        ...block,
        span,
        titleSpan: shiftSpan(block.titleSpan, delta),
        trivia: shiftTrivia(block.trivia, delta),
      };
    case "party":
      return {
        ...block,
        span,
        headerSpan: shiftSpan(block.headerSpan, delta),
        symbolSpan: shiftSpan(block.symbolSpan, delta),
        roleSpan: shiftOptionalSpan(block.roleSpan, delta),
        entries: block.entries.map((entry) => shiftFieldEntry(entry, delta)),
      };
    case "terms":
      return {
        ...block,
        span,
        headerSpan: shiftSpan(block.headerSpan, delta),
        entries: block.entries.map((entry) => shiftFieldEntry(entry, delta)),
      };
    case "preamble":
    case "closing":
      return {
        ...block,
        span,
        headerSpan: shiftSpan(block.headerSpan, delta),
        lines: block.lines.map((entry) => shiftProseEntry(entry, delta)),
      };
    case "signatures":
      return {
        ...block,
        span,
        headerSpan: shiftSpan(block.headerSpan, delta),
        entries: block.entries.map((entry) => shiftSignatureEntry(entry, delta)),
      };
    case "leading":
      return { ...block, span, entries: shiftTrivia(block.entries, delta) };
    case "error":
      return { ...block, span };
  }
}
