/**
 * The language service: every feature the language server and the CLI offer, one method per
 * feature, as vscode-markdown-languageservice's `createLanguageService` does. Pure: it takes text and
 * offsets and returns data, and knows nothing of files, VS Code or the LSP connection. Hosts reach
 * it only through `index.ts`.
 */
import type { Span } from "./ast";
import { carryDiagnostics, carryDiagnosticsInSteps, type CheckedVersion } from "./check/carried-diagnostics";
import { RULES } from "./check/registry";
import { allDerivedFacts, type DerivedFact } from "./features/law-facts";
import { isNoSide, resolveSide, sideLabel } from "./check/side";
import { checkInSteps, DEFAULT_CHECK_OPTIONS, runChecks, type CheckOptions } from "./check/run-checks";
import type { TextEdit } from "./check/quick-fix";
import type { ContractDiagnostic } from "./diagnostic";
import { codeActionsAt, fixAllEdits, type CodeActionEntry } from "./features/code-actions";
import { completionsAt, type CompletionEntry } from "./features/completion";
import { documentSymbolsInSteps, type ContractSymbol } from "./features/document-symbols";
import { foldingSpansInSteps, type FoldingSpan } from "./features/folding";
import { formatEdits, type FormatEdit } from "./features/format";
import { hoverAt, type HoverResult } from "./features/hover";
import { inlayHints, type InlayHintEntry } from "./features/inlay-hints";
import {
  definitionOf,
  occurrencesOf,
  prepareRename,
  rename,
  targetAt,
  type Occurrence,
  type RenameCheck,
  type RenameResult,
} from "./features/navigation";
import { renameWarning } from "./features/rename-warning";
import { semanticTokensInSteps, type SemanticToken } from "./features/semantic-tokens";
import { analyze, analyzeInSteps, type Analysis } from "./model/analysis";
import { BlockReader } from "./parse";
import { createHtmlRenderer } from "./render/html";
import { laidOutBlocks, layoutTitle } from "./render/layout";
import { renderMarkdown } from "./render/markdown";
import { renderText } from "./render/text";
import { drain, type Steps } from "./steps";
import { isBlankId } from "./vocabulary/blanks";

export type RenderFormat = "text" | "markdown" | "html";

export const RENDER_FORMATS: readonly RenderFormat[] = ["text", "markdown", "html"];

/** What the preview shows of one version. */
export interface PreviewContent {
  readonly title: string | null;
  /** The contract as an HTML fragment; block elements carry data-line (0-based source line). */
  readonly html: string;
  /** How many blanks the contract still has (vocabulary/blanks.ts), as the status bar counts them. */
  readonly blanks: number;
  /**
   * 立場: the reader's party as the options name it (甲（委託者）); 「甲（この契約書の当事者にありません）」
   * style text when the setting names no party; null for no side.
   */
  readonly side: string | null;
}

export type RenameAnswer = RenameResult & { readonly warning?: string };

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
  /** The same in steps, for a host that must stay responsive (100,000 findings take tens of ms). */
  carryDiagnosticsInSteps(
    previous: CheckedVersion,
    analysis: Analysis,
    options?: CheckOptions,
  ): Generator<void, ContractDiagnostic[], void>;

  /** The quick fixes of the findings at `span`, and one fix-all per kind among them. */
  codeActions(findings: readonly ContractDiagnostic[], span: Span): CodeActionEntry[];
  /** The first fix of every finding, without overlapping edits (fix-all on save). */
  fixAll(findings: readonly ContractDiagnostic[]): TextEdit[];

  hover(analysis: Analysis, offset: number): HoverResult | null;
  /** `options` carries the workspace's contract types, whose standard articles are offered. */
  completion(analysis: Analysis, offset: number, options?: CheckOptions): CompletionEntry[];
  /** Kept with the analysis (as `folding` and `semanticTokens` are): the same array every time. */
  documentSymbols(analysis: Analysis): readonly ContractSymbol[];
  /** `documentSymbols` in steps, for a host that computes it ahead (the same kept array). */
  documentSymbolsInSteps(analysis: Analysis): Steps<readonly ContractSymbol[]>;
  folding(analysis: Analysis): readonly FoldingSpan[];
  /** `folding` in steps, for a host that computes it ahead (the same kept array). */
  foldingInSteps(analysis: Analysis): Steps<readonly FoldingSpan[]>;
  inlayHints(analysis: Analysis, span: Span): InlayHintEntry[];
  semanticTokens(analysis: Analysis): readonly SemanticToken[];
  /** `semanticTokens` in steps, for a host that computes them ahead (the same kept array). */
  semanticTokensInSteps(analysis: Analysis): Steps<readonly SemanticToken[]>;
  /** Formatting edits; they never change a character of prose. */
  format(analysis: Analysis): FormatEdit[];

  definition(analysis: Analysis, offset: number): Span | null;
  /** Every occurrence of what is at `offset` (references and highlights), or null if nothing is. */
  occurrences(analysis: Analysis, offset: number): Occurrence[] | null;
  prepareRename(analysis: Analysis, offset: number): RenameCheck;
  /** The edits of a rename, with a warning when it renames a standard value (rename-warning.ts). */
  rename(analysis: Analysis, offset: number, newName: string): RenameAnswer;

  render(analysis: Analysis, format: RenderFormat): string;
  /** The HTML fragment the preview shows. The last one is kept, so asking again is free. */
  renderHtmlBody(analysis: Analysis): string;
  /**
   * `render(analysis, "html")` in steps, for the language server's HTML export: the preview's
   * body (kept, so an export after the preview renders nothing again) in a standalone page.
   */
  renderHtmlPageInSteps(analysis: Analysis): Steps<string>;
  /** The preview's content: title, HTML fragment and how many blanks are left. */
  preview(analysis: Analysis, options?: CheckOptions): PreviewContent;
  /**
   * The same in steps, for the language server. Blanks are counted from `findings` when the host
   * knows this version's (the diagnostics it published or carried to it: what the status bar
   * counts), else from the version's full check when it is done already, else by the blank rules
   * alone (the full check is ~100× their cost).
   */
  previewInSteps(
    analysis: Analysis,
    options?: CheckOptions,
    findings?: readonly ContractDiagnostic[],
  ): Steps<PreviewContent>;
  /** Every derived fact (the cap, the term's end, the laws that apply, the 印紙税), as guidance. */
  facts(analysis: Analysis): DerivedFact[];
}

