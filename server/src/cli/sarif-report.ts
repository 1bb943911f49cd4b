/**
 * `keiyaku check --format sarif`: SARIF 2.1.0 for code scanning (GitHub and other tools). One run;
 * one rule per diagnostic id, with the help the diagnostics reference gives; regions in 1-based
 * lines and columns counted in UTF-16 code units, as the run declares.
 */
import { buildLineIndex, positionAt, type DiagnosticKind, type Severity, type Span } from "../language";
import type { FileReport } from "./check-report";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = {
  error: "error",
  warning: "warning",
  information: "note",
  hint: "note",
};

function rule(kind: DiagnosticKind) {
  const help = [
    kind.title,
    "",
    kind.fix,
    "",
    "例 / Example:",
    kind.example.bad,
    "",
    "修正 / Fixed:",
    kind.example.good,
  ];
  return {
    id: kind.id,
    shortDescription: { text: kind.title },
    fullDescription: { text: kind.summary },
    help: {
      text: help.join("\n"),
      markdown: [
        `**${kind.title}**`,
        "",
        kind.fix,
        "",
        "```contract",
        kind.example.bad,
        "```",
        "",
        "```contract",
        kind.example.good,
        "```",
      ].join("\n"),
    },
    defaultConfiguration: { level: LEVEL[kind.severity] },
    properties: { tags: [kind.id.split(".")[0] ?? kind.id] },
  };
}

/** A path as a URI reference relative to where keiyaku ran (forward slashes, percent-encoded). */
function artifactUri(file: string): string {
  return file.split(/[\\/]/u).map(encodeURIComponent).join("/");
}

function regionOf(text: string, lines: ReturnType<typeof buildLineIndex>, span: Span) {
  const start = positionAt(lines, span.start);
  // A zero-width finding still marks the character it stands before, as editors show it.
  const end = positionAt(lines, Math.min(Math.max(span.end, span.start + 1), text.length));
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

export function formatSarifReport(
  reports: readonly FileReport[],
  kinds: readonly DiagnosticKind[],
  version: string,
): string {
  const used = new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.id)));
  const rules = kinds.filter((k) => used.has(k.id)).map(rule);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) => {
    const lines = buildLineIndex(report.text);
    const location = (span: Span, message?: string) => ({
      physicalLocation: {
        artifactLocation: { uri: artifactUri(report.file) },
        region: regionOf(report.text, lines, span),
      },
      ...(message === undefined ? {} : { message: { text: message } }),
    });
    return report.diagnostics.map((d) => ({
      ruleId: d.id,
      ...(ruleIndex.has(d.id) ? { ruleIndex: ruleIndex.get(d.id) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [location(d.span)],
      ...(d.related === undefined || d.related.length === 0
        ? {}
        : { relatedLocations: d.related.map((r, i) => ({ id: i, ...location(r.span, r.message) })) }),
    }));
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "keiyaku", version, semanticVersion: version, rules } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
