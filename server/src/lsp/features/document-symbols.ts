/** The outline: title, parties, 条件, articles and their paragraphs. */
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import type { ContractSymbol, ContractSymbolKind } from "../../language";
import type { DocumentView } from "../document-view";
import type { Feature } from "./feature";

const SYMBOL_KINDS: Readonly<Record<ContractSymbolKind, SymbolKind>> = {
  title: SymbolKind.File,
  party: SymbolKind.Class,
  field: SymbolKind.Field,
  section: SymbolKind.Namespace,
  value: SymbolKind.Constant,
  article: SymbolKind.Module,
  paragraph: SymbolKind.String,
};

function toDocumentSymbol(view: DocumentView, symbol: ContractSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: view.rangeOf(symbol.span),
    selectionRange: view.rangeOf(symbol.selectionSpan),
    children: symbol.children.map((c) => toDocumentSymbol(view, c)),
  };
}

export const documentSymbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onDocumentSymbol(
      guard("documentSymbol", [] as DocumentSymbol[], async (params) => {
        const view = await documents.view(params.textDocument.uri);
        return view === null
          ? []
          : service.documentSymbols(view.analysis).map((s) => toDocumentSymbol(view, s));
      }),
    );
  },
};
