/**
 * The open documents and their analyses: each version is parsed once and the analysis shared by
 * every feature (diagnostics, hover, preview …) until the next edit.
 */
import { TextDocuments, type Connection } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis, ContractService } from "../language/service";

export interface ContractDocuments {
  readonly documents: TextDocuments<TextDocument>;
  get(uri: string): TextDocument | undefined;
  /** The analysis of the document's current version. */
  analysisOf(document: TextDocument): Analysis;
  /** The same, computed one block per step when the file is read whole (on open). */
  analysisInSteps(document: TextDocument): Generator<void, Analysis, void>;
}

export function createContractDocuments(connection: Connection, service: ContractService): ContractDocuments {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, { version: number; analysis: Analysis }>();
  documents.onDidClose((event) => cache.delete(event.document.uri));
  documents.listen(connection);
  const current = (document: TextDocument) => {
    const cached = cache.get(document.uri);
    // A client may reuse a version number for another text (reopen, or a version going back),
    // so the text itself must match too.
    const fresh =
      cached !== undefined &&
      cached.version === document.version &&
      cached.analysis.text === document.getText();
    return { cached, fresh };
  };
  const remember = (document: TextDocument, analysis: Analysis) => {
    cache.set(document.uri, { version: document.version, analysis });
    return analysis;
  };
  return {
    documents,
    get: (uri) => documents.get(uri),
    analysisOf(document) {
      const { cached, fresh } = current(document);
      if (fresh && cached !== undefined) return cached.analysis;
      // The previous version's analysis lets the parse reuse every block the edit did not touch.
      return remember(document, service.analyze(document.getText(), cached?.analysis));
    },
    *analysisInSteps(document) {
      const { cached, fresh } = current(document);
      if (fresh && cached !== undefined) return cached.analysis;
      const analysis = yield* service.analyzeInSteps(document.getText(), cached?.analysis);
      // A request between the steps may have analysed this version already: keep the first.
      const again = current(document);
      return again.fresh && again.cached !== undefined ? again.cached.analysis : remember(document, analysis);
    },
  };
}
