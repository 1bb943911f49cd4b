/**
 * One preview panel: a webview that shows one contract (a locked preview) or whichever contract
 * editor is active (the manager moves it). Built on VS Code's Markdown preview: the page is loaded
 * once and updated by message, renders are throttled and versioned, scrolling is synchronised
 * both ways through `data-line`.
 */
import * as vscode from "vscode";
import type { RenderResult } from "../../../server/src/protocol";
import type { Clock } from "../common/clock";
import { createEchoGuard, SCROLL_ECHO_MS, type EchoGuard } from "../common/echo-guard";
import { fileNameOf } from "../common/file-name";
import { createThrottle, type Throttle } from "../common/throttle";
import { localize } from "../l10n/vscode-localize";
import { isScrollSyncEnabled } from "./scroll-sync-setting";
import { escapeBidiInHtml, escapeBidiText } from "./control-markers";
import type { ContractRenderer } from "./contract-renderer";
import { isWebviewMessage, type ExtensionMessage, type WebviewMessage } from "./messages";
import { blanksLabel, previewTitle } from "./preview-labels";
import { withSide } from "../status/side-label";
import { PREVIEW_VIEW_TYPE, previewIcon, previewPageHtml, previewWebviewOptions } from "./preview-page";
import { createVersionGate, type VersionGate } from "./version-gate";
import { revealLine, revealSource, sameResource, topLineOf, visibleEditorsOf } from "./source-editors";

/** While typing, the preview re-renders at most this often (the first render is immediate). */
const RENDER_INTERVAL_MS = 300;

export interface PreviewContext {
  readonly extensionUri: vscode.Uri;
  readonly renderer: ContractRenderer;
  readonly log: vscode.LogOutputChannel;
  readonly clock: Clock;
}

export interface PreviewTarget {
  readonly resource: vscode.Uri;
  readonly locked: boolean;
}

export interface PreviewPlacement {
  readonly viewColumn: vscode.ViewColumn;
  readonly preserveFocus: boolean;
}

