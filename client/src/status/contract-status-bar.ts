/**
 * The status bar item for the active contract: 「空欄 3・エラー 0」, from the diagnostics VS Code
 * holds for it; a click opens the Problems panel. Hidden unless a contract editor is active.
 */
import * as vscode from "vscode";
import { CONTRACT_LANGUAGE_ID } from "../contract-language";
import { localize } from "../l10n/vscode-localize";
import { countProblems, statusText, statusTooltip } from "./problem-counts";
import { sideSetting, withSide } from "./side-label";

export function createContractStatusBar(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem("keiyaku.status", vscode.StatusBarAlignment.Left, 10);
  item.name = "Keiyaku";
  item.command = "workbench.actions.view.problems";

  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== CONTRACT_LANGUAGE_ID) {
      item.hide();
      return;
    }
    const counts = countProblems(
      vscode.languages
        .getDiagnostics(document.uri)
        .map((d) => ({ code: d.code, isError: d.severity === vscode.DiagnosticSeverity.Error })),
    );
    const side = sideSetting(vscode.workspace.getConfiguration("keiyaku", document.uri).get("side"));
    item.text = withSide(statusText(counts, localize), side, localize);
    item.tooltip = statusTooltip(counts, localize);
    item.backgroundColor =
      counts.errors > 0 ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
    item.show();
  };

  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) update();
    }),
    // A document whose language is changed to (or from) contract keeps its editor.
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("keiyaku.side")) update();
    }),
  ];
  update();
  return vscode.Disposable.from(...subscriptions);
}
