/**
 * The language-server group: the language client (vscode-languageclient, most of the extension's
 * JavaScript) and the requests the preview and the export send through it. Loaded right after
 * activation returns (extension.ts), never during it.
 */
import type * as vscode from "vscode";
import { State, type LanguageClient } from "vscode-languageclient/node";
import { createLanguageClient } from "../server/language-client";
import { createServerRenderer, type ServerRenderer } from "../server/server-renderer";
import { createServerRequests, type ServerRequests } from "../server/server-requests";

export interface ServerConnection {
  readonly client: LanguageClient;
  readonly renderer: ServerRenderer;
  readonly requests: ServerRequests;
}

/** Creates the client and listens for its (re)starts; the caller starts it. */
export function connectServer(
  extensionUri: vscode.Uri,
  log: vscode.LogOutputChannel,
  onRunning: () => void,
  subscriptions: vscode.Disposable[],
): ServerConnection {
  const client = createLanguageClient(extensionUri, log);
  subscriptions.push(
    // Disposed first among the group's resources: the client still logs while stopping.
    { dispose: () => void client.dispose() },
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) onRunning();
    }),
  );
  return { client, renderer: createServerRenderer(client), requests: createServerRequests(client) };
}
