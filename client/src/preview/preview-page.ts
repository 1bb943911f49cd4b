/**
 * The webview a preview lives in: what it may load (the extension's media and bundles, nothing
 * else), what it may do (run its one script; no forms, no command: links), and its page.
 */
import * as vscode from "vscode";
import { localize } from "../l10n/vscode-localize";
import { buildPreviewShell } from "./html-shell";
import { createNonce } from "./nonce";

export const PREVIEW_VIEW_TYPE = "keiyaku.preview";

export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, "client", "media"),
      vscode.Uri.joinPath(extensionUri, "client", "dist"),
    ],
  };
}

export function previewPageHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const asset = (...path: string[]): string =>
    webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, "client", ...path)).toString();
  return buildPreviewShell({
    nonce: createNonce(),
    cspSource: webview.cspSource,
    scriptUri: asset("dist", "webview.js"),
    styleUris: [asset("media", "preview.css"), asset("media", "preview-print.css")],
    loadingLabel: localize("Rendering…"),
  });
}

export function previewIcon(extensionUri: vscode.Uri): { light: vscode.Uri; dark: vscode.Uri } {
  const icon = vscode.Uri.joinPath(extensionUri, "client", "media", "file-icon.svg");
  return { light: icon, dark: icon };
}
