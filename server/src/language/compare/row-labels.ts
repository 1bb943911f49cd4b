/** The words a 新旧対照表 uses, shared by its text, HTML and Word forms. */
import type { Comparison, ComparisonRow, RowStatus } from "./comparison";

export const COMPARISON_TERMS = {
  table: "新旧対照表",
  newColumn: "新（改正後）",
  oldColumn: "旧（改正前）",
  note: "（傍線部分は改正部分）",
  values: "値の変更",
  facts: "値から導かれる事項の変更",
  value: "項目",
  abbreviated: "（略）",
  none: "（なし）",
  noChange: "変更はありません。",
  added: "新設",
  deleted: "削る",
} as const;

const STATUS: Readonly<Record<RowStatus, string>> = {
  added: "新設",
  deleted: "削除",
  changed: "改正",
  renumbered: "条名の変更",
};

/** 新：契約書.contract\u3000旧：HEAD:契約書.contract, when the host named the versions. */
export function versionsLine(comparison: Comparison): string | null {
  if (comparison.oldName === null || comparison.newName === null) return null;
  return `新：${comparison.newName}\u3000旧：${comparison.oldName}`;
}

/** 改正, 新設, 削除, 条名の変更, 移動 — what happened to the part of one row. */
export function statusLabel(row: ComparisonRow): string {
  if (row.status === "renumbered" && row.moved) return "移動";
  if (row.status === "renumbered" && row.new?.label === row.old?.label) return "移動";
  return row.moved && row.status === "changed" ? "移動・改正" : STATUS[row.status];
}

/** What the empty side of an inserted or deleted part says: （新設） or （削る）. */
export function emptySideText(row: ComparisonRow): string {
  return row.status === "added" ? `（${COMPARISON_TERMS.added}）` : `（${COMPARISON_TERMS.deleted}）`;
}

/** The row's name: 第10条（旧第9条） when renumbered. */
export function rowTitle(row: ComparisonRow): string {
  const newLabel = row.new?.label;
  const oldLabel = row.old?.label;
  if (newLabel === undefined) return oldLabel ?? "";
  if (oldLabel === undefined || oldLabel === newLabel) return newLabel;
  return `${newLabel}（旧${oldLabel}）`;
}

/** A renumbered part's unchanged content is abbreviated to its heading line, as 対照表 do. */
export function isAbbreviated(row: ComparisonRow): boolean {
  return row.status === "renumbered";
}

/** The text shown for one side: the heading line and （略） when abbreviated. */
export function shownText(row: ComparisonRow, text: string): string {
  if (!isAbbreviated(row)) return text;
  const end = text.indexOf("\n");
  return end === -1 ? text : `${text.slice(0, end)}\n${COMPARISON_TERMS.abbreviated}`;
}
