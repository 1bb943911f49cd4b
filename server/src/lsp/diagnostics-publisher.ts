/**
 * Publishes diagnostics: at once on open and save, and on every keystroke, never stale — a result
 * is sent only if the document is still at the version it was computed for.
 *
 * A keystroke in a contract of ordinary size is checked in full at once (a few milliseconds). In a
 * large one, a full check takes longer than a keystroke may, so a keystroke publishes the previous
 * diagnostics moved through the edit with the edited blocks' syntax errors re-read (carried
 * diagnostics, a few milliseconds at any size), and the full check follows once typing pauses. It
 * runs one rule at a time, letting requests and further keystrokes in between, and is abandoned
 * when the text changes under it.
 */
import { DiagnosticSeverity, type Connection } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { CheckedVersion, CheckOptions, ContractDiagnostic, ContractService } from "../language";
import type { ContractDocuments } from "./contract-documents";
import { rangeOf, toLspDiagnostic } from "./convert";
import { omittedMessage, shownDiagnostics } from "./shown-diagnostics";
import { checkOptionsOf, type KeiyakuSettings } from "./settings";

export interface DiagnosticsPublisher {
  /** Check in full now (open, save, settings changed). */
  validateNow(document: TextDocument): Promise<void>;
  /** Check after an edit. */
  schedule(document: TextDocument): void;
  clear(uri: string): void;
  dispose(): void;
  /** The text and diagnostics last published for a document. */
  published(uri: string): CheckedVersion | undefined;
}

export interface DiagnosticsTiming {
  /**
   * From this many UTF-16 code units (about 500 articles), a keystroke publishes carried
   * diagnostics and leaves the full check to the typing pause.
   */
  readonly largeDocument: number;
  /** The typing pause after which a large document is checked in full. */
  readonly fullCheckDelayMs: number;
}

export const DEFAULT_DIAGNOSTICS_TIMING: DiagnosticsTiming = { largeDocument: 50_000, fullCheckDelayMs: 300 };

export interface PublisherOptions {
  readonly connection: Connection;
  readonly service: ContractService;
  readonly documents: ContractDocuments;
  readonly settingsOf: (uri: string) => Promise<KeiyakuSettings>;
  readonly timing: DiagnosticsTiming;
}

/** What was last published for a document: what carried diagnostics start from. */
type Published = CheckedVersion;

export function createDiagnosticsPublisher(options: PublisherOptions): DiagnosticsPublisher {
  const { connection, service, documents, settingsOf, timing } = options;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const published = new Map<string, Published>();

  const cancel = (uri: string) => {
    const timer = timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(uri);
  };

  const later = (uri: string, delayMs: number, run: () => Promise<void>) => {
    cancel(uri);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void run().catch(report);
      }, delayMs),
    );
  };

  const isCurrent = (document: TextDocument, version: number) => documents.isOpenAt(document, version);

  /** Sends diagnostics computed for the document as it is now (call without awaiting between). */
  const publish = async (document: TextDocument, diagnostics: readonly ContractDiagnostic[]) => {
    // All of them are kept: the next keystroke's carried diagnostics start from them.
    published.set(document.uri, { text: document.getText(), diagnostics });
    const { shown, omitted, firstOmitted } = shownDiagnostics(diagnostics);
    const summary =
      firstOmitted === undefined
        ? []
        : [
            {
              range: rangeOf(document, { start: firstOmitted.span.start, end: firstOmitted.span.start }),
              severity: DiagnosticSeverity.Information,
              source: "keiyaku",
              message: omittedMessage(omitted),
            },
          ];
    await connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: [...shown.map((d) => toLspDiagnostic(document, d)), ...summary],
    });
  };

  const current = async (document: TextDocument) => {
    const version = document.version;
    const checkOptions = checkOptionsOf(await settingsOf(document.uri));
    return isCurrent(document, version) ? { document, checkOptions } : null;
  };

  const checkFully = async (document: TextDocument, checkOptions: CheckOptions) => {
    const version = document.version;
    // Shared with the editor's requests for the same version (contract-documents.ts).
    const open = await documents.prepared(document.uri);
    if (open === null || open.document !== document || !isCurrent(document, version)) return;
    const steps = service.checkInSteps(open.analysis, checkOptions);
    const diagnostics = await documents.inSlices(steps, () => isCurrent(document, version));
    if (diagnostics !== null && isCurrent(document, version)) await publish(document, diagnostics);
  };

  const validateNow = async (document: TextDocument): Promise<void> => {
    cancel(document.uri);
    const state = await current(document);
    if (state !== null) await checkFully(state.document, state.checkOptions);
  };

  const afterEdit = async (document: TextDocument): Promise<void> => {
    const state = await current(document);
    if (state === null) return;
    if (document.getText().length < timing.largeDocument) {
      await checkFully(state.document, state.checkOptions);
      return;
    }
    const checkAfterPause = () =>
      later(document.uri, timing.fullCheckDelayMs, () => validateNow(state.document));
    const previous = published.get(document.uri);
    // Typing before the check on open has finished (it is abandoned at the first keystroke):
    // nothing to carry yet, and checking at every keystroke would only be abandoned again.
    if (previous === undefined) {
      checkAfterPause();
      return;
    }
    const analysis = documents.analysisOf(state.document);
    const version = state.document.version;
    const carried = await documents.answerInSlices(
      service.carryDiagnosticsInSteps(previous, analysis, state.checkOptions),
      () => isCurrent(state.document, version),
      // The first slice at once: few findings (the usual case) are carried without waiting a turn
      // behind the full check's slice.
      { startNow: true },
    );
    // Null: a newer edit came meanwhile, and carries the published findings itself.
    if (carried === null) return;
    await publish(state.document, carried);
    checkAfterPause();
  };

  const report = (error: unknown) =>
    connection.console.error(`keiyaku: diagnostics failed: ${String(error)}`);

  return {
    validateNow: (document) => validateNow(document).catch(report),
    // Not run in the change handler itself: edits that arrive together (a paste, typing faster
    // than the server answers) cancel one another here, and only the last is checked.
    schedule: (document) => later(document.uri, 0, () => afterEdit(document)),
    clear(uri) {
      cancel(uri);
      published.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    dispose() {
      for (const uri of [...timers.keys()]) cancel(uri);
    },
    published: (uri) => published.get(uri),
  };
}
