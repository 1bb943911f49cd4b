/**
 * The language service: the one entry point the CLI and the language server use. Pure: it takes
 * text and returns data, and knows nothing of files, VS Code or the LSP connection.
 */
import type { ContractDocument } from "./ast";
import type { ContractDiagnostic, Severity } from "./diagnostic";
import { parseContract, type ParseProblem } from "./parse/parse-contract";
import { createHtmlRenderer } from "./render/html";
import { layoutContract, type Layout } from "./render/layout";
import { renderMarkdown } from "./render/markdown";
import { renderText } from "./render/text";
import { buildValueScope, type ValueScope } from "./value-scope";

export type RenderFormat = "text" | "markdown" | "html";

export const RENDER_FORMATS: readonly RenderFormat[] = ["text", "markdown", "html"];

/** Everything derived from one version of a text, computed once and shared by all features. */
export interface Analysis {
  readonly text: string;
  readonly document: ContractDocument;
  readonly problems: readonly ParseProblem[];
  readonly scope: ValueScope;
  readonly layout: Layout;
}

export type SeveritySetting = Severity | "off";

export interface CheckOptions {
  /** draft: blanks are warnings; final: a contract about to be signed, blanks are errors. */
  readonly mode: "draft" | "final";
  /** Per-id overrides of the default severity; "off" silences an id. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { mode: "draft", severities: {} };

export interface ContractService {
  analyze(text: string): Analysis;
  check(analysis: Analysis, options?: CheckOptions): ContractDiagnostic[];
  render(analysis: Analysis, format: RenderFormat): string;
  /** The HTML fragment the preview shows. */
  renderHtmlBody(analysis: Analysis): string;
}

function analyze(text: string): Analysis {
  const { document, problems } = parseContract(text);
  const scope = buildValueScope(document);
  // Laid out on first use: checking alone (CI, diagnostics while typing) never pays for it.
  let layout: Layout | undefined;
  return {
    text,
    document,
    problems,
    scope,
    get layout() {
      layout ??= layoutContract(document, scope);
      return layout;
    },
  };
}

function syntaxDiagnostics(problems: readonly ParseProblem[]): ContractDiagnostic[] {
  return problems.map((p) => ({ id: p.id, severity: "error", message: p.message, span: p.span }));
}

function applySeverities(diagnostics: ContractDiagnostic[], options: CheckOptions): ContractDiagnostic[] {
  return diagnostics.flatMap((d) => {
    const setting = options.severities[d.id];
    if (setting === "off") return [];
    return setting === undefined ? [d] : [{ ...d, severity: setting }];
  });
}

export function createContractService(): ContractService {
  const html = createHtmlRenderer();
  return {
    analyze,
    check: (analysis, options = DEFAULT_CHECK_OPTIONS) =>
      applySeverities(syntaxDiagnostics(analysis.problems), options),
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
