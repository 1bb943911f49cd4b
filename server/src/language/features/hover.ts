/**
 * Hover: a value shows how it renders, what it is, and what it implies (the cap in yen, the end of
 * the term, the renewal deadline); a party field its value; an article heading the article as it
 * will print.
 */
import type { Analysis } from "../model/analysis";
import type { Definition, Span } from "../ast";
import { layoutArticle } from "../render/layout";
import { renderText } from "../render/text";
import { STANDARD_VALUES } from "../standard-values";
import { formatValue, valueTypeLabel } from "../values/value-parse";
import { derivedFacts } from "./derived-facts";
import { lawFactLines, sizeFactLines } from "./law-facts";
import { codeBlock, markdownText } from "./markdown-text";
import { symbolAt, type SymbolAt } from "./symbol-at";

export interface HoverResult {
  readonly span: Span;
  /** Markdown. */
  readonly contents: string;
}

function valueHover(analysis: Analysis, name: string, definition: Definition | undefined): string {
  if (definition === undefined) return `**${markdownText(name)}**\n\nこの値は「条件」に定義されていません。`;
  const value = definition.value;
  const typeLabel =
    value.type === "blank" ? "空欄" : valueTypeLabel(value.type === "invalid" ? value.expected : value.type);
  const standard = Object.hasOwn(STANDARD_VALUES, name) ? STANDARD_VALUES[name]?.description : undefined;
  const lines = [`**${markdownText(name)}**（${typeLabel}）`, "", codeBlock(formatValue(value))];
  if (standard !== undefined) lines.push("", standard);
  const facts = [...derivedFacts(name, analysis.facts), ...lawFactLines(name, analysis)];
  if (facts.length > 0) lines.push("", ...facts.map((f) => `- ${f}`));
  return lines.join("\n");
}

// The article alone is laid out: the whole layout of a 10,000-article contract took ~100 ms, in
// one step, and stayed with the analysis (15 MB).
function articleHover(analysis: Analysis, symbol: Extract<SymbolAt, { kind: "article" }>): string {
  const block = layoutArticle(symbol.article, analysis.scope);
  return codeBlock(renderText({ title: null, blocks: [block] }).trimEnd());
}

function contents(analysis: Analysis, symbol: SymbolAt): string {
  switch (symbol.kind) {
    case "value":
      return valueHover(analysis, symbol.name, symbol.definition);
    case "partyField": {
      const label =
        symbol.party.role === null ? symbol.party.symbol : `${symbol.party.symbol}（${symbol.party.role}）`;
      const value =
        symbol.definition === undefined ? "＿＿＿＿＿＿＿＿＿＿" : formatValue(symbol.definition.value);
      const facts = sizeFactLines(symbol.field, analysis).map((f) => `- ${markdownText(f)}`);
      return [
        `**${markdownText(`${label}の${symbol.field}`)}**`,
        "",
        codeBlock(value),
        ...(facts.length > 0 ? ["", ...facts] : []),
      ].join("\n");
    }
    case "party": {
      const name = symbol.party.entries.find((e) => e.kind === "definition" && e.name === "会社名");
      const company = name?.kind === "definition" ? formatValue(name.value) : "（会社名なし）";
      const label = `${symbol.party.symbol}**（${markdownText(symbol.party.role ?? "役割なし")}）`;
      return `**${label}\n\n${codeBlock(company)}`;
    }
    case "article":
      return articleHover(analysis, symbol);
  }
}

export function hoverAt(analysis: Analysis, offset: number): HoverResult | null {
  const symbol = symbolAt(analysis, offset);
  return symbol === null ? null : { span: symbol.span, contents: contents(analysis, symbol) };
}
