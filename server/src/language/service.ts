/**
 * The language service: the one entry point the CLI and the language server use. Pure: it takes
 * text and returns data, and knows nothing of files, VS Code or the LSP connection.
 */
import { analyze, analyzeInSteps, type Analysis } from "./analysis";
import { RULES } from "./check/registry";
import { carryDiagnostics, type CheckedVersion } from "./check/carried-diagnostics";
import { checkInSteps, DEFAULT_CHECK_OPTIONS, runChecks, type CheckOptions } from "./check/run-checks";
import type { ContractDiagnostic } from "./diagnostic";
import { createHtmlRenderer } from "./render/html";
import { renderMarkdown } from "./render/markdown";
import { renderText } from "./render/text";

export type { Analysis } from "./analysis";
export type { CheckOptions, SeveritySetting } from "./check/run-checks";
export type { CheckedVersion } from "./check/carried-diagnostics";
export { DEFAULT_CHECK_OPTIONS } from "./check/run-checks";
export { contractSizeProblem, MAX_CONTRACT_LENGTH } from "./size-limit";

export type RenderFormat = "text" | "markdown" | "html";

export const RENDER_FORMATS: readonly RenderFormat[] = ["text", "markdown", "html"];

export interface ContractService {
  /**
   * Parses and prepares one version of a contract. Pass the analysis of the file's previous
   * version to reuse what an edit did not change (the result is the same either way).
   */
  analyze(text: string, previous?: Analysis): Analysis;
  /** The same, one block per step when there is no previous version (see `checkInSteps`). */
  analyzeInSteps(text: string, previous?: Analysis): Generator<void, Analysis, void>;
  /** Every check. The result is kept with the analysis, so asking again for it is free. */
  check(analysis: Analysis, options?: CheckOptions): ContractDiagnostic[];
  /** The kept result of `check` or `checkInSteps` for this analysis and options, or null. */
  checkedAlready(analysis: Analysis, options?: CheckOptions): ContractDiagnostic[] | null;
  /**
   * The same check one rule per step (see `checkInSteps` in check/run-checks.ts), for a host that
   * must stay responsive; the finished result is kept like `check`'s.
   */
  checkInSteps(analysis: Analysis, options?: CheckOptions): Generator<void, ContractDiagnostic[], void>;
  /** The previous version's diagnostics moved through an edit (check/carried-diagnostics.ts). */
  carryDiagnostics(
    previous: CheckedVersion,
    analysis: Analysis,
    options?: CheckOptions,
  ): ContractDiagnostic[];
  render(analysis: Analysis, format: RenderFormat): string;
  /** The HTML fragment the preview shows. Kept with the analysis, so asking again is free. */
  renderHtmlBody(analysis: Analysis): string;
}

interface CheckedAnalysis {
  readonly options: string;
  readonly diagnostics: readonly ContractDiagnostic[];
}

export function createContractService(): ContractService {
  const html = createHtmlRenderer();
  // Checked results by analysis: the diagnostics publisher and the quick fixes ask for the same
  // version's findings, which take a third of a second to compute in a 10,000-article contract.
  const checked = new WeakMap<Analysis, CheckedAnalysis>();
  // The preview asks for a version's HTML more than once (a second preview, a scroll back).
  const htmlBodies = new WeakMap<Analysis, string>();
  const cachedCheck = (analysis: Analysis, options: CheckOptions) => {
    const cached = checked.get(analysis);
    return cached !== undefined && cached.options === JSON.stringify(options)
      ? [...cached.diagnostics]
      : null;
  };
  const remember = (analysis: Analysis, options: CheckOptions, diagnostics: ContractDiagnostic[]) => {
    checked.set(analysis, { options: JSON.stringify(options), diagnostics });
    return [...diagnostics];
  };
  return {
    analyze,
    analyzeInSteps,
    checkedAlready: (analysis, options = DEFAULT_CHECK_OPTIONS) => cachedCheck(analysis, options),
    check: (analysis, options = DEFAULT_CHECK_OPTIONS) =>
      cachedCheck(analysis, options) ?? remember(analysis, options, runChecks(analysis, RULES, options)),
    *checkInSteps(analysis, options = DEFAULT_CHECK_OPTIONS) {
      const cached = cachedCheck(analysis, options);
      if (cached !== null) return cached;
      return remember(analysis, options, yield* checkInSteps(analysis, RULES, options));
    },
    carryDiagnostics: (previous, analysis, options = DEFAULT_CHECK_OPTIONS) =>
      carryDiagnostics(previous, analysis, options),
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
    renderHtmlBody(analysis) {
      const cached = htmlBodies.get(analysis);
      if (cached !== undefined) return cached;
      const body = html.renderBody(analysis.layout, analysis.text);
      htmlBodies.set(analysis, body);
      return body;
    },
  };
}
