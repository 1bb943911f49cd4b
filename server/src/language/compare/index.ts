/** Comparing two versions of a contract (新旧対照表) and drafting the 変更覚書 between them. */
export { compareContracts, compareContractsInSteps, isEmptyComparison } from "./comparison";
export type { Comparison, ComparisonRow, RowSide, RowStatus, VersionNames } from "./comparison";
export type { FactChange, ValueChange } from "./value-changes";
export { comparisonText, markedPieces } from "./comparison-text";
export { comparisonHtmlBody, comparisonHtmlDocument } from "./comparison-html";
export { comparisonJson } from "./comparison-json";
export { comparisonSheet } from "./comparison-sheet";
export type { ComparisonSheet, SheetCell, SheetPiece, SheetTable } from "./comparison-sheet";
export { COMPARISON_TERMS, isAbbreviated, rowTitle, shownText, statusLabel } from "./row-labels";
export { draftAmendment, type AmendmentDraft } from "./amend/amendment";
export type { AmendmentSentence } from "./amend/sentence";
export { memorandumText } from "./amend/memorandum";
