/**
 * 「Word・テキストから取り込む」: pick a Word document (.docx) or a text file, and the language
 * server turns it into a .contract (server/src/import/, the same as `keiyaku import`), which opens
 * as a new, unsaved contract: the user saves it where they like, and no file is ever overwritten.
 * The client only reads the file and sends its bytes; mammoth runs in the server, loaded only now.
 */
import * as vscode from "vscode";
import { CONTRACT_LANGUAGE_ID } from "../contract-language";
import { localize } from "../l10n/vscode-localize";
import type { ServerRequests } from "../server/server-requests";

/** Base64 grows a file by a third; the server reads messages of up to 64 MB. */
const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

async function pickDocument(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [localize("Word or text")]: ["docx", "txt", "md", "text"] },
    openLabel: localize("Import"),
    title: localize("Import a contract from Word or text"),
  });
  return picked?.[0];
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split("/").pop() ?? uri.path;
}

async function importFrom(requests: Promise<ServerRequests>, uri: vscode.Uri): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > MAX_IMPORT_BYTES) {
    void vscode.window.showErrorMessage(
      localize("{0} is too large to import (the limit is 32 MB).", fileName(uri)),
    );
    return;
  }
  const result = await (
    await requests
  ).importDocument({
    name: fileName(uri),
    content: Buffer.from(bytes).toString("base64"),
    changes: "accept",
  });
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.message);
    return;
  }
  const document = await vscode.workspace.openTextDocument({
    language: CONTRACT_LANGUAGE_ID,
    content: result.source,
  });
  await vscode.window.showTextDocument(document);
  for (const note of result.notes) void vscode.window.showInformationMessage(note);
}

export function registerImportContract(
  requests: Promise<ServerRequests>,
  log: vscode.LogOutputChannel,
): vscode.Disposable {
  return vscode.commands.registerCommand("keiyaku.importContract", async (argument: unknown) => {
    try {
      const uri = argument instanceof vscode.Uri ? argument : await pickDocument();
      if (uri !== undefined) await importFrom(requests, uri);
    } catch (error) {
      log.error(`importContract: ${String(error)}`);
      void vscode.window.showErrorMessage(localize("Could not import the document: {0}", String(error)));
    }
  });
}
