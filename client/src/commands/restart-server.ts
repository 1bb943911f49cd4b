/**
 * 「言語サーバーを再起動」: stops the server process and starts a new one. Restarts asked for while
 * one is running join it rather than stopping the server it is starting.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { localize } from "../l10n/vscode-localize";

/** `client` waits for the language-server group, which activation starts loading (extension.ts). */
export function registerRestartServer(client: () => Promise<LanguageClient>): vscode.Disposable {
  let restarting: Promise<void> | undefined;
  const restart = async (): Promise<void> => {
    const running = await client();
    try {
      await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Window,
          title: localize("Restarting the Keiyaku language server…"),
        },
        () => running.restart(),
      );
    } catch (error) {
      running.error("restart failed", error);
      void vscode.window.showErrorMessage(
        localize("Could not restart the Keiyaku language server: {0}", String(error)),
      );
    }
  };
  return vscode.commands.registerCommand("keiyaku.restartServer", () => {
    restarting ??= restart().finally(() => {
      restarting = undefined;
    });
    return restarting;
  });
}
