/**
 * 「言語サーバーを再起動」: stops the server process and starts a new one. Restarts asked for while
 * one is running join it rather than stopping the server it is starting.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { localize } from "../l10n/vscode-localize";

export function registerRestartServer(client: LanguageClient): vscode.Disposable {
  let restarting: Promise<void> | undefined;
  const restart = async (): Promise<void> => {
    try {
      await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Window,
          title: localize("Restarting the Keiyaku language server…"),
        },
        () => client.restart(),
      );
    } catch (error) {
      client.error("restart failed", error);
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
