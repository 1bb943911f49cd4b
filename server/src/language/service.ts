/**
 * The language service: the one entry point the CLI and the language server use. Pure: it takes
 * text and returns data, and knows nothing of files, VS Code or the LSP connection.
 */
import { analyze, type Analysis } from "./analysis";
import { RULES } from "./check/registry";
import { DEFAULT_CHECK_OPTIONS, runChecks, type CheckOptions } from "./check/run-checks";
import type { ContractDiagnostic } from "./diagnostic";
import { createHtmlRenderer } from "./render/html";
import { renderMarkdown } from "./render/markdown";
import { renderText } from "./render/text";

export type { Analysis } from "./analysis";
export type { CheckOptions, SeveritySetting } from "./check/run-checks";
export { DEFAULT_CHECK_OPTIONS } from "./check/run-checks";

export type RenderFormat = "text" | "markdown" | "html";

export const RENDER_FORMATS: readonly RenderFormat[] = ["text", "markdown", "html"];

export interface ContractService {
  /**
   * Parses and prepares one version of a contract. Pass the analysis of the file's previous
   * version to reuse what an edit did not change (the result is the same either way).
   */
  analyze(text: string, previous?: Analysis): Analysis;
  check(analysis: Analysis, options?: CheckOptions): ContractDiagnostic[];
  render(analysis: Analysis, format: RenderFormat): string;
  /** The HTML fragment the preview shows. */
  renderHtmlBody(analysis: Analysis): string;
}

export function createContractService(): ContractService {
  const html = createHtmlRenderer();
  return {
    analyze,
    check: (analysis, options = DEFAULT_CHECK_OPTIONS) => runChecks(analysis, RULES, options),
    render(analysis, format) {
      switch (format) {
        case "text":
          return renderText(analysis.layout);
        case "markdown":
          return renderMarkdown(analysis.layout).markdown;
        case "html":
          return html.renderDocument(analysis.layout, analysis.text);
      }
    },
    renderHtmlBody: (analysis) => html.renderBody(analysis.layout, analysis.text),
  };
}
