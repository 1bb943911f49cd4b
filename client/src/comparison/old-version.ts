/**
 * The version a contract is compared with: as last committed, through the built-in git extension's
 * API (no git binary from here), or a file the user picks.
 */
import * as vscode from "vscode";

export interface OldVersion {
  readonly name: string;
  readonly text: string;
}

/** The little of the git extension's API (extensions/git/src/api/git.d.ts) this needs. */
interface GitRepository {
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}
interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

async function gitApi(): Promise<GitApi | null> {
  const extension = vscode.extensions.getExtension<GitExtension>("vscode.git");
  if (extension === undefined) return null;
  const exports = extension.isActive ? extension.exports : await extension.activate();
  return exports.enabled ? exports.getAPI(1) : null;
}

/** The file as of HEAD, or null when it is not in a repository or not committed. */
export async function lastCommitted(resource: vscode.Uri): Promise<OldVersion | null> {
  if (resource.scheme !== "file") return null;
  try {
    const repository = (await gitApi())?.getRepository(resource) ?? null;
    if (repository === null) return null;
    const text = await repository.show("HEAD", resource.fsPath);
    return { name: `HEAD:${vscode.workspace.asRelativePath(resource)}`, text };
  } catch {
    return null;
  }
}

export async function fromFile(file: vscode.Uri): Promise<OldVersion> {
  const bytes = await vscode.workspace.fs.readFile(file);
  const text = new TextDecoder("utf-8").decode(bytes);
  return {
    name: vscode.workspace.asRelativePath(file),
    text: text.startsWith("\uFEFF") ? text.slice(1) : text,
  };
}

export async function pickFile(resource: vscode.Uri, title: string): Promise<OldVersion | null> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: resource.scheme === "file" ? vscode.Uri.joinPath(resource, "..") : undefined,
    filters: { Contract: ["contract"] },
    title,
  });
  const file = picked?.[0];
  return file === undefined ? null : fromFile(file);
}
