/**
 * `keiyaku check --format github`: GitHub Actions workflow commands, one per finding, which the
 * runner turns into annotations on the pull request's files
 * (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
 */
import { buildLineIndex, positionAt, type Severity } from "../language";
import type { FileReport } from "./check-report";

const COMMAND: Readonly<Record<Severity, "error" | "warning" | "notice">> = {
  error: "error",
  warning: "warning",
  information: "notice",
  hint: "notice",
};

/** The escaping the runner undoes: in the message, % and line breaks. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** In a property, also the characters that separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatGithubReport(reports: readonly FileReport[]): string {
  return reports
    .flatMap((report) => {
      const lines = buildLineIndex(report.text);
      return report.diagnostics.map((d) => {
        const start = positionAt(lines, d.span.start);
        const end = positionAt(lines, d.span.end);
        const properties = [
          `file=${escapeProperty(report.file)}`,
          `line=${start.line + 1}`,
          `col=${start.character + 1}`,
          `endLine=${end.line + 1}`,
          `endColumn=${end.character + 1}`,
          `title=${escapeProperty(`keiyaku ${d.id}`)}`,
        ];
        return `::${COMMAND[d.severity]} ${properties.join(",")}::${escapeData(d.message)}\n`;
      });
    })
    .join("");
}
