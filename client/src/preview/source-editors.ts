/** The text editors showing a preview's source, and moving them to where the preview points. */
import * as vscode from "vscode";

export function sameResource(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}

export function visibleEditorsOf(resource: vscode.Uri): vscode.TextEditor[] {
  return vscode.window.visibleTextEditors.filter((editor) => sameResource(editor.document.uri, resource));
}

/** The (fractional) source line at the top of the editor, as the preview scrolls to it. */
export function topLineOf(editor: vscode.TextEditor): number | undefined {
  return editor.visibleRanges[0]?.start.line;
}

/** Scrolls `editor` so that fractional `line` is at the top, as far into a long line as the fraction says. */
export function revealLine(editor: vscode.TextEditor, line: number): void {
  const document = editor.document;
  const sourceLine = Math.min(Math.floor(line), document.lineCount - 1);
  const text = document.lineAt(sourceLine).text;
  const character = Math.floor((line - Math.floor(line)) * text.length);
  editor.revealRange(
    new vscode.Range(sourceLine, character, sourceLine + 1, 0),
    vscode.TextEditorRevealType.AtTop,
  );
}

/**
 * Selects UTF-16 offsets `start`–`end` of `resource` in an editor: the one already showing it, or
 * a new one beside the preview so the preview stays in view.
 */
export async function revealSource(resource: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(resource);
  const selection = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const column = visibleEditorsOf(resource)[0]?.viewColumn ?? vscode.ViewColumn.Beside;
  const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
