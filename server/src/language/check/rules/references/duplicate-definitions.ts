/**
 * value.duplicate: a name of 条件 defined twice, a party field written twice in one party, or a
 * party declared twice. Only the first one counts, so the later one silently changes nothing.
 */
import type { Definition, PartyBlock, Span } from "../../../ast";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { deleteLines } from "../../support/text-edits";

export const VALUE_DUPLICATE: DiagnosticKind = {
  id: "value.duplicate",
  severity: "error",
  title: "同じ名前の値・当事者の項目・当事者が二度書かれています。",
  summary:
    "A value of 条件 defined twice, a party field written twice in one party, or the same party declared twice; only the first counts.",
  fix: "どちらを使うか決めて、もう一方の行を削除してください。",
  example: {
    bad: "条件\n  月額報酬：300,000円（消費税別）\n  月額報酬：350,000円（消費税別）\n\n前文\n月額金{月額報酬}",
    good: "条件\n  月額報酬：300,000円（消費税別）\n\n前文\n月額金{月額報酬}",
  },
};

function sameValueNote(first: Definition, later: Definition): string {
  return first.valueText === later.valueText
    ? "（値も同じです）"
    : `（最初の「${first.valueText}」が使われます）`;
}

function reportDefinitions(definitions: readonly Definition[], where: string, context: RuleContext): void {
  const firsts = new Map<string, Definition>();
  for (const definition of definitions) {
    const first = firsts.get(definition.name);
    if (first === undefined) {
      firsts.set(definition.name, definition);
      continue;
    }
    context.report(VALUE_DUPLICATE, {
      span: definition.nameSpan,
      message: `${where}に「${definition.name}」が二度書かれています${sameValueNote(first, definition)}。どちらを使うか決めて、不要な行を削除してください。`,
      related: [{ span: first.nameSpan, message: `最初の「${definition.name}」はここです。` }],
      data: fixData({
        title: `重複した「${definition.name}」の行を削除する`,
        edits: [deleteLines(context.analysis.text, definition.span)],
      }),
    });
  }
}

function definitionsOf(party: PartyBlock): Definition[] {
  return party.entries.filter((e): e is Definition => e.kind === "definition");
}

function blockSpan(party: PartyBlock): Span {
  // The block's span runs over its trailing blank lines; the header line starts it.
  return { start: party.headerSpan.start, end: party.span.end };
}

function reportParty(party: PartyBlock, first: PartyBlock, context: RuleContext): void {
  const { text } = context.analysis;
  const whole = deleteLines(text, blockSpan(party));
  context.report(VALUE_DUPLICATE, {
    span: party.symbolSpan,
    message: `当事者「${party.symbol}」が二度書かれています（最初の欄が使われます）。一つの欄にまとめて、もう一方を削除してください。`,
    related: [{ span: first.symbolSpan, message: `最初の「当事者 ${first.symbol}」はここです。` }],
    data: fixData({ title: `重複した「当事者 ${party.symbol}」の欄を削除する`, edits: [whole] }),
  });
}

export const duplicateDefinitionsRule: Rule = {
  name: "references/duplicate-definitions",
  kinds: [VALUE_DUPLICATE],
  check(context) {
    const { index } = context;
    reportDefinitions(index.termDefinitions, "「条件」", context);
    const firsts = new Map<string, PartyBlock>();
    for (const party of index.partyBlocks) {
      reportDefinitions(definitionsOf(party), `当事者 ${party.symbol}`, context);
      const first = firsts.get(party.symbol);
      if (first === undefined) firsts.set(party.symbol, party);
      else reportParty(party, first, context);
    }
  },
};
