/**
 * A 新旧対照表 as HTML: the values table, then the articles table — 新（改正後） on the left,
 * 旧（改正前） on the right, one row per part, changed characters underlined. Every character from
 * a contract is escaped text; the standalone page has the exported contract's CSP (one definition:
 * vocabulary/page-shell.ts), which allows its one stylesheet by hash and nothing else.
 */
import { styleSource } from "../render/style-source";
import { COMPARISON_CLASSES as C, COMPARISON_SOURCE_ATTRIBUTE } from "../vocabulary/comparison-classes";
import { codePointLabel, MARKED_CHARACTERS } from "../vocabulary/control-characters";
import { buildPage, escapeHtml } from "../vocabulary/page-shell";
import { isEmptyComparison, type Comparison, type ComparisonRow, type RowSide } from "./comparison";
import { COMPARISON_CSS } from "./comparison-css";
import { shownPieces } from "./comparison-text";
import { COMPARISON_TERMS as T, emptySideText, rowTitle, statusLabel, versionsLine } from "./row-labels";
import type { ValueChange } from "./value-changes";

function text(value: string): string {
  return escapeHtml(value).replace(MARKED_CHARACTERS, (c) => `⟨${codePointLabel(c)}⟩`);
}

function cell(row: ComparisonRow, rowSide: RowSide | null, className: string): string {
  if (rowSide === null) {
    return `<td class="${className} ${C.empty}">${emptySideText(row)}</td>`;
  }
  const html = shownPieces(row, rowSide)
    .map((p) => (p.changed ? `<span class="${C.change}">${text(p.text)}</span>` : text(p.text)))
    .join("");
  return `<td class="${className}">${html}</td>`;
}

function rowHtml(row: ComparisonRow): string {
  const source = row.new === null ? "" : ` ${COMPARISON_SOURCE_ATTRIBUTE}="${row.new.source.start}"`;
  return [
    `<tr class="${C.row}"${source}>`,
    cell(row, row.new, C.newCell),
    cell(row, row.old, C.oldCell),
    `<td class="${C.status}">${text(rowTitle(row))}<br>${text(statusLabel(row))}</td>`,
    "</tr>",
  ].join("");
}

function valuesTable(title: string, changes: readonly ValueChange[]): string[] {
  if (changes.length === 0) return [];
  return [
    `<h2>${text(title)}</h2>`,
    `<table class="${C.values}">`,
    `<thead><tr><th>${T.value}</th><th>${T.newColumn}</th><th>${T.oldColumn}</th></tr></thead>`,
    "<tbody>",
    ...changes.map(
      (c) =>
        `<tr><td class="${C.label}">${text(c.name)}</td><td>${text(c.new ?? T.none)}</td>` +
        `<td>${text(c.old ?? T.none)}</td></tr>`,
    ),
    "</tbody>",
    "</table>",
  ];
}

/** The comparison as an HTML fragment (the VS Code view's content). */
export function comparisonHtmlBody(comparison: Comparison): string {
  const title = comparison.newTitle ?? comparison.oldTitle ?? "契約書";
  const versions = versionsLine(comparison);
  const head = [
    `<h1>${text(`${title}\u3000${T.table}`)}</h1>`,
    ...(versions === null ? [] : [`<p>${text(versions)}</p>`]),
  ].join("\n");
  if (isEmptyComparison(comparison)) return [head, `<p>${T.noChange}</p>`].join("\n");
  const rows = comparison.rows;
  return [
    head,
    ...valuesTable(T.values, comparison.values),
    ...valuesTable(T.facts, comparison.facts),
    ...(rows.length === 0
      ? []
      : [
          `<p class="${C.note}">${T.note}</p>`,
          `<table class="${C.table}">`,
          `<thead><tr><th>${T.newColumn}</th><th>${T.oldColumn}</th><th></th></tr></thead>`,
          "<tbody>",
          ...rows.map(rowHtml),
          "</tbody>",
          "</table>",
        ]),
  ].join("\n");
}

/** A standalone, printable page under the exported contract's Content-Security-Policy. */
export function comparisonHtmlDocument(comparison: Comparison): string {
  return buildPage({
    sources: { style: styleSource(COMPARISON_CSS), img: "'none'" },
    title: `${comparison.newTitle ?? comparison.oldTitle ?? "契約書"} ${T.table}`,
    head: [`<style>${COMPARISON_CSS}</style>`],
    body: [`<main class="${C.root}">`, comparisonHtmlBody(comparison), "</main>"],
  });
}