/**
 * The rules that can report a blank: counting their findings counts the blanks exactly as the
 * full check would (no other rule declares a blank kind).
 */
const BLANK_RULES = RULES.filter((rule) => rule.kinds.some((kind) => isBlankId(kind.id)));

/** The preview's HTML of one version, with the title of the layout it was rendered from. */
interface RenderedBody {
  readonly title: string | null;
  readonly html: string;
}

/** Where the newest render's body is kept with its analysis; null once a newer one is rendered. */
interface RenderSlot {
  body: RenderedBody | null;
}

interface CheckedAnalysis {
  readonly options: string;
  readonly diagnostics: readonly ContractDiagnostic[];
}

/** The side the preview shows: the resolved party, or the setting with why it names none. */
function sideText(analysis: Analysis, options: CheckOptions): string | null {
  if (isNoSide(options.side)) return null;
  const party = resolveSide(options.side, analysis.scope.partyOrder);
  return party === null ? `${options.side ?? ""}（この契約書の当事者にありません）` : sideLabel(party);
}

/**
 * A whole-document answer kept with its analysis: the editor asks for the outline, the semantic
 * tokens and the folding after every change, and in a large contract a request after an edit is
 * answered from the last prepared version (lsp/document-view.ts), so the same version is asked
 * again and again; each answer costs tens of milliseconds at 10,000 articles. Computed in steps,
 * for a host that computes it ahead while it serves.
 */
function keptPerAnalysisInSteps<T>(
  compute: (analysis: Analysis) => Steps<T>,
): (analysis: Analysis) => Steps<T> {
  const kept = new WeakMap<Analysis, T>();
  return function* (analysis) {
    const cached = kept.get(analysis);
    if (cached !== undefined) return cached;
    const value = yield* compute(analysis);
    kept.set(analysis, value);
    return value;
  };
}

