/**
 * `keiyaku render FILE -o OUT.docx|OUT.pdf`: the export bundle (server/src/export/, loaded only
 * now) writes the file; nothing is written when it cannot be made (no browser for a PDF).
 */
import { loadExport } from "../export/load-export";
import { documentLayout, type Analysis, type ContractService } from "../language";
import type { FileFormat } from "./arguments";
import { writeOutput } from "./write-output";

export interface ExportRequest {
  readonly format: FileFormat;
  readonly output: string;
  readonly browser: string | null;
}

/** Null when written; otherwise the message to print (exit 2). */
export async function exportToFile(
  request: ExportRequest,
  service: ContractService,
  analysis: Analysis,
): Promise<string | null> {
  const { exportContract } = await loadExport();
  const result = await exportContract(
    request.format,
    { layout: () => documentLayout(analysis), html: () => service.render(analysis, "html") },
    { browser: request.browser },
  );
  if (!result.ok) return result.message;
  return writeOutput(request.output, result.bytes);
}
