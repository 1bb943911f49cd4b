/**
 * The open documents and their analyses: each version is parsed once and the analysis shared by
 * every feature (diagnostics, hover, preview …) until the next edit.
 */
import { TextDocuments, type Connection } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { buildLineIndex, type Analysis, type ContractService, type LineIndex } from "../language";
import { currentView, movedView, type DocumentView } from "./document-view";
import { createSlices, type OutputPending, type Slices } from "./slices";

/** The open documents, and the server's sliced work (slices.ts), which every long job uses. */
export interface ContractDocuments extends Slices {
  readonly documents: TextDocuments<TextDocument>;
  get(uri: string): TextDocument | undefined;
  /**
   * Whether `document` at `version` is still the open text: a document is one object updated in
   * place by each edit, and a reopened one is a new object that may carry the same version.
   */
  isOpenAt(document: TextDocument, version: number): boolean;
  /** The analysis of the document's current version. */
  analysisOf(document: TextDocument): Analysis;
  /**
   * The open document and its analysis with the views every feature shares built (document,
   * index, term index), in 5 ms slices: the first request after an edit to a 10,000-article
   * contract would otherwise block the server for ~150 ms building them. Null when the document
   * is not open, or changed or closed meanwhile (the client asks again for the new version).
   */
  prepared(uri: string): Promise<PreparedDocument>;
  /**
   * The open document through the newest analysis whose shared views are built: its current
   * version's once prepared; in a large document, until then, the last prepared version's moved
   * through the edits since (document-view.ts), so that a request after a keystroke does not wait
   * for the new views (which are prepared meanwhile). Null when the document is not open or
   * changed while a small one was being prepared, and — unless `wait` — while a large document
   * opened moments ago is first read: no earlier version can answer, and reading 50,000 articles
   * takes seconds. The request gets its empty answer at once, and `onCaughtUp` tells when to
   * ask the client to refresh.
   */
  view(uri: string, options?: { readonly wait?: boolean }): Promise<DocumentView | null>;
  /**
   * Called when a large document whose requests were answered early — from an earlier version
   * moved through the edits (out of date in the edited range), or empty while it was first read —
   * has its current version prepared: the client should ask again for what it keeps.
   */
  onCaughtUp(listener: (uri: string) => void): void;
  /**
   * Work to do in steps when a large document's version is prepared: a feature computes
   * and keeps the whole-document answer VS Code asks for after every change (outline, folding,
   * semantic tokens), so that the request after the next edit, answered from this version, only
   * moves it.
   */
  whenPrepared(warm: Warmer): void;
}

/** What a feature computes and keeps for a prepared version: at once, or in steps (a generator). */
export type Warmer = (view: DocumentView) => Generator<void, void, void> | undefined;

export interface ContractDocumentsOptions {
  /** From this many UTF-16 code units a request may be answered from moved views (DiagnosticsTiming). */
  readonly largeDocument: number;
  /** Whether an answer sent still waits for the client to read it (main.ts: stdout's backlog). */
  readonly outputPending?: OutputPending;
}

/** An open document at one version with its analysis ready for every feature. */
export type PreparedDocument = { readonly document: TextDocument; readonly analysis: Analysis } | null;

