/**
 * The lines of a block: each kind keeps them in one array of its own kind of line (an article's
 * paragraphs and items, a 前文's prose, a 当事者's fields…). A long block is read in parts
 * (parted-block.ts); its lines are joined back here into the block its first part heads, and a
 * prose line cut inside is joined back from its pieces.
 */
import type {
  ArticleEntry,
  Block,
  Comment,
  FieldEntry,
  Inline,
  Prose,
  ProseEntry,
  Signatory,
  StrayLine,
} from "../ast";
import { trimInlines } from "./trim-inlines";

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
function asOwn<L extends BlockLine>(_own: readonly L[], lines: readonly BlockLine[]): readonly L[] {
  return lines as readonly L[];
}

/** `head` with `lines` (its own, then those of the parts after it), as one block that ends at `end`. */
export function withLines(head: Block, lines: readonly BlockLine[], end: number): Block {
  const span = { start: head.span.start, end };
  switch (head.kind) {
    case "article":
      return { ...head, span, body: asOwn(head.body, lines) };
    case "title":
      return { ...head, span, trivia: asOwn(head.trivia, lines) };
    case "preamble":
    case "closing":
      return { ...head, span, lines: asOwn(head.lines, lines) };
    case "annex":
      return { ...head, span, lines: asOwn(head.lines, lines) };
    case "party":
      return { ...head, span, entries: asOwn(head.entries, lines) };
    case "terms":
      return { ...head, span, entries: asOwn(head.entries, lines) };
    case "signatures":
      return { ...head, span, entries: asOwn(head.entries, lines) };
    case "chapter":
      return { ...head, span, entries: asOwn(head.entries, lines) };
    case "leading":
      return { ...head, span, entries: asOwn(head.entries, lines) };
    case "error":
      return { ...head, span };
  }
}

/**
 * A prose line whose first piece is `line` and whose other pieces' inlines are `more` (a line cut
 * inside, part-cuts.ts), its prose ending at `proseEnd` without its trailing layout. Only lines
 * with prose are cut.
 */
export function continuedLine(
  line: BlockLine,
  more: readonly (readonly Inline[])[],
  proseEnd: number,
): BlockLine {
  const prose = (p: Prose): Prose => ({
    kind: "prose",
    span: { start: p.span.start, end: proseEnd },
    inlines: trimInlines(p.inlines.concat(...more)),
  });
  if (line.kind === "prose") return prose(line);
  if ((line.kind === "paragraph" || line.kind === "item") && line.content !== null) {
    return { ...line, span: { start: line.span.start, end: proseEnd }, content: prose(line.content) };
  }
  throw new Error(`a ${line.kind} line was cut inside`);
}
