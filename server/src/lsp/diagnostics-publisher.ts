/**
 * Publishes diagnostics: at once on open and save, debounced per document while typing (each
 * document has its own timer), never stale — a result is sent only if the document is still at
 * the version it was computed for.
 */
import type { Connection } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ContractService } from "../language/service";
import type { ContractDocuments } from "./contract-documents";
import { toLspDiagnostic } from "./convert";
import { checkOptionsOf, type KeiyakuSettings } from "./settings";

export interface DiagnosticsPublisher {
  /** Check now (open, save, settings changed). */
  validateNow(document: TextDocument): Promise<void>;
  /** Check after the typing pause. */
  schedule(document: TextDocument): void;
  clear(uri: string): void;
  dispose(): void;
}

export interface PublisherOptions {
  readonly connection: Connection;
  readonly service: ContractService;
  readonly documents: ContractDocuments;
  readonly settingsOf: (uri: string) => Promise<KeiyakuSettings>;
  readonly delayMs: number;
}

export function createDiagnosticsPublisher(options: PublisherOptions): DiagnosticsPublisher {
  const { connection, service, documents, settingsOf, delayMs } = options;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const cancel = (uri: string) => {
    const timer = timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(uri);
  };

  const validateNow = async (document: TextDocument): Promise<void> => {
    cancel(document.uri);
    const version = document.version;
    const settings = await settingsOf(document.uri);
    const current = documents.get(document.uri);
    if (current === undefined || current.version !== version) return;
    const diagnostics = service.check(documents.analysisOf(current), checkOptionsOf(settings));
    await connection.sendDiagnostics({
      uri: current.uri,
      version,
      diagnostics: diagnostics.map((d) => toLspDiagnostic(current, d)),
    });
  };

  const report = (error: unknown) =>
    connection.console.error(`keiyaku: diagnostics failed: ${String(error)}`);

  return {
    validateNow: (document) => validateNow(document).catch(report),
    schedule(document) {
      cancel(document.uri);
      const uri = document.uri;
      timers.set(
        uri,
        setTimeout(() => {
          timers.delete(uri);
          const current = documents.get(uri);
          if (current !== undefined) void validateNow(current).catch(report);
        }, delayMs),
      );
    },
    clear(uri) {
      cancel(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    dispose() {
      for (const uri of [...timers.keys()]) cancel(uri);
    },
  };
}
