/** Prints the findings of `keiyaku check`: one line per finding, or JSON for machines. */
import {
  buildLineIndex,
  positionAt,
  type ContractDiagnostic,
  type Position,
  type Severity,
} from "../language";

export interface FileReport {
  readonly file: string;
  readonly text: string;
  readonly diagnostics: readonly ContractDiagnostic[];
}

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "information", "hint"];

export function countBySeverity(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of reports.flatMap((r) => r.diagnostics)) counts[d.severity]++;
  return counts;
}

/** `file:line:col: severity id: message`, 1-based line and column (UTF-16 units, as LSP). */
export function formatTextReport(report: FileReport): string {
  const lines = buildLineIndex(report.text);
  return report.diagnostics
    .map((d) => {
      const { line, character } = positionAt(lines, d.span.start);
      return `${report.file}:${line + 1}:${character + 1}: ${d.severity} ${d.id}: ${d.message}\n`;
    })
    .join("");
}

export function formatSummary(reports: readonly FileReport[], unreadable: number): string {
  const c = countBySeverity(reports);
  const files = `${reports.length} ファイル${unreadable > 0 ? `（読めないファイル ${unreadable}）` : ""}`;
  return `${files}：エラー ${c.error}・警告 ${c.warning}・情報 ${c.information}・ヒント ${c.hint}\n`;
}

interface JsonDiagnostic {
  readonly id: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: { readonly start: Position; readonly end: Position };
  readonly offsets: { readonly start: number; readonly end: number };
  readonly related: readonly {
    readonly message: string;
    readonly range: { start: Position; end: Position };
  }[];
}

function jsonDiagnostics(report: FileReport): JsonDiagnostic[] {
  const lines = buildLineIndex(report.text);
  const range = (span: { start: number; end: number }) => ({
    start: positionAt(lines, span.start),
    end: positionAt(lines, span.end),
  });
  return report.diagnostics.map((d) => ({
    id: d.id,
    severity: d.severity,
    message: d.message,
    range: range(d.span),
    offsets: { start: d.span.start, end: d.span.end },
    related: (d.related ?? []).map((r) => ({ message: r.message, range: range(r.span) })),
  }));
}

export function formatJsonReport(reports: readonly FileReport[], unreadable: readonly string[]): string {
  const summary = { files: reports.length, unreadable: unreadable.length, ...countBySeverity(reports) };
  const files = reports.map((r) => ({ file: r.file, diagnostics: jsonDiagnostics(r) }));
  return `${JSON.stringify({ version: 1, files, errors: unreadable, summary }, null, 2)}\n`;
}

export function sortBySeverity(a: ContractDiagnostic, b: ContractDiagnostic): number {
  return (
    a.span.start - b.span.start || SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
  );
}
