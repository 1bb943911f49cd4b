/** Offsets ↔ LSP positions, through the document's own line index (never peggy's line/column). */
import type { TextDocument } from "vscode-languageserver-textdocument";
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from "vscode-languageserver";
import type { ContractDiagnostic, Severity, Span } from "../language";

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function spanOf(document: TextDocument, range: Range): Span {
  const start = offsetOf(document, range.start);
  const end = offsetOf(document, range.end);
  return { start: Math.min(start, end), end: Math.max(start, end) };
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
    // Fix data is not sent: code actions recompute the findings for the current version, and a
    // fix shared by many findings (renumber all articles) would be sent once per finding.
  };
}

function wholeNumber(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0;
}

/**
 * The offset of a position a client sent. Only a client breaking the protocol sends a line or
 * character that is not a whole number; such a value is read as the nearest valid one rather than
 * becoming NaN in every range computed from it.
 */
export function offsetOf(document: TextDocument, position: { line: unknown; character: unknown }): number {
  return document.offsetAt({ line: wholeNumber(position.line), character: wholeNumber(position.character) });
}
