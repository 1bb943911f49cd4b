/**
 * 「HTMLとして書き出す」: the server renders the contract as a standalone HTML file (with its own
 * strict CSP); the user picks where to save it, next to the source by default.
 */
import { homedir } from "node:os";
import * as vscode from "vscode";
import { exportFileName } from "../export/export-file-name";
import { localize } from "../l10n/vscode-localize";
import type { ServerRenderer } from "../server/server-renderer";
import { commandTarget } from "./command-target";

/** Where an export is offered: next to the source, named after it with `extension`. */
export function defaultSaveUri(resource: vscode.Uri, extension = "html"): vscode.Uri {
  const name = exportFileName(resource.path, extension);
  if (resource.scheme === "file") return vscode.Uri.joinPath(resource, "..", name);
  // An unsaved contract has no folder: offer the workspace's, else the home folder.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir());
  return vscode.Uri.joinPath(folder, name);
}

async function exportHtml(renderer: ServerRenderer, resource: vscode.Uri): Promise<void> {
  const result = await renderer.exportHtml(resource);
  if (result === null) {
    void vscode.window.showErrorMessage(localize("The language server could not render this contract."));
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultSaveUri(resource),
    filters: { HTML: ["html", "htm"] },
    saveLabel: localize("Export"),
    title: localize("Export the contract as HTML"),
  });
  if (target === undefined) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.html));
  const open = localize("Open");
  const choice = await vscode.window.showInformationMessage(
    localize("Exported to {0}", target.scheme === "file" ? target.fsPath : target.toString()),
    open,
  );
  if (choice === open) await vscode.env.openExternal(target);
}

export function registerExportHtml(
  renderer: ServerRenderer,
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
      await exportHtml(renderer, resource);
    } catch (error) {
      log.error(`exportHtml: ${String(error)}`);
      void vscode.window.showErrorMessage(localize("Could not export the contract: {0}", String(error)));
    }
  });
}
