import type { TaxLabel } from "./value";

/** The labels drafters actually write; the label is kept as written so the contract reads unchanged. */
const TAX_LABELS: ReadonlyMap<string, TaxLabel["mode"]> = new Map([
  ["消費税別", "exclusive"],
  ["税別", "exclusive"],
  ["外税", "exclusive"],
  ["税抜", "exclusive"],
  ["税抜き", "exclusive"],
  ["消費税込", "inclusive"],
  ["消費税込み", "inclusive"],
  ["税込", "inclusive"],
  ["税込み", "inclusive"],
  ["内税", "inclusive"],
]);

const TAX_SUFFIX = /^(.*?)[ \u3000]*[（(]([^（）()]*)[）)]$/;

export function acceptedTaxLabels(): readonly string[] {
  return [...TAX_LABELS.keys()];
}

export function parseTaxLabel(label: string): TaxLabel | null {
  const mode = TAX_LABELS.get(label);
  return mode === undefined ? null : { mode, label };
}

/** `（消費税別）`, or "" when there is no label. */
export function formatTaxLabel(tax: TaxLabel | null): string {
  return tax === null ? "" : `（${tax.label}）`;
}

/** Splits a trailing parenthesised label (full- or half-width) off the text before it. */
export function splitTaxSuffix(text: string): { readonly body: string; readonly label: string | null } {
  const match = TAX_SUFFIX.exec(text);
  if (match === null) return { body: text, label: null };
  return { body: match[1] ?? "", label: match[2] ?? "" };
}

export function unknownTaxLabelReason(label: string): string {
  return `「（${label}）」は消費税の扱いとして読めません。括弧の中は ${acceptedTaxLabels().join("・")} のいずれかで書いてください。`;
}
