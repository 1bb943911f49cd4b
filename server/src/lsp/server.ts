/**
 * The Keiyaku language server: wires the LSP connection to the pure language service. Everything
 * it holds lives in this function's scope, so a test can start as many servers as it likes.
 */
import {
  DidChangeConfigurationNotification,
  type ClientCapabilities,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { createContractService } from "../language";
import { VERSION } from "../version";
import { askClientToRefresh } from "./client-refresh";
import { createContractDocuments } from "./contract-documents";
import { createDiagnosticsPublisher, DEFAULT_DIAGNOSTICS_TIMING } from "./diagnostics-publisher";
import { featureCapabilities, registerFeatures } from "./features";
import { createGuard } from "./guard";
import { createSettingsProvider } from "./settings-provider";
import { createLspWorkspace } from "./workspace-types";
import type { OutputPending } from "./slices";

export const SERVER_INFO = { name: "keiyaku-language-server", version: VERSION } as const;

function capabilities(): InitializeResult["capabilities"] {
  return {
    textDocumentSync: {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
      save: { includeText: false },
    },
    ...featureCapabilities(),
  };
}

/** How the server is run: over stdio, main.ts can tell when the client has read what was sent. */
export interface ServerHost {
  readonly outputPending?: OutputPending;
  /** The host's message writer splices answers written as JSON (serialized-json.ts). */
  readonly serializedAnswers?: boolean;
}

export function startLanguageServer(connection: Connection, host: ServerHost = {}): void {
  const service = createContractService();
  const documents = createContractDocuments(connection, service, {
    largeDocument: DEFAULT_DIAGNOSTICS_TIMING.largeDocument,
    outputPending: host.outputPending,
  });
  const guard = createGuard(connection);
  const client: { configuration: boolean; dynamicConfiguration: boolean; capabilities: ClientCapabilities } =
    {
      configuration: false,
      dynamicConfiguration: false,
      capabilities: {},
    };
  const settings = createSettingsProvider(connection, () => client.configuration);
  const workspace = createLspWorkspace(connection);
  // Every feature sees the settings with the document's .keiyaku/ types and playbook added.
  const settingsOf = async (uri: string) => workspace.withWorkspace(uri, await settings.settingsOf(uri));
  const publisher = createDiagnosticsPublisher({
    connection,
    service,
    documents,
    settingsOf,
    timing: DEFAULT_DIAGNOSTICS_TIMING,
  });
  const openedAt = new Map<string, number>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client.capabilities = params.capabilities;
    client.configuration = params.capabilities.workspace?.configuration === true;
    workspace.initialize(params);
    client.dynamicConfiguration =
      params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    return { capabilities: capabilities(), serverInfo: SERVER_INFO };
  });

  connection.onInitialized(() => {
    if (client.dynamicConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: "keiyaku" });
    }
    workspace.watch();
  });

  documents.onCaughtUp(() => askClientToRefresh(connection, client.capabilities));

  documents.documents.onDidOpen(({ document }) => {
    openedAt.set(document.uri, document.version);
    void publisher.validateNow(document);
  });

  documents.documents.onDidChangeContent(({ document }) => {
    if (openedAt.get(document.uri) === document.version) return;
    void settingsOf(document.uri).then((s) => {
      if (s.validate === "onType") publisher.schedule(document);
    });
  });

  documents.documents.onDidSave(({ document }) => void publisher.validateNow(document));

  documents.documents.onDidClose(({ document }) => {
    openedAt.delete(document.uri);
    settings.forget(document.uri);
    publisher.clear(document.uri);
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    for (const document of documents.documents.all()) void publisher.validateNow(document);
  });

  connection.onDidChangeWatchedFiles(() => {
    workspace.changed();
    for (const document of documents.documents.all()) void publisher.validateNow(document);
  });

  registerFeatures({
    connection,
    service,
    documents,
    guard,
    settingsOf,
    largeDocument: DEFAULT_DIAGNOSTICS_TIMING.largeDocument,
    published: (uri) => publisher.published(uri),
    clientCapabilities: () => client.capabilities,
    serializedAnswers: host.serializedAnswers === true,
  });
  connection.onShutdown(() => publisher.dispose());
  connection.listen();
}
