/**
 * The client for the bundled Keiyaku language server (server/dist/server.js), run as a Node child
 * process over stdio, as every other editor runs it: the server lets its background work wait
 * while the client reads a large answer from stdout (server/src/lsp/slices.ts), which it cannot
 * tell over IPC. Its id "keiyaku" makes the client honour the `keiyaku.trace.server` setting.
 */
import * as vscode from "vscode";
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { CONTRACT_DOCUMENT_SELECTOR } from "../contract-language";
import { serverExecArgv } from "./server-launch";

export function createLanguageClient(
  extensionUri: vscode.Uri,
  outputChannel: vscode.LogOutputChannel,
): LanguageClient {
  const module = vscode.Uri.joinPath(extensionUri, "server", "dist", "server.js").fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: serverExecArgv(false) } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: serverExecArgv(true) } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...CONTRACT_DOCUMENT_SELECTOR],
    outputChannel,
    // Settings: the server asks workspace/configuration per document (section "keiyaku") and
    // registers for didChangeConfiguration on "keiyaku" itself. `synchronize.configurationSection`
    // is not set: it is deprecated, and with the server's registration each change would be sent twice.
  };
  return new LanguageClient("keiyaku", "Keiyaku", serverOptions, clientOptions);
}
