/**
 * The export group: writing the contract to a file. Loaded the first time an export command runs
 * (commands/export-html.ts registers the command at activation).
 */
import * as vscode from "vscode";
import { defaultSaveUri } from "../export/default-save-uri";
import { localize } from "../l10n/vscode-localize";
import type { ServerRenderer } from "../server/server-renderer";

/** 「HTMLとして書き出す」: the server renders a standalone HTML file; the user picks where it goes. */
export async function exportHtml(renderer: ServerRenderer, resource: vscode.Uri): Promise<void> {
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
