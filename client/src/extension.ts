/**
 * The Keiyaku extension: starts the language server, and adds what an LSP client alone cannot —
 * the preview, HTML export, the status bar summary and the new-contract command. Everything it
 * creates is owned by the extension context, so nothing outlives deactivation.
 *
 * Activation registers and nothing more: every command is registered here, but its code is in a
 * command group (lazy-group.ts, client/src/groups/) loaded when the command first runs. The
 * language client's group is loaded right after activate() returns, and the server started
 * without being awaited.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { registerExportDocuments } from "./commands/export-document";
import { registerExportHtml } from "./commands/export-html";
import { registerImportContract } from "./commands/import-contract";
import { registerNewContract } from "./commands/new-contract";
import { registerPreviewCommands } from "./commands/preview-commands";
import { registerRestartServer } from "./commands/restart-server";
import { registerShowComparison } from "./commands/show-comparison";
import { createSystemClock } from "./common/clock";
import type * as ExportGroup from "./groups/export";
import type * as PreviewGroup from "./groups/preview";
import type * as ServerGroup from "./groups/server";
import { lazyGroup } from "./lazy-group";
import { localize } from "./l10n/vscode-localize";
import { PREVIEW_VIEW_TYPE } from "./preview/preview-page";
import type { PreviewManager } from "./preview/preview-manager";
import type { ServerRenderer } from "./server/server-renderer";
import { createContractStatusBar } from "./status/contract-status-bar";

/**
 * How long activation took, in the extension host's own clock, for the end-to-end tests and
 * bench/activation.ts. VS Code's "activation time" is the time to load this module plus the time
 * activate() takes (plus, were it a promise, the time until it resolves); loading the module
 * happens before any of its code runs, so only VS Code can see that part.
 */
export interface ActivationTiming {
  /** Milliseconds from entering activate() until it returned, the language server's start handed off. */
  readonly activateMs: number;
  /**
   * Milliseconds from entering activate() until the language server was running (client.start()
   * resolved): what activation would take if it awaited the server. Undefined if it did not start.
   */
  readonly serverReady: Promise<number | undefined>;
}

export interface KeiyakuApi {
  /** The language client once its group has loaded, for the end-to-end tests. */
  readonly client: Promise<LanguageClient>;
  readonly activation: ActivationTiming;
}

const disposeAll = (disposables: vscode.Disposable[]) => {
  for (const disposable of disposables.splice(0)) disposable.dispose();
};

export function activate(context: vscode.ExtensionContext): KeiyakuApi {
  const entered = performance.now();
  const log = vscode.window.createOutputChannel("Keiyaku", { log: true });
  const serverGroup = lazyGroup<typeof ServerGroup>("server");
  const previewGroup = lazyGroup<typeof PreviewGroup>("preview");
  const exportGroup = lazyGroup<typeof ExportGroup>("export");

  const serverSubscriptions: vscode.Disposable[] = [];
  let previews: PreviewManager | undefined;
  let deactivated = false;
  // Loaded on the next turn, after activate() has returned: loading the language client is most
  // of what activation used to cost.
  const connection = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
    if (deactivated) throw new Error("the extension was deactivated");
    return serverGroup().connectServer(
      context.extensionUri,
      log,
      () => previews?.refreshAll(),
      serverSubscriptions,
    );
  });
  const client = connection.then((c) => c.client);
  const requests = connection.then((c) => c.requests);
  const renderer: ServerRenderer = {
    render: async (resource) => (await connection).renderer.render(resource),
    exportHtml: async (resource) => (await connection).renderer.exportHtml(resource),
    exportDocument: async (resource, format, browser) =>
      (await connection).renderer.exportDocument(resource, format, browser),
  };
  const previewsNow = () => (previews ??= previewGroup().createPreviews(context.extensionUri, renderer, log));

  // Disposed in this order: the client first (it still logs while stopping), the log last.
  context.subscriptions.push(
    {
      dispose: () => {
        deactivated = true;
        disposeAll(serverSubscriptions);
      },
    },
    { dispose: () => previews?.dispose() },
    // Registered during activation so that previews open at the last reload come back.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => previewsNow().deserializeWebviewPanel(panel, state),
    }),
    registerPreviewCommands(previewsNow, () => previews?.activeResource),
    registerExportHtml(
      exportGroup,
      () => connection.then((c) => c.renderer),
      () => previews?.activeResource,
      log,
    ),
    ...registerExportDocuments(renderer, () => previews?.activeResource, log),
    registerNewContract(requests, context.extensionUri, log),
    registerImportContract(requests, log),
    registerShowComparison({ extensionUri: context.extensionUri, requests, clock: createSystemClock(), log }),
    registerRestartServer(() => client),
    createContractStatusBar(),
    log,
  );

  // Not awaited: VS Code holds back the command or the editor feature that activated the extension
  // until activate() settles, and starting the server (spawning Node, loading the server bundle, the
  // initialize handshake) takes 0.3–0.9 s, several times the whole activation (bench/activation.ts).
  // Nothing needs it to have finished: the client's requests wait for the start themselves, and a
  // failure to start still reaches the user here, in the log and as an error message.
  const serverReady = client
    .then((c) => c.start())
    .then(
      () => performance.now() - entered,
      (error: unknown) => {
        log.error(`the language server did not start: ${String(error)}`);
        void vscode.window.showErrorMessage(
          localize("The Keiyaku language server did not start: {0}", String(error)),
        );
        return undefined;
      },
    );
  return { client, activation: { activateMs: performance.now() - entered, serverReady } };
}

// Nothing to do here: every resource is in context.subscriptions, which VS Code disposes. (The
// server also exits by itself when the editor does: the client gives it the editor's process id.)
export function deactivate(): void {}
