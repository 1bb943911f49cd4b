/**
 * The lines of a block: each kind keeps them in one array of its own kind of line (an article's
 * paragraphs and items, a 前文's prose, a 当事者's fields…). A long block is read in parts
 * (parted-block.ts); its lines are joined back here into the block its first part heads.
 */
import type { ArticleEntry, Block, Comment, FieldEntry, ProseEntry, Signatory, StrayLine } from "../ast";

export type BlockLine = ArticleEntry | ProseEntry | FieldEntry | Signatory | Comment | StrayLine;

export function linesOf(block: Block): readonly BlockLine[] {
  switch (block.kind) {
    case "article":
      return block.body;
    case "title":
      return block.trivia;
    case "preamble":
    case "closing":
    case "annex":
      return block.lines;
    case "error":
      return [];
    default:
      return block.entries;
  }
}

// The parts were read with the start rule for the lines of the head's kind (grammar.ts,
// LINE_RULES), so their lines are the kind of line the head keeps: the one cast says so.
function joined<L extends BlockLine>(own: readonly L[], parts: readonly (readonly BlockLine[])[]): L[] {
  return own.concat(...(parts as readonly (readonly L[])[]));
}

/** `head` with the lines of `parts` after its own, as one block that ends at `end`. */
export function withLines(head: Block, parts: readonly (readonly BlockLine[])[], end: number): Block {
  const span = { start: head.span.start, end };
  switch (head.kind) {
    case "article":
      return { ...head, span, body: joined(head.body, parts) };
    case "title":
      return { ...head, span, trivia: joined(head.trivia, parts) };
    case "preamble":
    case "closing":
      return { ...head, span, lines: joined(head.lines, parts) };
    case "annex":
      return { ...head, span, lines: joined(head.lines, parts) };
    case "party":
      return { ...head, span, entries: joined(head.entries, parts) };
    case "terms":
      return { ...head, span, entries: joined(head.entries, parts) };
    case "signatures":
      return { ...head, span, entries: joined(head.entries, parts) };
    case "chapter":
      return { ...head, span, entries: joined(head.entries, parts) };
    case "leading":
      return { ...head, span, entries: joined(head.entries, parts) };
    case "error":
      return { ...head, span };
  }
}
