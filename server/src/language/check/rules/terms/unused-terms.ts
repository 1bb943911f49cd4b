/**
 * term.unused: a term defined （以下「…」という。） and never used after. Either the definition is
 * left over from an earlier draft, or the articles use another word for the same thing.
 */
import { fixData, type FixData } from "../../quick-fix";
import type { DiagnosticKind, Rule } from "../../rule";
import { type TermDefinition, type TermIndex } from "../../../model/defined-terms";

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

function usedAfter(terms: TermIndex, definition: TermDefinition): boolean {
  const after = (start: number) => start >= definition.span.end;
  return (
    terms.uses.some((u) => u.name === definition.name && after(u.span.start)) ||
    terms.variants.some((v) => v.definition === definition && after(v.span.start))
  );
}

function usedBefore(terms: TermIndex, definition: TermDefinition): boolean {
  return terms.uses.some((u) => u.name === definition.name && u.span.end <= definition.span.start);
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

export const unusedTermsRule: Rule = {
  name: "terms/unused-terms",
  kinds: [TERM_UNUSED],
  check({ analysis, report }) {
    const terms = analysis.terms;
    for (const definition of terms.definitions) {
      if (usedAfter(terms, definition)) continue;
      // A term used only before its definition needs the definition moved, not deleted.
      const removable = !usedBefore(terms, definition);
      report(TERM_UNUSED, {
        span: definition.nameSpan,
        message: message(definition, removable),
        tags: ["unnecessary"],
        ...(removable ? { data: removeFix(definition) } : {}),
      });
    }
  },
};
