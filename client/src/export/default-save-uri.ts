/** Where an export is offered: next to the source, named after it with `extension`. */
import { homedir } from "node:os";
import * as vscode from "vscode";
import { exportFileName } from "./export-file-name";

export function defaultSaveUri(resource: vscode.Uri, extension = "html"): vscode.Uri {
  const name = exportFileName(resource.path, extension);
  if (resource.scheme === "file") return vscode.Uri.joinPath(resource, "..", name);
  // An unsaved contract has no folder: offer the workspace's, else the home folder.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir());
  return vscode.Uri.joinPath(folder, name);
}
