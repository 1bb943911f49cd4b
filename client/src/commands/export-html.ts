/**
 * 「HTMLとして書き出す」: registered at activation; its work is in the export group
 * (groups/export.ts), loaded when the command first runs.
 */
import * as vscode from "vscode";
import type * as ExportGroup from "../groups/export";
import type { LazyGroup } from "../lazy-group";
import { localize } from "../l10n/vscode-localize";
import type { ServerRenderer } from "../server/server-renderer";
import { commandTarget } from "./command-target";

export function registerExportHtml(
  exportGroup: LazyGroup<typeof ExportGroup>,
  renderer: () => Promise<ServerRenderer>,
  focusedPreview: () => vscode.Uri | undefined,
  log: vscode.LogOutputChannel,
): vscode.Disposable {
  return vscode.commands.registerCommand("keiyaku.exportHtml", async (argument: unknown) => {
    const resource = commandTarget(argument, focusedPreview());
    if (resource === undefined) {
      void vscode.window.showInformationMessage(localize("Open a contract (.contract) to export it."));
      return;
    }
    try {
      await exportGroup().exportHtml(await renderer(), resource);
    } catch (error) {
      log.error(`exportHtml: ${String(error)}`);
      void vscode.window.showErrorMessage(localize("Could not export the contract: {0}", String(error)));
    }
  });
}
