/**
 * A comparison for tools: every changed part with its status, its old and new numbers (labels)
 * and the changed spans on each side (0-based UTF-16 offsets into that side's text, with the text
 * they cover); every changed value and derived fact with its old and new printed form.
 */
import type { Comparison, ComparisonRow, RowSide } from "./comparison";

function sideJson(rowSide: RowSide | null) {
  if (rowSide === null) return null;
  return {
    label: rowSide.label,
    text: rowSide.text,
    changes: rowSide.changes.map((s) => ({ ...s, text: rowSide.text.slice(s.start, s.end) })),
    source: rowSide.source,
  };
}

function rowJson(row: ComparisonRow) {
  return {
    kind: row.kind,
    status: row.status,
    moved: row.moved,
    oldNumber: row.old?.label ?? null,
    newNumber: row.new?.label ?? null,
    old: sideJson(row.old),
    new: sideJson(row.new),
  };
}

export function comparisonJson(comparison: Comparison): string {
  const json = {
    oldName: comparison.oldName,
    newName: comparison.newName,
    oldTitle: comparison.oldTitle,
    newTitle: comparison.newTitle,
    values: comparison.values,
    facts: comparison.facts,
    articles: comparison.rows.map(rowJson),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
