/** The outline: title, parties, 条件, articles and their paragraphs. */
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ContractSymbol, ContractSymbolKind } from "../../language";
import { rangeOf } from "../convert";
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

export const documentSymbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onDocumentSymbol(
      guard("documentSymbol", [] as DocumentSymbol[], async (params) => {
        const open = await documents.prepared(params.textDocument.uri);
        return open === null
          ? []
          : service.documentSymbols(open.analysis).map((s) => toDocumentSymbol(open.document, s));
      }),
    );
  },
};
