/** Offsets ↔ LSP positions, through the document's own line index (never peggy's line/column). */
import type { TextDocument } from "vscode-languageserver-textdocument";
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from "vscode-languageserver";
import type { Span } from "../language/ast";
import type { ContractDiagnostic, Severity } from "../language/diagnostic";

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function spanOf(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(document: TextDocument, d: ContractDiagnostic): Diagnostic {
  return {
    range: rangeOf(document, d.span),
    severity: SEVERITY[d.severity],
    code: d.id,
    source: "keiyaku",
    message: d.message,
    relatedInformation: d.related?.map((r) => ({
      location: { uri: document.uri, range: rangeOf(document, r.span) },
      message: r.message,
    })),
    tags: d.tags?.map((t) => (t === "unnecessary" ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated)),
    data: d.data,
  };
}
