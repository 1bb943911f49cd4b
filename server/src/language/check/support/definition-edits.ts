/** Edits that add a 「名前：＿」 line to 条件 or to a party, where a drafter would write it. */
import type { Block, FieldEntry, Span } from "../../ast";
import type { Analysis } from "../../model/analysis";
import type { TextEdit } from "../quick-fix";
import { lineBreakOf } from "./text-edits";

// A name the grammar could not read back as a definition is not offered as one.
const DEFINABLE = /^[^：:{}.．\r\n \t\u3000]+$/u;

function lastLineEnd(headerSpan: Span, entries: readonly FieldEntry[]): number {
  return entries.reduce((end, entry) => Math.max(end, entry.span.end), headerSpan.end);
}

// 条件 goes after the parties and before the prose, as in the reference contract.
function firstProseBlock(blocks: readonly Block[]): Block | undefined {
  const prose = new Set(["preamble", "article", "closing", "signatures"]);
  return blocks.find((b) => prose.has(b.kind));
}

/** Adds 「  名前：＿」 at the end of the last 条件 block, or a new 条件 block holding it. */
export function addValueEdit(analysis: Analysis, name: string): TextEdit | null {
  if (!DEFINABLE.test(name)) return null;
  const { text, document } = analysis;
  const eol = lineBreakOf(text);
  const terms = document.blocks.filter((b) => b.kind === "terms").at(-1);
  if (terms?.kind === "terms") {
    const at = lastLineEnd(terms.headerSpan, terms.entries);
    return { span: { start: at, end: at }, newText: `${eol}  ${name}：＿` };
  }
  const before = firstProseBlock(document.blocks);
  if (before !== undefined) {
    const at = before.span.start;
    return { span: { start: at, end: at }, newText: `条件${eol}  ${name}：＿${eol}${eol}` };
  }
  const lead = text.length === 0 || text.endsWith("\n") || text.endsWith("\r") ? "" : eol;
  return { span: { start: text.length, end: text.length }, newText: `${lead}条件${eol}  ${name}：＿${eol}` };
}

/** Adds 「  項目：＿」 at the end of a party's block. */
export function addFieldEdit(
  text: string,
  party: { readonly headerSpan: Span; readonly entries: readonly FieldEntry[] },
  field: string,
): TextEdit | null {
  if (!DEFINABLE.test(field)) return null;
  const at = lastLineEnd(party.headerSpan, party.entries);
  return { span: { start: at, end: at }, newText: `${lineBreakOf(text)}  ${field}：＿` };
}
