/** The editor features, each a thin adapter from LSP to the pure language service. */
import {
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Connection,
  type DocumentSymbol,
  type FoldingRange,
  type InlayHint,
  type TextEdit,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { completionsAt, type CompletionKind } from "../language/features/completion";
import {
  documentSymbols,
  type ContractSymbol,
  type ContractSymbolKind,
} from "../language/features/document-symbols";
import { foldingSpans } from "../language/features/folding";
import { formatEdits } from "../language/features/format";
import { hoverAt } from "../language/features/hover";
import { inlayHints } from "../language/features/inlay-hints";
import type { ContractService } from "../language/service";
import { ExportHtmlRequest, RenderRequest } from "../protocol";
import { codeActions, wantsFixAll } from "./code-actions";
import { registerNavigation } from "./navigation";
import type { ContractDocuments } from "./contract-documents";
import { offsetOf, rangeOf, spanOf } from "./convert";
import type { Guard } from "./guard";
import { checkOptionsOf, type KeiyakuSettings } from "./settings";

export interface FeatureContext {
  readonly connection: Connection;
  readonly service: ContractService;
  readonly documents: ContractDocuments;
  readonly guard: Guard;
  readonly settingsOf: (uri: string) => Promise<KeiyakuSettings>;
  /** The size from which a keystroke does not run the full check (DiagnosticsTiming). */
  readonly largeDocument: number;
}

const SYMBOL_KINDS: Readonly<Record<ContractSymbolKind, SymbolKind>> = {
  title: SymbolKind.File,
  party: SymbolKind.Class,
  field: SymbolKind.Field,
  section: SymbolKind.Namespace,
  value: SymbolKind.Constant,
  article: SymbolKind.Module,
  paragraph: SymbolKind.String,
};

const COMPLETION_KINDS: Readonly<Record<CompletionKind, CompletionItemKind>> = {
  value: CompletionItemKind.Variable,
  field: CompletionItemKind.Field,
  keyword: CompletionItemKind.Keyword,
  article: CompletionItemKind.Snippet,
  enum: CompletionItemKind.EnumMember,
};

function toDocumentSymbol(document: TextDocument, symbol: ContractSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: rangeOf(document, symbol.span),
    selectionRange: rangeOf(document, symbol.selectionSpan),
    children: symbol.children.map((c) => toDocumentSymbol(document, c)),
  };
}

function registerReadFeatures({ connection, documents, guard }: FeatureContext): void {
  connection.onHover(
    guard("hover", null, async (params) => {
      const open = await documents.prepared(params.textDocument.uri);
      if (open === null) return null;
      const { document, analysis } = open;
      const hover = hoverAt(analysis, offsetOf(document, params.position));
      return hover === null
        ? null
        : {
            range: rangeOf(document, hover.span),
            contents: { kind: MarkupKind.Markdown, value: hover.contents },
          };
    }),
  );

  connection.onCompletion(
    guard("completion", [] as CompletionItem[], async (params) => {
      const open = await documents.prepared(params.textDocument.uri);
      if (open === null) return [];
      const { document, analysis } = open;
      const entries = completionsAt(analysis, offsetOf(document, params.position));
      return entries.map((e, i): CompletionItem => ({
        label: e.label,
        kind: COMPLETION_KINDS[e.kind],
        detail: e.detail,
        documentation: e.documentation,
        sortText: String(i).padStart(4, "0"),
        insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: rangeOf(document, e.replace), newText: e.insertText },
      }));
    }),
  );

  connection.onDocumentSymbol(
    guard("documentSymbol", [] as DocumentSymbol[], async (params) => {
      const open = await documents.prepared(params.textDocument.uri);
      return open === null
        ? []
        : documentSymbols(open.analysis).map((s) => toDocumentSymbol(open.document, s));
    }),
  );

  connection.onFoldingRanges(
    guard("foldingRange", [] as FoldingRange[], async (params) => {
      const open = await documents.prepared(params.textDocument.uri);
      if (open === null) return [];
      return foldingSpans(open.analysis).flatMap((f) => {
        const range = rangeOf(open.document, f.span);
        if (range.end.line <= range.start.line) return [];
        return [
          {
            startLine: range.start.line,
            endLine: range.end.line,
            kind: f.kind === "comment" ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
          },
        ];
      });
    }),
  );
}

function registerHints({ connection, documents, guard, settingsOf }: FeatureContext): void {
  connection.languages.inlayHint.on(
    guard("inlayHint", [] as InlayHint[], async (params) => {
      if (!(await settingsOf(params.textDocument.uri)).inlayHints) return [];
      const open = await documents.prepared(params.textDocument.uri);
      if (open === null) return [];
      const { document, analysis } = open;
      return inlayHints(analysis, spanOf(document, params.range)).map((h) => ({
        position: document.positionAt(h.offset),
        label: h.label,
        paddingLeft: true,
      }));
    }),
  );
}

function registerCodeActions({
  connection,
  service,
  documents,
  guard,
  settingsOf,
  largeDocument,
}: FeatureContext): void {
  connection.onCodeAction(
    guard("codeAction", [], async (params) => {
      const options = checkOptionsOf(await settingsOf(params.textDocument.uri));
      const open = await documents.prepared(params.textDocument.uri);
      if (open === null) return [];
      const { document: current, analysis } = open;
      // VS Code asks for the quick fixes at the cursor after every keystroke. In a large contract
      // the full check waits for the typing pause (diagnostics-publisher.ts), and running it here
      // would block every keystroke for it; until it has run there are no fixes to offer, and VS
      // Code asks again when the diagnostics it publishes arrive. Fix-all is asked for on purpose.
      const findings =
        service.checkedAlready(analysis, options) ??
        (wantsFixAll(params) || current.getText().length < largeDocument
          ? service.check(analysis, options)
          : []);
      return codeActions(current, findings, params);
    }),
  );
}

function registerPreview({ connection, service, documents, guard }: FeatureContext): void {
  connection.onRequest(
    RenderRequest,
    guard("render", null, (params) => {
      const document = documents.get(params.textDocument.uri);
      if (document === undefined) return null;
      const analysis = documents.analysisOf(document);
      const blanks = analysis.layout.blocks
        .flatMap((b) => b.groups.flat())
        .flatMap((l) => l.segments)
        .filter((s) => s.kind === "blank").length;
      return {
        uri: document.uri,
        version: document.version,
        title: analysis.layout.title,
        html: service.renderHtmlBody(analysis),
        blanks,
      };
    }),
  );
  connection.onRequest(
    ExportHtmlRequest,
    guard("exportHtml", null, (params) => {
      const document = documents.get(params.textDocument.uri);
      return document === undefined ? null : { html: service.render(documents.analysisOf(document), "html") };
    }),
  );
}

function registerFormatting({ connection, documents, guard }: FeatureContext): void {
  connection.onDocumentFormatting(
    guard("formatting", [] as TextEdit[], (params) => {
      const document = documents.get(params.textDocument.uri);
      if (document === undefined) return [];
      return formatEdits(documents.analysisOf(document)).map((e) => ({
        range: rangeOf(document, e.span),
        newText: e.newText,
      }));
    }),
  );
}

export function registerFeatures(context: FeatureContext): void {
  registerNavigation(context);
  registerFormatting(context);
  registerReadFeatures(context);
  registerHints(context);
  registerCodeActions(context);
  registerPreview(context);
}
