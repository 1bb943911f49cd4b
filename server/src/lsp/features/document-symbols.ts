/** The outline: title, parties, 条件, articles and their paragraphs. */
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import { type Analysis, type ContractSymbol, type ContractSymbolKind } from "../../language";
import type { DocumentView } from "../document-view";
import { arrayInSteps, writtenInSteps, type SerializedJson, type WrittenItems } from "../serialized-json";
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

/** A version's outline in LSP terms, in its own text, and the same written as JSON. */
interface KeptOutline {
  readonly symbols: readonly DocumentSymbol[];
  /**
   * The top-level symbols written as JSON and encoded while the version was prepared (a large
   * outline over stdio only): typing within a line moves no symbol but the edited article's, so
   * the answer after it sends all the others' bytes as they are instead of writing and encoding
   * 3.2 million characters again.
   */
  readonly written: WrittenItems<DocumentSymbol> | null;
}

export const documentSymbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true },
  register({ connection, documents, guard, service, serializedAnswers }) {
    // The outline in LSP terms, in each analysis's own text, kept with it: after an edit to a large
    // contract it is answered from the last prepared version (document-view.ts), and converting
    // 10,000 articles' ranges again for every request took as long as building them.
    const kept = new WeakMap<Analysis, KeptOutline>();
    /** The outline in the analysis's own lines, converted a few hundred symbols per step. */
    function* keptInSteps(view: DocumentView): Generator<void, KeptOutline, void> {
      const cached = kept.get(view.analysis);
      if (cached !== undefined) return cached;
      const symbols = yield* service.documentSymbolsInSteps(view.analysis);
      const own: DocumentSymbol[] = [];
      for (const symbol of symbols) {
        own.push(toDocumentSymbol(view.analysisRangeOf, symbol));
        if (own.length % SYMBOLS_PER_STEP === 0) yield;
      }
      const large = serializedAnswers && own.length >= SYMBOLS_PER_STEP;
      const outline = { symbols: own, written: large ? yield* writtenInSteps(own) : null };
      kept.set(view.analysis, outline);
      return outline;
    }
    documents.whenPrepared(function* (view) {
      yield* keptInSteps(view);
    });
    /** The answer: the view's own outline, moved through the edits since, a few hundred a step. */
    function* answerInSteps(
      view: DocumentView,
    ): Generator<void, readonly DocumentSymbol[] | SerializedJson, void> {
      const { symbols, written } = yield* keptInSteps(view);
      const answer: DocumentSymbol[] = [];
      for (const symbol of symbols) {
        answer.push(view.current ? symbol : moved(view, symbol));
        if (answer.length % SYMBOLS_PER_STEP === 0) yield;
      }
      // Where the host can send it so, as JSON written here: the kept bytes of every symbol that did
      // not move, the others written anew, in steps (a 10,000-article outline is 3.2 million
      // characters: written in one go, it was the server's longest step).
      return written === null ? answer : yield* arrayInSteps(answer, written);
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
