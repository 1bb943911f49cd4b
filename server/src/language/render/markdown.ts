/**
 * The printed contract as Markdown. Each printed line is one Markdown paragraph, so that the
 * HTML built from it keeps one element per source line (for scroll sync and click-to-source).
 */
import type { Span } from "../ast";
import type { LaidOutBlock, LaidOutLine, Layout, LineStyle, Segment } from "./layout";
import { escapeMarkdownInline, escapeMarkdownLine } from "./markdown-escape";

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

function segmentMarkdown(segment: Segment, first: boolean, marks: Segment[] | null): string {
  if (marks !== null && segment.kind !== "text") {
    marks.push(segment);
    return `{${marks.length - 1}}`;
  }
  return first ? escapeMarkdownLine(segment.text) : escapeMarkdownInline(segment.text);
}

function lineMarkdown(line: LaidOutLine, marks: Segment[] | null): string {
  const prefix = HEADING_PREFIX[line.style] ?? "";
  const body = line.segments.map((s, i) => segmentMarkdown(s, i === 0 && prefix === "", marks)).join("");
  return `${prefix}${body}`;
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
