/**
 * Which contract a command acts on, as the Markdown preview decides: the resource it was invoked
 * on (explorer or editor-title menus pass its URI), else the active contract editor's document,
 * else the contract of the focused preview.
 */
import * as vscode from "vscode";
import { CONTRACT_LANGUAGE_ID } from "../contract-language";

export function commandTarget(
  argument: unknown,
  focusedPreview: vscode.Uri | undefined,
): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === CONTRACT_LANGUAGE_ID) return document.uri;
  return focusedPreview;
}