export function createContractDocuments(
  connection: Connection,
  service: ContractService,
  options: ContractDocumentsOptions,
): ContractDocuments {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, { version: number; analysis: Analysis }>();
  // The newest analysis of each document whose shared views are built: what moved views start from.
  const ready = new Map<string, Analysis>();
  const warmers: Warmer[] = [];
  // The last moved view of each document: finding the change compares two 3 MB texts, which VS
  // Code's half-dozen requests after a keystroke would each do again.
  // (The same text is the same string object, so comparing texts costs nothing when they match.)
  const movedViews = new Map<string, { text: string; analysis: Analysis; view: DocumentView }>();
  const movedViewOf = (document: TextDocument, analysis: Analysis) => {
    const text = document.getText();
    const kept = movedViews.get(document.uri);
    if (kept !== undefined && kept.text === text && kept.analysis === analysis) return kept.view;
    const view = movedView(document, analysis, linesOf(analysis), cache.get(document.uri)?.analysis);
    movedViews.set(document.uri, { text, analysis, view });
    return view;
  };
  // Large documents whose requests were answered early (see `view`).
  const answeredEarly = new Set<string>();
  const caughtUpListeners: ((uri: string) => void)[] = [];
  // The line index of a ready analysis's text, built when a moved view first needs it.
  const readyLines = new WeakMap<Analysis, LineIndex>();
  const linesOf = (analysis: Analysis) => () => {
    let lines = readyLines.get(analysis);
    if (lines === undefined) {
      lines = buildLineIndex(analysis.text);
      readyLines.set(analysis, lines);
    }
    return lines;
  };
  const preparing = new Map<
    string,
    {
      readonly document: TextDocument;
      readonly version: number;
      readonly result: Promise<PreparedDocument>;
    }
  >();
  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    ready.delete(event.document.uri);
    preparing.delete(event.document.uri);
    answeredEarly.delete(event.document.uri);
    movedViews.delete(event.document.uri);
  });
  documents.listen(connection);
  const isOpenAt = (document: TextDocument, version: number) =>
    documents.get(document.uri) === document && document.version === version;
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

  const { inSlices, answerInSlices } = createSlices(options.outputPending);
  const prepare = async (document: TextDocument): Promise<PreparedDocument> => {
    // The same object is updated in place by each edit: its version tells versions apart.
    const version = document.version;
    function* steps() {
      const analysis = yield* analysisInSteps(document);
      yield* analysis.prepareInSteps();
      if (analysis.text.length >= options.largeDocument) {
        // The whole-document answers VS Code asks for after every change, in steps: the
        // requests after the next edit are answered from this version (document-view.ts).
        for (const warm of warmers) {
          yield;
          const steps = warm(currentView(document, analysis));
          if (steps !== undefined) yield* steps;
        }
      }
      return analysis;
    }
    const wanted = () => isOpenAt(document, version);
    const analysis = await inSlices(steps(), wanted);
    if (analysis === null || !wanted()) return null;
    ready.set(document.uri, analysis);
    // The moved view holds the previous analysis: let it go with it.
    movedViews.delete(document.uri);
    if (answeredEarly.delete(document.uri)) for (const listener of caughtUpListeners) listener(document.uri);
    return { document, analysis };
  };

  function* analysisInSteps(document: TextDocument): Generator<void, Analysis, void> {
    const { cached, fresh } = current(document);
    if (fresh && cached !== undefined) return cached.analysis;
    const version = document.version;
    const analysis = yield* service.analyzeInSteps(document.getText(), cached?.analysis);
    // The document may have changed between the steps (the caller then drops the result), or a
    // request may have analysed this version meanwhile (keep that one).
    if (document.version !== version) return analysis;
    const again = current(document);
    return again.fresh && again.cached !== undefined ? again.cached.analysis : remember(document, analysis);
  }
  const prepared = (uri: string): Promise<PreparedDocument> => {
    const document = documents.get(uri);
    if (document === undefined) return Promise.resolve(null);
    // VS Code asks for several features at once after an edit: they share one preparation.
    const running = preparing.get(uri);
    if (running !== undefined && running.document === document && running.version === document.version) {
      return running.result;
    }
    const result = prepare(document).finally(() => {
      if (preparing.get(uri)?.result === result) preparing.delete(uri);
    });
    preparing.set(uri, { document, version: document.version, result });
    return result;
  };
  return {
    documents,
    get: (uri) => documents.get(uri),
    isOpenAt,
    analysisOf(document) {
      const { cached, fresh } = current(document);
      if (fresh && cached !== undefined) return cached.analysis;
      // The previous version's analysis lets the parse reuse every block the edit did not touch.
      return remember(document, service.analyze(document.getText(), cached?.analysis));
    },
    prepared,
    inSlices,
    answerInSlices,
    whenPrepared: (warm) => void warmers.push(warm),
    onCaughtUp: (listener) => void caughtUpListeners.push(listener),
    async view(uri, { wait = false } = {}) {
      const document = documents.get(uri);
      if (document === undefined) return null;
      const last = ready.get(uri);
      if (last !== undefined && last.text === document.getText()) return currentView(document, last);
      if (document.getText().length >= options.largeDocument && (last !== undefined || !wait)) {
        // Prepared meanwhile, for the requests after this one; a failure shows in the full check.
        void prepared(uri).catch(() => null);
        answeredEarly.add(uri);
        return last === undefined ? null : movedViewOf(document, last);
      }
      const open = await prepared(uri);
      return open === null ? null : currentView(open.document, open.analysis);
    },
  };
}
