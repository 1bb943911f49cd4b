/**
 * The printed contract as Markdown. Each printed line is one Markdown paragraph, so that the
 * HTML built from it keeps one element per source line (for scroll sync and click-to-source).
 */
import type { Span } from "../ast";
import type { LaidOutBlock, LaidOutLine, Layout, LineStyle, Segment } from "./layout";
import { escapeMarkdownInline, escapeMarkdownLine } from "./markdown-escape";
import { markInvisible, MARKED_CHARACTERS } from "../vocabulary/control-characters";

export interface MarkdownChunk {
  readonly markdown: string;
  readonly style: LineStyle;
  readonly source: Span;
  /** True for the first line of a block or of a group after a blank line. */
  readonly opensGroup: boolean;
  readonly block: LaidOutBlock["kind"];
}

export interface MarkdownRendering {
  readonly markdown: string;
  /** One chunk per printed line, separated by blank lines (raw text of an unreadable block may span lines). */
  readonly chunks: readonly MarkdownChunk[];
  /** With `marks`, the segments that stand in the Markdown as {N}. */
  readonly marks: readonly Segment[];
}

export interface MarkdownOptions {
  /** Replace values and blanks with {N} marks, for the HTML renderer to turn into spans. */
  readonly marks?: boolean;
}

const HEADING_PREFIX: Partial<Record<LineStyle, string>> = { title: "# ", chapter: "## ", heading: "## " };

function mark(segment: Segment, marks: Segment[]): string {
  marks.push(segment);
  return `{${marks.length - 1}}`;
}

/**
 * For the HTML renderer, each invisible or control character of a text segment travels as a mark
 * of its own, so that markdown-it never sees it (it turns NUL into U+FFFD) and the HTML renderer
 * can show it as a visible ⟨U+XXXX⟩.
 */
function textWithMarkedCharacters(segment: Segment, first: boolean, marks: Segment[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const match of segment.text.matchAll(MARKED_CHARACTERS)) {
    const before = segment.text.slice(at, match.index);
    pieces.push(first && at === 0 ? escapeMarkdownLine(before) : escapeMarkdownInline(before));
    const start = segment.source.start + match.index;
    const source = { start, end: start + match[0].length };
    pieces.push(mark({ kind: "text", text: match[0], source }, marks));
    at = match.index + match[0].length;
  }
  const rest = segment.text.slice(at);
  pieces.push(first && at === 0 ? escapeMarkdownLine(rest) : escapeMarkdownInline(rest));
  return pieces.join("");
}

function segmentMarkdown(segment: Segment, first: boolean, marks: Segment[] | null): string {
  if (marks !== null) {
    return segment.kind === "text" ? textWithMarkedCharacters(segment, first, marks) : mark(segment, marks);
  }
  // Invisible and control characters are shown as ⟨U+XXXX⟩, as in every rendering (see bidi.ts).
  const text = markInvisible(segment.text);
  return first ? escapeMarkdownLine(text) : escapeMarkdownInline(text);
}

// Spaces and tabs at either end of a line: as Markdown, four leading spaces make a code block and
// trailing ones are dropped. As character references they are text and are kept.
const EDGE_WHITESPACE = /^[ \t]+|[ \t]+$/gu;

function keepEdgeWhitespace(markdown: string): string {
  return markdown.replace(EDGE_WHITESPACE, (run) =>
    [...run].map((c) => `&#x${c.codePointAt(0)?.toString(16)};`).join(""),
  );
}

function lineMarkdown(line: LaidOutLine, marks: Segment[] | null): string {
  const prefix = HEADING_PREFIX[line.style] ?? "";
  const body = line.segments.map((s, i) => segmentMarkdown(s, i === 0 && prefix === "", marks)).join("");
  return `${prefix}${keepEdgeWhitespace(body)}`;
}

function blockChunks(block: LaidOutBlock, marks: Segment[] | null): MarkdownChunk[] {
  return block.groups.flatMap((group) =>
    group.map((line, i) => ({
      markdown: lineMarkdown(line, marks),
      style: line.style,
      source: line.source,
      opensGroup: i === 0,
      block: block.kind,
    })),
  );
}

export function renderMarkdown(layout: Layout, options: MarkdownOptions = {}): MarkdownRendering {
  const marks: Segment[] | null = options.marks === true ? [] : null;
  const chunks = layout.blocks.flatMap((block) => blockChunks(block, marks));
  const markdown = chunks.length === 0 ? "" : `${chunks.map((c) => c.markdown).join("\n\n")}\n`;
  return { markdown, chunks, marks: marks ?? [] };
}
