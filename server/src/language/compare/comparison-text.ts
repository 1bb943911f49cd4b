/** A 新旧対照表 as plain text: values first, then each changed part, new above old. */
import type { Span } from "../ast";
import type { Comparison, ComparisonRow, RowSide } from "./comparison";
import { isEmptyComparison } from "./comparison";
import {
  COMPARISON_TERMS as T,
  emptySideText,
  rowTitle,
  shownText,
  statusLabel,
  versionsLine,
} from "./row-labels";
import type { ValueChange } from "./value-changes";

/** Plain text cannot underline: changed characters are bracketed instead. */
export const TEXT_CHANGE_OPEN = "⟦";
export const TEXT_CHANGE_CLOSE = "⟧";

/** Pieces of `text` with whether each is changed, spans clipped to `limit`. */
export function markedPieces(
  text: string,
  changes: readonly Span[],
  limit = text.length,
): { text: string; changed: boolean }[] {
  const pieces: { text: string; changed: boolean }[] = [];
  let at = 0;
  for (const span of changes) {
    const start = Math.min(span.start, limit);
    const end = Math.min(span.end, limit);
    if (start > at) pieces.push({ text: text.slice(at, start), changed: false });
    if (end > start) pieces.push({ text: text.slice(start, end), changed: true });
    at = Math.max(at, end);
  }
  if (at < text.length) pieces.push({ text: text.slice(at), changed: false });
  return pieces;
}

/** One side as shown (abbreviated when only renumbered), in pieces with whether each is changed. */
export function shownPieces(row: ComparisonRow, rowSide: RowSide): { text: string; changed: boolean }[] {
  const shown = shownText(row, rowSide.text);
  // An abbreviated side marks only what it still shows (the heading's number).
  const limit = shown === rowSide.text ? rowSide.text.length : shown.indexOf("\n");
  return markedPieces(shown, rowSide.changes, limit);
}

function sideText(row: ComparisonRow, rowSide: RowSide | null): string {
  if (rowSide === null) return emptySideText(row);
  return shownPieces(row, rowSide)
    .map((p) => (p.changed ? `${TEXT_CHANGE_OPEN}${p.text}${TEXT_CHANGE_CLOSE}` : p.text))
    .join("");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

function valueLines(title: string, changes: readonly ValueChange[]): string[] {
  if (changes.length === 0) return [];
  return [`■ ${title}`, ...changes.map((c) => `  ${c.name}：${c.old ?? T.none} → ${c.new ?? T.none}`), ""];
}

function rowLines(row: ComparisonRow): string[] {
  return [
    `── ${rowTitle(row)}\u3000${statusLabel(row)}`,
    `【${T.newColumn}】`,
    indent(sideText(row, row.new)),
    `【${T.oldColumn}】`,
    indent(sideText(row, row.old)),
    "",
  ];
}

export function comparisonText(comparison: Comparison): string {
  const title = comparison.newTitle ?? comparison.oldTitle ?? "契約書";
  const versions = versionsLine(comparison);
  const head = [`${T.table}：${title}`, ...(versions === null ? [] : [versions])];
  if (isEmptyComparison(comparison)) return `${[...head, T.noChange].join("\n")}\n`;
  return [
    ...head,
    `（${TEXT_CHANGE_OPEN}${TEXT_CHANGE_CLOSE} で囲んだ部分は改正部分）`,
    "",
    ...valueLines(T.values, comparison.values),
    ...valueLines(T.facts, comparison.facts),
    ...comparison.rows.flatMap(rowLines),
  ].join("\n");
}
