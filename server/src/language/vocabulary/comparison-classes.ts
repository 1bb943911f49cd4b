/**
 * The class names and data attributes of a rendered 新旧対照表, for the renderer
 * (compare/comparison-html.ts), its stylesheets and the VS Code view's script, which finds rows by
 * them. Dependency-free: the client bundles it.
 */
export const COMPARISON_CLASSES = {
  root: "keiyaku-comparison",
  values: "kd-values",
  table: "kd-table",
  row: "kd-row",
  newCell: "kd-new",
  oldCell: "kd-old",
  change: "kd-change",
  empty: "kd-empty",
  status: "kd-status",
  note: "kd-note",
  label: "kd-label",
} as const;

/** On a row: the new version's source offsets of its part (absent for a deleted part). */
export const COMPARISON_SOURCE_ATTRIBUTE = "data-source-start";
