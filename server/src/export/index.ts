/**
 * The export bundle: DOCX and PDF, loaded only when an export runs (load-export.ts), so that the
 * docx library is neither read when the language server or the CLI starts nor bundled into them.
 */
import type { DocumentLayout } from "../language";
import { writeDocx } from "./docx/write-docx";
import { findBrowser } from "./pdf/find-browser";
import { printPdf, type PdfResult } from "./pdf/print-pdf";

export { writeDocx } from "./docx/write-docx";
export { comparisonDocx } from "./comparison-docx";
export type { PdfResult } from "./pdf/print-pdf";

export type ExportFormat = "docx" | "pdf";

/** What an export needs of the contract: the layout for Word, the standalone HTML for PDF. */
export interface ExportSource {
  readonly layout: () => DocumentLayout;
  readonly html: () => string;
}

export interface ExportOptions {
  /** The browser to print a PDF with; null to look for one. */
  readonly browser: string | null;
}

export type ExportResult =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

export async function exportContract(
  format: ExportFormat,
  source: ExportSource,
  options: ExportOptions,
): Promise<ExportResult> {
  if (format === "docx") return { ok: true, bytes: await writeDocx(source.layout()) };
  const browser = await findBrowser(options.browser);
  if (!browser.ok) return browser;
  const printed: PdfResult = await printPdf(source.html(), browser.path);
  return printed.ok ? { ok: true, bytes: printed.pdf } : printed;
}
