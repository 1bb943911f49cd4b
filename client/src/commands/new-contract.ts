/**
 * 「新しい契約書を作成」: an unsaved contract holding the blank template, the sample that ships in
 * the extension (samples/server-management.contract), so the template and the docs never differ.
 */
import * as vscode from "vscode";
import { CONTRACT_LANGUAGE_ID } from "../contract-language";
import { localize } from "../l10n/vscode-localize";

export const TEMPLATE_PATH = ["samples", "server-management.contract"] as const;

export function registerNewContract(
  extensionUri: vscode.Uri,
  log: vscode.LogOutputChannel,
): vscode.Disposable {
  return vscode.commands.registerCommand("keiyaku.newContract", async () => {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...TEMPLATE_PATH));
      // TextDecoder drops a byte-order mark, which would otherwise become the first character.
      const content = new TextDecoder("utf-8").decode(bytes);
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
