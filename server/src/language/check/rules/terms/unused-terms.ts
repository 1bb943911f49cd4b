/**
 * term.unused: a term defined （以下「…」という。） and never used after. Either the definition is
 * left over from an earlier draft, or the articles use another word for the same thing.
 */
import { fixData, type FixData } from "../../quick-fix";
import type { DiagnosticKind, Rule } from "../../rule";
import { type TermDefinition, type TermIndex } from "../../../model/defined-terms";
import { headerKindAt } from "../../../parse/split-blocks";

export const TERM_UNUSED: DiagnosticKind = {
  id: "term.unused",
  severity: "warning",
  title: "定義された用語が、定義の後で一度も使われていません。",
  summary: "A term defined with （以下「…」という。） is never used after its definition.",
  fix: "不要な定義なら削除してください。同じものを別の言葉で書いている箇所があれば、定義した用語に揃えてください。",
  example: {
    bad: "前文\nサーバー管理契約（以下「本契約」という。）を締結する。\n第1条（目的）\n甲は乙にサーバー管理を委託する。",
    good: "前文\nサーバー管理契約（以下「本契約」という。）を締結する。\n第1条（目的）\n甲は乙に対し、本契約に基づきサーバー管理を委託する。",
  },
};

interface Extent {
  /** Where the first use ends. */
  readonly firstEnd: number;
  /** Where the last use starts. */
  readonly lastStart: number;
}

function extend(extents: Map<unknown, Extent>, key: unknown, span: { start: number; end: number }): void {
  const known = extents.get(key);
  extents.set(key, {
    firstEnd: Math.min(known?.firstEnd ?? Infinity, span.end),
    lastStart: Math.max(known?.lastStart ?? -Infinity, span.start),
  });
}

/**
 * The first and last use of each name, and the last variant of each definition, in one pass:
 * searching every use for every definition was quadratic (8,000 terms on one line took seconds).
 */
function extentsOf(terms: TermIndex): Map<unknown, Extent> {
  const extents = new Map<unknown, Extent>();
  for (const use of terms.uses) extend(extents, use.name, use.span);
  for (const variant of terms.variants) extend(extents, variant.definition, variant.span);
  return extents;
}

function usedAfter(extents: Map<unknown, Extent>, definition: TermDefinition): boolean {
  const after = (key: unknown) => (extents.get(key)?.lastStart ?? -Infinity) >= definition.span.end;
  return after(definition.name) || after(definition);
}

function usedBefore(extents: Map<unknown, Extent>, definition: TermDefinition): boolean {
  return (extents.get(definition.name)?.firstEnd ?? Infinity) <= definition.span.start;
}

function message(definition: TermDefinition, removable: boolean): string {
  const name = definition.name;
  return !removable
    ? `「${name}」は定義より前でしか使われていません。定義を最初に使う箇所へ移してください。`
    : `「${name}」は定義されていますが、この後で一度も使われていません。不要なら定義を削除し、別の言葉で書いた箇所があれば「${name}」に揃えてください。`;
}

function removeFix(definition: TermDefinition): FixData {
  return fixData({
    title: `「${definition.name}」の定義を削除する`,
    edits: [{ span: definition.span, newText: "" }],
  });
}

/** How far into a line a header's opening words reach (第一千二百三十四条の五 and a space). */
const HEADER_REACH = 24;

/**
 * The start of the line holding `offset` when it is at most HEADER_REACH before it, else null. A
 * header's words come first on its line: only a definition near the start can complete one, and
 * looking no further back keeps a line of thousands of definitions linear.
 */
function nearLineStart(text: string, offset: number): number | null {
  const limit = Math.max(0, offset - HEADER_REACH);
  for (let i = offset - 1; i >= limit; i--) if (text.charCodeAt(i) === 0x0a) return i + 1;
  return limit === 0 ? 0 : null;
}

/**
 * Whether deleting the definition turns its line into a header: 「第1条（（以下「本件」という。）」 is
 * prose, 「第1条（」 a heading. Such a deletion would change the contract's structure, not tidy it.
 */
function makesHeader(text: string, definition: TermDefinition): boolean {
  const lineStart = nearLineStart(text, definition.span.start);
  if (lineStart === null) return false;
  const next = text.indexOf("\n", definition.span.end);
  const lineEnd = next === -1 ? text.length : next;
  const edited = text.slice(lineStart, definition.span.start) + text.slice(definition.span.end, lineEnd);
  return headerKindAt(edited, 0) !== null && headerKindAt(text, lineStart) === null;
}

export const unusedTermsRule: Rule = {
  name: "terms/unused-terms",
  kinds: [TERM_UNUSED],
  check({ analysis, report }) {
    const terms = analysis.terms;
    const extents = extentsOf(terms);
    for (const definition of terms.definitions) {
      if (usedAfter(extents, definition)) continue;
      // A term used only before its definition needs the definition moved, not deleted.
      const removable = !usedBefore(extents, definition);
      const fixable = removable && !makesHeader(analysis.text, definition);
      report(TERM_UNUSED, {
        span: definition.nameSpan,
        message: message(definition, removable),
        tags: ["unnecessary"],
        ...(fixable ? { data: removeFix(definition) } : {}),
      });
    }
  },
};
