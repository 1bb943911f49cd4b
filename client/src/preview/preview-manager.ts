/**
 * All open previews, as VS Code's Markdown preview keeps them: unlocked previews follow the active
 * contract editor, locked ones stay on their contract; edits re-render the previews showing the
 * edited document; editor scrolling is passed on; panels come back after a window reload.
 */
import * as vscode from "vscode";
import { CONTRACT_LANGUAGE_ID } from "../contract-language";
import { ContractPreview, type PreviewContext, type PreviewPlacement } from "./contract-preview";
import { isPreviewState } from "./preview-state";

export interface ShowPreviewOptions {
  /** Beside the active editor, keeping the focus there; else in the active editor's column. */
  readonly sideBySide: boolean;
  readonly locked: boolean;
}

function parseUri(text: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    return undefined;
  }
}

export class PreviewManager implements vscode.WebviewPanelSerializer<unknown>, vscode.Disposable {
  private readonly previews = new Set<ContractPreview>();
  private activePreview: ContractPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: PreviewContext) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId !== CONTRACT_LANGUAGE_ID) return;
        for (const preview of this.previews) preview.showResource(editor.document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        for (const preview of this.showing(event.document.uri)) preview.refresh();
      }),
      // The header shows the side (keiyaku.side); the mode changes the blank count.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration("keiyaku.side") || event.affectsConfiguration("keiyaku.mode"))
          this.refreshAll();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        for (const preview of this.showing(event.textEditor.document.uri))
          preview.followEditor(event.textEditor);
      }),
    );
  }

  /** The contract of the focused preview, for commands run while a preview has the focus. */
  get activeResource(): vscode.Uri | undefined {
    return this.activePreview?.resource;
  }

  show(resource: vscode.Uri, options: ShowPreviewOptions): void {
    const placement: PreviewPlacement = options.sideBySide
      ? { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }
      : {
          viewColumn: vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active,
          preserveFocus: false,
        };
    const existing = [...this.previews].find((preview) =>
      options.locked ? preview.locked && preview.isShowing(resource) : !preview.locked,
    );
    if (existing !== undefined) {
      existing.showResource(resource);
      existing.reveal(placement);
      return;
    }
    this.track(ContractPreview.create(this.context, { resource, locked: options.locked }, placement));
  }

  /** Renders every preview again (after the language server restarted). */
  refreshAll(): void {
    for (const preview of this.previews) preview.refreshNow();
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const resource = isPreviewState(state) ? parseUri(state.uri) : undefined;
    if (!isPreviewState(state) || resource === undefined) {
      // Nothing says which contract it showed (a page that never rendered, or another version).
      panel.dispose();
      return;
    }
    this.track(ContractPreview.restore(this.context, panel, { resource, locked: state.locked }));
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    for (const preview of [...this.previews]) preview.dispose();
  }

  private showing(resource: vscode.Uri): ContractPreview[] {
    return [...this.previews].filter((preview) => preview.isShowing(resource));
  }

  private track(preview: ContractPreview): void {
    this.previews.add(preview);
    if (preview.panel.active) this.activePreview = preview;
    const viewState = preview.panel.onDidChangeViewState(() => {
      if (preview.panel.active) this.activePreview = preview;
      else if (this.activePreview === preview) this.activePreview = undefined;
    });
    preview.onDidDispose(() => {
      viewState.dispose();
      this.previews.delete(preview);
      if (this.activePreview === preview) this.activePreview = undefined;
    });
  }
}
