/**
 * A 新旧対照表 decided down to its words and marked pieces, for a form that only draws tables (the
 * Word file). The export bundle draws it from this plain data instead of calling the comparison's
 * helpers, so that it does not carry a second copy of the language service.
 */
import type { Comparison, ComparisonRow, RowSide } from "./comparison";
import { shownPieces } from "./comparison-text";
import { COMPARISON_TERMS as T, emptySideText, rowTitle, statusLabel } from "./row-labels";
import type { ValueChange } from "./value-changes";

export interface SheetPiece {
  readonly text: string;
  /** Underlined: a changed character. */
  readonly changed: boolean;
}

/** One cell: its paragraphs, each a run of pieces. */
export type SheetCell = readonly (readonly SheetPiece[])[];

export interface SheetTable {
  readonly kind: "values" | "articles";
  readonly heading: string | null;
  /** A line above the table, right-aligned: （傍線部分は改正部分）. */
  readonly note: string | null;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly SheetCell[])[];
}

export interface ComparisonSheet {
  /** サーバー管理契約書\u3000新旧対照表 */
  readonly heading: string;
  /** The file's title property. */
  readonly documentTitle: string;
  readonly tables: readonly SheetTable[];
  /** 変更はありません。 when nothing changed. */
  readonly noChange: string | null;
}

function plain(text: string): SheetCell {
  return text.split("\n").map((line) => (line === "" ? [] : [{ text: line, changed: false }]));
}

/** A side's text, abbreviated when only renumbered, split into paragraphs of marked pieces. */
function sideCell(row: ComparisonRow, side: RowSide | null): SheetCell {
  if (side === null) return plain(emptySideText(row));
  const paragraphs: SheetPiece[][] = [[]];
  for (const piece of shownPieces(row, side)) {
    piece.text.split("\n").forEach((part, k) => {
      if (k > 0) paragraphs.push([]);
      if (part !== "") paragraphs[paragraphs.length - 1]?.push({ text: part, changed: piece.changed });
    });
  }
  return paragraphs;
}

function valuesTable(heading: string, changes: readonly ValueChange[]): SheetTable {
  return {
    kind: "values",
    heading,
    note: null,
    columns: [T.value, T.newColumn, T.oldColumn],
    rows: changes.map((c) => [plain(c.name), plain(c.new ?? T.none), plain(c.old ?? T.none)]),
  };
}

function articlesTable(rows: readonly ComparisonRow[]): SheetTable {
  return {
    kind: "articles",
    heading: null,
    note: T.note,
    columns: [T.newColumn, T.oldColumn, ""],
    rows: rows.map((row) => [
      sideCell(row, row.new),
      sideCell(row, row.old),
      plain(`${rowTitle(row)}\n${statusLabel(row)}`),
    ]),
  };
}

export function comparisonSheet(comparison: Comparison): ComparisonSheet {
  const title = comparison.newTitle ?? comparison.oldTitle ?? "契約書";
  const tables: SheetTable[] = [];
  if (comparison.values.length > 0) tables.push(valuesTable(T.values, comparison.values));
  if (comparison.facts.length > 0) tables.push(valuesTable(T.facts, comparison.facts));
  if (comparison.rows.length > 0) tables.push(articlesTable(comparison.rows));
  return {
    heading: `${title}\u3000${T.table}`,
    documentTitle: `${title} ${T.table}`,
    tables,
    noChange: tables.length === 0 ? T.noChange : null,
  };
}
