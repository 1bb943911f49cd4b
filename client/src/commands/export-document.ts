/**
 * 「Word (DOCX) として書き出す」 and 「PDF として書き出す」: the language server makes the file (it loads
 * its export bundle, with the docx library, on the first export; see server/src/export/), the user
 * picks where to save it. Asking the server keeps the extension's own bundle as small as before and
 * gives the CLI and VS Code one implementation. The save dialog asks before replacing a file; a
 * second argument (a Uri) saves there without a dialog, for tasks and tests.
 */
import * as vscode from "vscode";
import { localize } from "../l10n/vscode-localize";
import type { ServerRenderer } from "../server/server-renderer";
import { commandTarget } from "./command-target";
import { defaultSaveUri } from "../export/default-save-uri";

type DocumentFormat = "docx" | "pdf";

interface FormatEntry {
  readonly command: string;
  readonly filter: string;
  readonly title: () => string;
}

const FORMATS: Readonly<Record<DocumentFormat, FormatEntry>> = {
  docx: {
    command: "keiyaku.exportDocx",
    filter: "Word",
    title: () => localize("Export the contract as Word (DOCX)"),
  },
  pdf: { command: "keiyaku.exportPdf", filter: "PDF", title: () => localize("Export the contract as PDF") },
};

function browserSetting(resource: vscode.Uri): string | null {
  const value = vscode.workspace.getConfiguration("keiyaku", resource).get<string>("export.browser", "");
  return value.trim() === "" ? null : value.trim();
}

async function chooseTarget(resource: vscode.Uri, format: DocumentFormat): Promise<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    defaultUri: defaultSaveUri(resource, format),
    filters: { [FORMATS[format].filter]: [format] },
    saveLabel: localize("Export"),
    title: FORMATS[format].title(),
  });
}

async function exportDocument(
  renderer: ServerRenderer,
  resource: vscode.Uri,
  format: DocumentFormat,
  given: vscode.Uri | undefined,
): Promise<void> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: FORMATS[format].title() },
    () => renderer.exportDocument(resource, format, browserSetting(resource)),
  );
  if (result === null) {
    void vscode.window.showErrorMessage(localize("The language server could not render this contract."));
    return;
  }
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.message);
    return;
  }
  const target = given ?? (await chooseTarget(resource, format));
  if (target === undefined) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, "base64"));
  if (given !== undefined) return;
  const open = localize("Open");
  const choice = await vscode.window.showInformationMessage(
    localize("Exported to {0}", target.scheme === "file" ? target.fsPath : target.toString()),
    open,
  );
  if (choice === open) await vscode.env.openExternal(target);
}

export function registerExportDocuments(
  renderer: ServerRenderer,
  focusedPreview: () => vscode.Uri | undefined,
  log: vscode.LogOutputChannel,
): vscode.Disposable[] {
  return (Object.keys(FORMATS) as DocumentFormat[]).map((format) =>
    vscode.commands.registerCommand(FORMATS[format].command, async (argument: unknown, target: unknown) => {
      const resource = commandTarget(argument, focusedPreview());
      if (resource === undefined) {
        void vscode.window.showInformationMessage(localize("Open a contract (.contract) to export it."));
        return;
      }
      try {
        await exportDocument(renderer, resource, format, target instanceof vscode.Uri ? target : undefined);
      } catch (error) {
        log.error(`export ${format}: ${String(error)}`);
        void vscode.window.showErrorMessage(localize("Could not export the contract: {0}", String(error)));
      }
    }),
  );
}
