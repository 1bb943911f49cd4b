/**
 * Formatting: normalises layout only — indentation, one blank line between blocks, full-width
 * punctuation in headers, definitions and numbering, no trailing spaces — and copies every
 * character of prose, values and comments from the source. A block the parser could not read is
 * copied verbatim. Line endings follow the file's first line break.
 */
import { contractSizeProblem } from "../size-limit";
import { lineBreakOf } from "../line-break";
import type { Analysis } from "../model/analysis";
import { articleLabel, withTitle } from "../article-label";
import type { Article, ArticleEntry, Block, Comment, FieldEntry, ProseEntry, Span, StrayLine } from "../ast";
import { isLowSurrogate } from "../vocabulary/surrogates";

export interface FormatEdit {
  readonly span: Span;
  readonly newText: string;
}

const INDENT = "  ";
const STARTS_WITH_DIGIT = /^[0-9０-９]/u;

type Slice = (span: Span) => string;

function fieldLines(entries: readonly FieldEntry[], slice: Slice): string[] {
  return entries.map((e) => {
    if (e.kind === "definition") return `${INDENT}${e.name}：${slice(e.valueSpan)}`;
    if (e.kind === "comment") return `${INDENT}${slice(e.span)}`;
    return `${INDENT}${e.text}`;
  });
}

function proseLines(lines: readonly ProseEntry[], slice: Slice): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.kind === "blankLine") {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
    } else out.push(slice(line.span));
  }
  while (out[out.length - 1] === "") out.pop();
  return out;
}

function articleLine(entry: ArticleEntry, slice: Slice): string {
  const content = entry.kind === "comment" || entry.content === null ? "" : slice(entry.content.span);
  if (entry.kind === "comment") return slice(entry.span);
  if (entry.kind === "item") return `（${entry.number.text}）${content}`;
  if (entry.number === null) return content;
  // 「1．\u30001. 番号」: without the space, 「1．1.」 no longer reads as a paragraph number (the grammar's
  // ParagraphNumber is not followed by a digit), and the line would change what it says.
  return `${entry.number.text}．${STARTS_WITH_DIGIT.test(content) ? "\u3000" : ""}${content}`;
}

function articleLines(article: Article, slice: Slice): string[] {
  const { heading } = article;
  return [withTitle(articleLabel(heading), heading.title), ...article.body.map((e) => articleLine(e, slice))];
}

function triviaLines(entries: readonly (Comment | StrayLine)[], slice: Slice): string[] {
  return entries.map((e) => (e.kind === "comment" ? slice(e.span) : e.text));
}

function blockLines(block: Block, slice: Slice, source: string): string[] {
  switch (block.kind) {
    case "leading":
      return triviaLines(block.entries, slice);
    case "title":
      return [`契約書「${block.title}」`, ...triviaLines(block.trivia, slice)];
    case "chapter":
      return [block.heading, ...triviaLines(block.entries, slice)];
    case "annex":
      return [block.heading, ...proseLines(block.lines, slice)];
    case "party": {
      const role = block.role === null ? "" : `（${block.role}）`;
      return [`当事者 ${block.symbol}${role}`, ...fieldLines(block.entries, slice)];
    }
    case "terms":
      return ["条件", ...fieldLines(block.entries, slice)];
    case "preamble":
      return ["前文", ...proseLines(block.lines, slice)];
    case "closing":
      return ["後文", ...proseLines(block.lines, slice)];
    case "signatures":
      return [
        "署名欄",
        ...block.entries.map(
          (e) =>
            `${INDENT}${e.kind === "signatory" ? e.symbol : e.kind === "comment" ? slice(e.span) : e.text}`,
        ),
      ];
    case "article":
      return articleLines(block, slice);
    case "error":
      return source.slice(block.span.start, block.span.end).split(/\r\n|\r|\n/);
  }
}

// A title whose closing 」 is missing, or a heading with an unclosed （, is not normalised: adding
// the bracket would change what the drafter wrote. Those blocks are copied as written.
function isVerbatim(block: Block, analysis: Analysis): boolean {
  return analysis.problems.some(
    (p) => p.span.start >= block.span.start && p.span.start < block.span.end && p.id !== "syntax.stray-line",
  );
}

export function formatText(analysis: Analysis): string {
  const { text } = analysis;
  // A file too large to read has no blocks: formatting it would erase it.
  if (contractSizeProblem(text) !== null) return text;
  const slice: Slice = (span) => text.slice(span.start, span.end);
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const blocks = analysis.document.blocks.map((block) =>
    isVerbatim(block, analysis)
      ? text
          .slice(block.span.start, block.span.end)
          .replace(/[ \t\u3000\r\n]+$/u, "")
          .split(/\r\n|\r|\n/)
      : blockLines(block, slice, text).map((line) => line.replace(/[ \t\u3000]+$/u, "")),
  );
  const body = blocks
    .filter((lines) => lines.some((l) => l.length > 0))
    .map((lines) => lines.join("\n"))
    .join("\n\n");
  const eol = lineBreakOf(text);
  // A U+FEFF that is text must not end up first in the file, where it would be read as a BOM.
  const guard = bom === "" && body.startsWith("\uFEFF") ? eol : "";
  return body.length === 0 ? bom : `${bom}${guard}${body.replace(/\n/g, eol)}${eol}`;
}

function splitsPair(text: string, index: number): boolean {
  // Stricter than splitsPairAt: a lone low surrogate is kept whole with what precedes it too.
  const c = text.charCodeAt(index);
  return isLowSurrogate(c) || (c === 0x0a && text.charCodeAt(index - 1) === 0x0d);
}

/** One edit covering what changed between the first and the last differing character. */
export function formatEdits(analysis: Analysis): FormatEdit[] {
  const before = analysis.text;
  const after = formatText(analysis);
  if (before === after) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair or a CR LF at either end of the edit.
  while (start > 0 && (splitsPair(before, start) || splitsPair(after, start))) start--;
  while (endBefore < before.length && (splitsPair(before, endBefore) || splitsPair(after, endAfter))) {
    endBefore++;
    endAfter++;
  }
  return [{ span: { start, end: endBefore }, newText: after.slice(start, endAfter) }];
}
