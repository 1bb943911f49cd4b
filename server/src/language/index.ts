/**
 * The language service's one public entry. The language server (`lsp/`) and the CLI (`cli/`)
 * import only this file (lint enforces it): everything behind it may move without them noticing.
 */
export { createContractService, RENDER_FORMATS } from "./service";
export type { ContractService, PreviewContent, RenameAnswer, RenderFormat } from "./service";
export type { Analysis } from "./model/analysis";
export type { Span } from "./ast";
export type { ContractDiagnostic, RelatedLocation, Severity } from "./diagnostic";
export type { TextEdit } from "./check/quick-fix";
export { DEFAULT_CHECK_OPTIONS } from "./check/run-checks";
export { contractSizeProblem, MAX_CONTRACT_LENGTH } from "./size-limit";
export { groupDigits } from "./values/digit-grouping";
export { importContract, type ImportReading, type ImportResult } from "./import/import-contract";
export type { CheckOptions, SeveritySetting } from "./check/run-checks";
export type { DerivedFact } from "./features/law-facts";
export type { CheckedVersion } from "./check/carried-diagnostics";
export type { CodeActionEntry } from "./features/code-actions";
export type { CompletionEntry, CompletionKind } from "./features/completion";
export type { ContractSymbol, ContractSymbolKind } from "./features/document-symbols";
export type { FoldingSpan } from "./features/folding";
export type { FormatEdit } from "./features/format";
export type { HoverResult } from "./features/hover";
export type { InlayHintEntry } from "./features/inlay-hints";
export type { Occurrence, RenameCheck, RenameResult } from "./features/navigation";
export { TOKEN_MODIFIERS, TOKEN_TYPES } from "./features/semantic-tokens";
export type { SemanticToken, TokenType } from "./features/semantic-tokens";
export { buildLineIndex, type LineIndex } from "./line-index";
export { positionAt, type Position } from "./positions";
export { CATALOGUE as DIAGNOSTIC_KINDS } from "./check/registry";
export type { DiagnosticKind } from "./check/rule";
export { closestName } from "./check/support/names";
export * from "./compare";
export type { ContractTypeData } from "./types/contract-type-data";
export type { PlaybookData, PlaybookRuleData } from "./types/playbook-data";
export { BUILTIN_TYPES } from "./types/builtin-types";
export { typeTemplate } from "./types/type-template";
export { buildCatalog, type ContractType, type TypeCatalog } from "./model/contract-type";
export { documentLayout } from "./render/document-layout";
export type {
  DocumentArticle,
  DocumentBlock,
  DocumentLayout,
  DocumentLine,
  DocumentRun,
} from "./render/document-layout";
export { changeBetween, mapOffset, type TextChange } from "./text-change";
export { drain, type Steps } from "./steps";
