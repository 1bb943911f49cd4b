/** The outline: title, parties, 条件, articles and their paragraphs. */
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import { type Analysis, type ContractSymbol, type ContractSymbolKind } from "../../language";
import type { DocumentView } from "../document-view";
import { serializedInSteps, type SerializedJson } from "../serialized-json";
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

/**
 * An empty detail and empty children are left out (both are optional): the outline of 10,000
 * articles is 3.4 million characters, which the client has to read after every edit.
 */
function toDocumentSymbol(
  rangeOf: (span: ContractSymbol["span"]) => DocumentSymbol["range"],
  symbol: ContractSymbol,
): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail === "" ? {} : { detail: symbol.detail }),
    kind: SYMBOL_KINDS[symbol.kind],
    range: rangeOf(symbol.span),
    selectionRange: rangeOf(symbol.selectionSpan),
    ...(symbol.children.length === 0
      ? {}
      : { children: symbol.children.map((c) => toDocumentSymbol(rangeOf, c)) }),
  };
}

/** A symbol of the analysis's own text moved into the view's document; itself when it did not move. */
function moved(view: DocumentView, symbol: DocumentSymbol): DocumentSymbol {
  const range = view.moveRange(symbol.range);
  const selectionRange = view.moveRange(symbol.selectionRange);
  const children = symbol.children?.map((c) => moved(view, c));
  const same =
    range === symbol.range &&
    selectionRange === symbol.selectionRange &&
    (children ?? []).every((c, i) => c === symbol.children?.[i]);
  return same
    ? symbol
    : { ...symbol, range, selectionRange, ...(children === undefined ? {} : { children }) };
}

/** Top-level symbols (articles with their paragraphs) converted per step: a few milliseconds. */
const SYMBOLS_PER_STEP = 500;

export const documentSymbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true },
  register({ connection, documents, guard, service, serializedAnswers }) {
    // The outline in LSP terms, in each analysis's own text, kept with it: after an edit to a large
    // contract it is answered from the last prepared version (document-view.ts), and converting
    // 10,000 articles' ranges again for every request took as long as building them.
    const kept = new WeakMap<Analysis, DocumentSymbol[]>();
    /** The outline in the analysis's own lines, converted a few hundred symbols per step. */
    function* ownSymbolsInSteps(view: DocumentView): Generator<void, DocumentSymbol[], void> {
      const cached = kept.get(view.analysis);
      if (cached !== undefined) return cached;
      const symbols = yield* service.documentSymbolsInSteps(view.analysis);
      const own: DocumentSymbol[] = [];
      for (const symbol of symbols) {
        own.push(toDocumentSymbol(view.analysisRangeOf, symbol));
        if (own.length % SYMBOLS_PER_STEP === 0) yield;
      }
      kept.set(view.analysis, own);
      return own;
    }
    documents.whenPrepared(function* (view) {
      yield* ownSymbolsInSteps(view);
    });
    /** The answer: the view's own outline, moved through the edits since, a few hundred a step. */
    function* answerInSteps(view: DocumentView): Generator<void, DocumentSymbol[] | SerializedJson, void> {
      const own = yield* ownSymbolsInSteps(view);
      const answer: DocumentSymbol[] = view.current ? own : [];
      if (!view.current) {
        for (const symbol of own) {
          answer.push(moved(view, symbol));
          if (answer.length % SYMBOLS_PER_STEP === 0) yield;
        }
      }
      // Written as JSON here, in steps, where the host can send it so (a 10,000-article outline
      // is 3.2 million characters: in one go, the server's longest step).
      return serializedAnswers && answer.length >= SYMBOLS_PER_STEP
        ? yield* serializedInSteps(answer)
        : answer;
    }
    connection.onDocumentSymbol(
      guard("documentSymbol", [] as DocumentSymbol[], async (params) => {
        // No request refreshes the outline: it waits for a large document's first read.
        const view = await documents.view(params.textDocument.uri, { wait: true });
        if (view === null) return [];
        // In slices: moving 10,000 articles' outline took 6-21 ms, in the same turn as sending the
        // 3.4 million characters of the answer.
        const answer = (await documents.answerInSlices(answerInSteps(view), () => true)) ?? [];
        // The writer splices a SerializedJson in as the result (main.ts); the protocol's types
        // know only the symbols.
        return answer as DocumentSymbol[];
      }),
    );
  },
};
