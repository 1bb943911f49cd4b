/**
 * 「新しい契約書を作成」: an unsaved contract holding a contract type's blank template. The types
 * (built-in and the workspace's .keiyaku/types/) and their templates come from the language
 * server (keiyaku/contractTypes), the same list `keiyaku types` prints, offered in a quick pick.
 * A type id passed as the command's argument skips the pick (scripts, tests). Should the server
 * not answer, the built-in サーバー管理契約書 template that ships in the extension opens, as before.
 */
import * as vscode from "vscode";
import type { ContractTypeItem } from "../../../server/src/protocol";
import { CONTRACT_LANGUAGE_ID } from "../contract-language";
import { localize } from "../l10n/vscode-localize";
import type { ServerRequests } from "../server/server-requests";

export const TEMPLATE_PATH = ["samples", "server-management.contract"] as const;

async function builtinTemplate(extensionUri: vscode.Uri): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...TEMPLATE_PATH));
  // TextDecoder drops a byte-order mark, which would otherwise become the first character.
  return new TextDecoder("utf-8").decode(bytes);
}

/** The document or folder whose .keiyaku/ counts: the active editor's, else the first folder. */
function scopeUri(): vscode.Uri | undefined {
  return vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
}

async function pickType(
  types: readonly ContractTypeItem[],
  wanted: unknown,
): Promise<ContractTypeItem | undefined> {
  if (typeof wanted === "string") return types.find((t) => t.id === wanted);
  const picked = await vscode.window.showQuickPick(
    types.map((type) => ({
      label: type.name,
      description: type.source === "workspace" ? `${type.id}（${localize("workspace")}）` : type.id,
      detail: type.description ?? undefined,
      type,
    })),
    { placeHolder: localize("Choose the kind of contract"), matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.type;
}

async function templateText(
  requests: Promise<ServerRequests>,
  extensionUri: vscode.Uri,
  wanted: unknown,
  log: vscode.LogOutputChannel,
): Promise<string | undefined> {
  let types: readonly ContractTypeItem[];
  try {
    types = (await (await requests).contractTypes(scopeUri())).types;
  } catch (error) {
    log.warn(
      `newContract: the server did not list the contract types (${String(error)}); using the built-in template`,
    );
    return builtinTemplate(extensionUri);
  }
  const type = await pickType(types, wanted);
  if (type === undefined && typeof wanted === "string") {
    void vscode.window.showErrorMessage(localize("There is no contract type {0}.", wanted));
  }
  return type?.template;
}

export function registerNewContract(
  requests: Promise<ServerRequests>,
  extensionUri: vscode.Uri,
  log: vscode.LogOutputChannel,
): vscode.Disposable {
  return vscode.commands.registerCommand("keiyaku.newContract", async (typeId?: unknown) => {
    try {
      const content = await templateText(requests, extensionUri, typeId, log);
      if (content === undefined) return;
      const document = await vscode.workspace.openTextDocument({ language: CONTRACT_LANGUAGE_ID, content });
      await vscode.window.showTextDocument(document);
    } catch (error) {
      log.error(`newContract: ${String(error)}`);
      void vscode.window.showErrorMessage(
        localize("Could not open the contract template: {0}", String(error)),
      );
    }
  });
}
