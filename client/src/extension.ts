/**
 * The Keiyaku extension: starts the language server, and adds what an LSP client alone cannot —
 * the preview, HTML export, the status bar summary and the new-contract command. Everything it
 * creates is owned by the extension context, so nothing outlives deactivation.
 */
import * as vscode from "vscode";
import { State, type LanguageClient } from "vscode-languageclient/node";
import { registerExportHtml } from "./commands/export-html";
import { registerNewContract } from "./commands/new-contract";
import { registerPreviewCommands } from "./commands/preview-commands";
import { registerRestartServer } from "./commands/restart-server";
import { createSystemClock } from "./common/clock";
import { localize } from "./l10n/vscode-localize";
import { PREVIEW_VIEW_TYPE } from "./preview/preview-page";
import { PreviewManager } from "./preview/preview-manager";
import { createLanguageClient } from "./server/language-client";
import { createServerRenderer } from "./server/server-renderer";
import { createContractStatusBar } from "./status/contract-status-bar";

export interface KeiyakuApi {
  /** The running client, for the end-to-end tests. */
  readonly client: LanguageClient;
}

export function activate(context: vscode.ExtensionContext): KeiyakuApi {
  const log = vscode.window.createOutputChannel("Keiyaku", { log: true });
  const client = createLanguageClient(context.extensionUri, log);
  const renderer = createServerRenderer(client);
  const previews = new PreviewManager({
    extensionUri: context.extensionUri,
    renderer,
    log,
    clock: createSystemClock(),
  });

  // Disposed in this order: the client first (it still logs while stopping), the log last.
  context.subscriptions.push(
    { dispose: () => void client.dispose() },
    previews,
    // Registered during activation so that previews open at the last reload come back.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, previews),
    registerPreviewCommands(previews),
    registerExportHtml(renderer, () => previews.activeResource, log),
    registerNewContract(context.extensionUri, log),
    registerRestartServer(client),
    createContractStatusBar(),
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) previews.refreshAll();
    }),
    log,
  );

  // Not awaited: VS Code holds back the command that activated the extension until activate()
  // returns, and the preview's requests wait for the client to be running anyway.
  client.start().catch((error: unknown) => {
    log.error(`the language server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage(
      localize("The Keiyaku language server did not start: {0}", String(error)),
    );
  });
  return { client };
}

// Nothing to do here: every resource is in context.subscriptions, which VS Code disposes. (The
// server also exits by itself when the editor does: the client gives it the editor's process id.)
export function deactivate(): void {}
