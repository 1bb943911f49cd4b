/** The client's own settings, read when used so a change applies at once. */
import * as vscode from "vscode";

export function isScrollSyncEnabled(resource: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration("keiyaku", resource).get<boolean>("preview.scrollSync", true);
}