export function createContractService(): ContractService {
  const html = createHtmlRenderer();
  // Every parse of this service reads its blocks with this one reader: making the generated
  // parser's functions (scripts/peggy-runs.mjs) for every parse was a fixed cost of each analysis.
  const reader = new BlockReader();
  // Checked results by analysis: the diagnostics publisher, the quick fixes and the preview ask for
  // the same version's findings, which take a third of a second in a 10,000-article contract.
  const checked = new WeakMap<Analysis, CheckedAnalysis>();
  // The preview asks for a version's HTML more than once (a second preview, a scroll back), and
  // only ever for the newest version: the last render alone is kept, with its analysis (as long as
  // the host keeps that), so that an older version does not keep its HTML (7 MB at 10,000
  // articles) too, nor a dropped version's HTML stay while the next one is rendered. The newest
  // render's slot is emptied when the next render starts, rather than found again through a
  // WeakRef to its analysis: a WeakRef keeps its target alive until the end of the job, so a
  // synchronous loop of renders (the bench, a script) held every analysis it rendered.
  const rendered = new WeakMap<Analysis, RenderSlot>();
  let newestRender: RenderSlot | null = null;
  const symbols = keptPerAnalysisInSteps(documentSymbolsInSteps);
  const symbolsOf = (analysis: Analysis) => drain(symbols(analysis));
  const folding = keptPerAnalysisInSteps(function* (analysis: Analysis) {
    return yield* foldingSpansInSteps(analysis, yield* symbols(analysis));
  });
  const tokens = keptPerAnalysisInSteps(semanticTokensInSteps);
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
  const check = (analysis: Analysis, options: CheckOptions = DEFAULT_CHECK_OPTIONS) =>
    cachedCheck(analysis, options) ?? remember(analysis, options, runChecks(analysis, RULES, options));
  function* htmlBodyInSteps(analysis: Analysis): Steps<RenderedBody> {
    const kept = rendered.get(analysis)?.body;
    if (kept !== undefined && kept !== null) return kept;
    if (newestRender !== null) newestRender.body = null;
    // Laid out as it is rendered, not kept (see laidOutBlocks); the value scope first, in one step.
    const scope = analysis.scope;
    yield;
    const document = analysis.document;
    const body: RenderedBody = {
      title: layoutTitle(document),
      html: yield* html.renderBodyInSteps(laidOutBlocks(document, scope), analysis.text),
    };
    newestRender = { body };
    rendered.set(analysis, newestRender);
    return body;
  }
  function* blanksInSteps(
    analysis: Analysis,
    options: CheckOptions,
    known: readonly ContractDiagnostic[] | undefined,
  ): Steps<number> {
    const findings =
      known ?? cachedCheck(analysis, options) ?? (yield* checkInSteps(analysis, BLANK_RULES, options));
    return findings.filter((d) => isBlankId(d.id)).length;
  }
  function* previewInSteps(
    analysis: Analysis,
    options: CheckOptions = DEFAULT_CHECK_OPTIONS,
    findings?: readonly ContractDiagnostic[],
  ) {
    const blanks = yield* blanksInSteps(analysis, options, findings);
    // The document in steps of its own: the layout would otherwise assemble it in one.
    yield* analysis.parse.documentInSteps();
    const { title, html: body } = yield* htmlBodyInSteps(analysis);
    return { title, html: body, blanks, side: sideText(analysis, options) };
  }
  const htmlBody = (analysis: Analysis) => drain(htmlBodyInSteps(analysis)).html;
  function* htmlPageInSteps(analysis: Analysis): Steps<string> {
    const { title, html: body } = yield* htmlBodyInSteps(analysis);
    return html.renderPage(title, body);
  }
  return {
    analyze: (text, previous) => analyze(text, previous, reader),
    analyzeInSteps: (text, previous) => analyzeInSteps(text, previous, reader),
    check,
    checkedAlready: (analysis, options = DEFAULT_CHECK_OPTIONS) => cachedCheck(analysis, options),
    *checkInSteps(analysis, options = DEFAULT_CHECK_OPTIONS) {
      const cached = cachedCheck(analysis, options);
      if (cached !== null) return cached;
      return remember(analysis, options, yield* checkInSteps(analysis, RULES, options));
    },
    carryDiagnostics: (previous, analysis, options = DEFAULT_CHECK_OPTIONS) =>
      carryDiagnostics(previous, analysis, options),
    carryDiagnosticsInSteps: (previous, analysis, options = DEFAULT_CHECK_OPTIONS) =>
      carryDiagnosticsInSteps(previous, analysis, options),
    codeActions: codeActionsAt,
    fixAll: fixAllEdits,
    hover: hoverAt,
    completion: (analysis, offset, options) => completionsAt(analysis, offset, options?.types),
    documentSymbols: symbolsOf,
    documentSymbolsInSteps: symbols,
    folding: (analysis) => drain(folding(analysis)),
    foldingInSteps: folding,
    inlayHints,
    semanticTokens: (analysis) => drain(tokens(analysis)),
    semanticTokensInSteps: tokens,
    format: formatEdits,
    definition: definitionOf,
    occurrences(analysis, offset) {
      const target = targetAt(analysis, offset);
      return target === null ? null : occurrencesOf(analysis, target);
    },
    prepareRename,
    rename(analysis, offset, newName) {
      const result = rename(analysis, offset, newName);
      const warning = result.ok ? renameWarning(analysis, offset, newName) : null;
      return warning === null ? result : { ...result, warning };
    },
    render(analysis, format) {
      switch (format) {
        case "text":
          return renderText(analysis.layout);
        case "markdown":
          return renderMarkdown(analysis.layout).markdown;
        case "html":
          return drain(htmlPageInSteps(analysis));
      }
    },
    renderHtmlBody: htmlBody,
    renderHtmlPageInSteps: htmlPageInSteps,
    preview: (analysis, options) => drain(previewInSteps(analysis, options)),
    previewInSteps,
    facts: allDerivedFacts,
  };
}