export class ContractPreview implements vscode.Disposable {
  static create(
    context: PreviewContext,
    target: PreviewTarget,
    placement: PreviewPlacement,
  ): ContractPreview {
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, "", placement, {
      ...previewWebviewOptions(context.extensionUri),
      enableFindWidget: true,
    });
    return new ContractPreview(context, panel, target);
  }

  /** Takes over a panel VS Code restored after a reload. */
  static restore(
    context: PreviewContext,
    panel: vscode.WebviewPanel,
    target: PreviewTarget,
  ): ContractPreview {
    return new ContractPreview(context, panel, target);
  }

  readonly locked: boolean;
  private currentResource: vscode.Uri;
  private readonly gate: VersionGate = createVersionGate();
  /** Set while the editor scrolls because the preview asked it to. */
  private readonly editorEcho: EchoGuard;
  private readonly renderThrottle: Throttle;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The newest result shown, re-sent when the page reloads (hidden webviews are discarded). */
  private lastResult: RenderResult | undefined;
  /** Which document the page shows, to tell a switch of document (scroll to the editor) from an edit. */
  private shownUri: string | undefined;
  private pageReady = false;
  /** The document changed while the panel was hidden; render when it is seen again. */
  private stale = false;
  private rendersInFlight = 0;
  private disposed = false;

  readonly onDidDispose: vscode.Event<void> = this.disposeEmitter.event;

  private constructor(
    private readonly context: PreviewContext,
    readonly panel: vscode.WebviewPanel,
    target: PreviewTarget,
  ) {
    this.currentResource = target.resource;
    this.locked = target.locked;
    this.editorEcho = createEchoGuard(context.clock, SCROLL_ECHO_MS);
    this.renderThrottle = createThrottle(() => void this.render(), RENDER_INTERVAL_MS, context.clock);

    panel.webview.options = previewWebviewOptions(context.extensionUri);
    panel.webview.html = previewPageHtml(panel.webview, context.extensionUri);
    panel.iconPath = previewIcon(context.extensionUri);
    this.updateTitle();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => {
        // Without retainContextWhenHidden a hidden page is discarded; it says "ready" when back.
        if (!panel.visible) this.pageReady = false;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    this.renderThrottle.runNow();
  }

  get resource(): vscode.Uri {
    return this.currentResource;
  }

  isShowing(resource: vscode.Uri): boolean {
    return sameResource(this.currentResource, resource);
  }

  /** Shows another contract (an unlocked preview following the active editor). */
  showResource(resource: vscode.Uri): void {
    if (this.locked || this.isShowing(resource)) return;
    this.currentResource = resource;
    this.lastResult = undefined;
    this.updateTitle();
    this.renderThrottle.runNow();
  }

  /** The document changed: render again, throttled. */
  refresh(): void {
    this.renderThrottle.trigger();
  }

  /** Render now (the server restarted, or the preview was asked for again). */
  refreshNow(): void {
    this.renderThrottle.runNow();
  }

  reveal(placement: PreviewPlacement): void {
    this.panel.reveal(placement.viewColumn, placement.preserveFocus);
  }

  /** The source editor scrolled: follow it, unless it scrolled because the preview asked. */
  followEditor(editor: vscode.TextEditor): void {
    if (this.editorEcho.isEcho() || !isScrollSyncEnabled(this.currentResource)) return;
    const line = topLineOf(editor);
    if (line !== undefined) this.post({ type: "scrollToLine", line });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.renderThrottle.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }

  private updateTitle(): void {
    this.panel.title = previewTitle(fileNameOf(this.currentResource.path), this.locked, localize);
  }

  private async render(): Promise<void> {
    if (this.disposed) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const resource = this.currentResource;
    this.rendersInFlight += 1;
    try {
      const result = await this.context.renderer.render(resource);
      // The preview may have moved on to another contract while the server was rendering.
      if (this.disposed || result === null || !this.isShowing(resource)) return;
      if (!this.gate.accept(result)) return;
      this.lastResult = result;
      this.show(result);
    } catch (error) {
      if (!this.disposed) this.context.log.warn(`preview: ${resource.toString()}: ${String(error)}`);
    } finally {
      this.rendersInFlight -= 1;
    }
  }

  private show(result: RenderResult): void {
    const uri = this.currentResource.toString();
    const shown = this.post({
      type: "update",
      uri,
      locked: this.locked,
      version: result.version,
      title: result.title === null ? null : escapeBidiText(result.title),
      html: escapeBidiInHtml(result.html),
      blanks: result.blanks,
      blanksLabel: withSide(blanksLabel(result.blanks, localize), result.side, localize),
    });
    if (!shown || this.shownUri === uri) return;
    this.shownUri = uri;
    this.scrollToEditor();
  }

  private scrollToEditor(): void {
    const editor = visibleEditorsOf(this.currentResource)[0];
    if (editor !== undefined) this.followEditor(editor);
  }

  /** Posts to the page if it listens; false if it does not (it will say "ready" and get it then). */
  private post(message: ExtensionMessage): boolean {
    if (!this.pageReady || this.disposed) return false;
    void this.panel.webview.postMessage(message);
    return true;
  }

  private receive(raw: unknown): void {
    if (this.disposed || !isWebviewMessage(raw)) return;
    this.handle(raw);
  }

  private handle(message: WebviewMessage): void {
    switch (message.type) {
      case "ready":
        this.pageReady = true;
        this.shownUri = undefined;
        if (this.lastResult !== undefined) this.show(this.lastResult);
        // A page that appeared while its first render is on the way just waits for it.
        if (this.stale || (this.lastResult === undefined && this.rendersInFlight === 0)) {
          this.renderThrottle.runNow();
        }
        break;
      case "revealSource":
        revealSource(this.currentResource, message.start, message.end).catch((error: unknown) =>
          this.context.log.warn(`preview: cannot reveal the source: ${String(error)}`),
        );
        break;
      case "revealLine":
        if (!isScrollSyncEnabled(this.currentResource)) break;
        for (const editor of visibleEditorsOf(this.currentResource)) {
          this.editorEcho.expectEcho();
          revealLine(editor, message.line);
        }
        break;
    }
  }
}
