/** Edits that add a 「名前：＿」 line to 条件 or to a party, where a drafter would write it. */
import type { Block, FieldEntry, Span } from "../../ast";
import type { Analysis } from "../../model/analysis";
import type { TextEdit } from "../quick-fix";
import { lineBreakOf } from "../../line-break";

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

/**
 * Adds 「  名前：＿」 at the end of the last 条件 block, or a new 条件 block holding it. Where to
 * add is worked out once per analysis, not once per finding: 50,000 undefined references each
 * scanning the whole text and every block took 24 s.
 */
export function valueAdder(analysis: Analysis): (name: string) => TextEdit | null {
  const { text, document } = analysis;
  const eol = lineBreakOf(text);
  const terms = document.blocks.filter((b) => b.kind === "terms").at(-1);
  const before = firstProseBlock(document.blocks);
  const lead = text.length === 0 || text.endsWith("\n") || text.endsWith("\r") ? "" : eol;
  const at =
    terms?.kind === "terms"
      ? lastLineEnd(terms.headerSpan, terms.entries)
      : (before?.span.start ?? text.length);
  const wrap =
    terms?.kind === "terms"
      ? (line: string) => `${eol}${line}`
      : before !== undefined
        ? (line: string) => `条件${eol}${line}${eol}${eol}`
        : (line: string) => `${lead}条件${eol}${line}${eol}`;
  return (name) =>
    DEFINABLE.test(name) ? { span: { start: at, end: at }, newText: wrap(`  ${name}：＿`) } : null;
}

/** Adds 「  項目：＿」 at the end of a party's block. */
export function addFieldEdit(
  eol: string,
  party: { readonly headerSpan: Span; readonly entries: readonly FieldEntry[] },
  field: string,
): TextEdit | null {
  if (!DEFINABLE.test(field)) return null;
  const at = lastLineEnd(party.headerSpan, party.entries);
  return { span: { start: at, end: at }, newText: `${eol}  ${field}：＿` };
}
