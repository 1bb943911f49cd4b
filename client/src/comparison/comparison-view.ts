/**
 * The 新旧対照表 beside the editor: the language server compares the contract as it is now with
 * the old version (keiyaku/compare) and the page shows the table; it updates as the user types
 * (throttled, as the preview is), and a click on a row reveals that article in the source.
 */
import * as vscode from "vscode";
import type { Clock } from "../common/clock";
import { createThrottle } from "../common/throttle";
import { localize } from "../l10n/vscode-localize";
import { createNonce } from "../preview/nonce";
import { previewWebviewOptions } from "../preview/preview-page";
import type { ServerRequests } from "../server/server-requests";
import { isRevealOffset } from "./comparison-messages";
import { comparisonPageHtml } from "./comparison-page";
import type { OldVersion } from "./old-version";

export const COMPARISON_VIEW_TYPE = "keiyaku.comparison";

const UPDATE_MS = 300;

/** What the command returns: the view, and for tests what it shows and when that changes. */
export interface ComparisonView {
  readonly panel: vscode.WebviewPanel;
  /** The last table sent to the page ("" before the first). */
  html(): string;
  readonly onDidUpdate: vscode.Event<string>;
  /** What a click on a row does: reveal the new version's offset in the source. */
  reveal(offset: number): Promise<void>;
}

export interface ComparisonViewOptions {
  readonly extensionUri: vscode.Uri;
  readonly requests: ServerRequests;
  readonly document: vscode.TextDocument;
  readonly old: OldVersion;
  readonly clock: Clock;
  readonly log: vscode.LogOutputChannel;
}

export function openComparisonView(options: ComparisonViewOptions): ComparisonView {
  const { document, requests, old } = options;
  const panel = vscode.window.createWebviewPanel(
    COMPARISON_VIEW_TYPE,
    localize("Comparison: {0}", old.name),
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    previewWebviewOptions(options.extensionUri),
  );
  const asset = (...path: string[]) =>
    panel.webview.asWebviewUri(vscode.Uri.joinPath(options.extensionUri, "client", ...path)).toString();
  panel.webview.html = comparisonPageHtml({
    nonce: createNonce(),
    cspSource: panel.webview.cspSource,
    scriptUri: asset("dist", "comparison-webview.js"),
    styleUri: asset("media", "comparison.css"),
    loadingLabel: localize("Comparing…"),
  });
  const updated = new vscode.EventEmitter<string>();
  let shown = "";
  let shownVersion = -1;
  const uri = requests.protocolUri(document.uri);
  const update = async () => {
    try {
      const result = await requests.compare(document.uri, old.text, old.name);
      if (result === null || result.uri !== uri || result.version < shownVersion) return;
      shownVersion = result.version;
      shown = result.html;
      await panel.webview.postMessage({ type: "update", html: result.html });
      updated.fire(result.html);
    } catch (error) {
      options.log.error(`compare: ${String(error)}`);
    }
  };
  const throttle = createThrottle(() => void update(), UPDATE_MS, options.clock);
  const reveal = async (offset: number) => {
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn:
        vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ??
        vscode.ViewColumn.One,
    });
    const position = document.positionAt(offset);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  };
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document) throttle.trigger();
    }),
    panel.webview.onDidReceiveMessage((message: unknown) => {
      if (isRevealOffset(message)) void reveal(message.offset);
    }),
    updated,
  ];
  panel.onDidDispose(() => {
    throttle.dispose();
    for (const s of subscriptions) s.dispose();
  });
  throttle.runNow();
  return { panel, html: () => shown, onDidUpdate: updated.event, reveal };
}
