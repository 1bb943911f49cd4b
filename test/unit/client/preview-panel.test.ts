/**
 * The preview's VS Code-facing classes, run against a fake `vscode` module (./fake-vscode.ts):
 * the handshake with the page, throttled and versioned renders, scroll sync and its echo guard,
 * hidden panels, locked previews and restoring after a reload. The real editor is the e2e suite's.
 */
import assert from "node:assert/strict";
import type {
  ContractPreview as ContractPreviewClass,
  PreviewContext,
} from "../../../client/src/preview/contract-preview";
import type { PreviewManager as PreviewManagerClass } from "../../../client/src/preview/preview-manager";
import type { RenderResult } from "../../../server/src/protocol";
import { createFakeClock, type FakeClock } from "./fake-clock";
import { FakeUri, installFakeVscode, type FakeVscode, type FakeWebviewPanel } from "./fake-vscode";

interface PendingRender {
  readonly uri: string;
  resolve(result: RenderResult | null): void;
}

function createRenderer() {
  const calls: PendingRender[] = [];
  return {
    calls,
    render(resource: FakeUri): Promise<RenderResult | null> {
      return new Promise((resolve) => calls.push({ uri: resource.toString(), resolve }));
    },
  };
}

function result(
  uri: FakeUri,
  version: number,
  html = `<p data-line="0">v${version}</p>`,
  blanks = 2,
): RenderResult {
  return { uri: uri.toString(), version, title: "サーバー管理契約書", html, blanks };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("client: a preview panel (against a fake vscode)", () => {
  let uninstall: () => void = () => undefined;
  let vscode: FakeVscode;
  let ContractPreview: typeof ContractPreviewClass;
  let PreviewManager: typeof PreviewManagerClass;
  let clock: FakeClock;
  let renderer: ReturnType<typeof createRenderer>;
  let warnings: string[];
  const source = FakeUri.file("/work/契約/a.contract");
  const other = FakeUri.file("/work/契約/b.contract");

  before(async () => {
    const fake = installFakeVscode();
    uninstall = fake.uninstall;
    vscode = fake.vscode;
    ({ ContractPreview } = await import("../../../client/src/preview/contract-preview"));
    ({ PreviewManager } = await import("../../../client/src/preview/preview-manager"));
  });

  after(() => uninstall());

  beforeEach(() => {
    vscode.panels.length = 0;
    vscode.visibleTextEditors.length = 0;
    vscode.settings.clear();
    vscode.activeTextEditor = undefined;
    clock = createFakeClock();
    renderer = createRenderer();
    warnings = [];
  });

  function context(): PreviewContext {
    return {
      extensionUri: FakeUri.file("/ext") as unknown as PreviewContext["extensionUri"],
      renderer: renderer as unknown as PreviewContext["renderer"],
      log: { warn: (message: string) => warnings.push(message) } as unknown as PreviewContext["log"],
      clock,
    };
  }

  function open(locked = false): { preview: ContractPreviewClass; panel: FakeWebviewPanel } {
    const preview = ContractPreview.create(
      context(),
      { resource: source as unknown as PreviewContext["extensionUri"], locked },
      { viewColumn: -2, preserveFocus: true },
    );
    const panel = vscode.panels.at(-1);
    assert.ok(panel);
    return { preview, panel };
  }

  function updates(
    panel: FakeWebviewPanel,
  ): { type: string; version?: number; html?: string; blanksLabel?: string; uri?: string }[] {
    return panel.posted.filter((m) => (m as { type: string }).type === "update") as never;
  }

  it("builds the page once, locked down, and asks for the first render at once", () => {
    const { panel } = open();
    assert.equal(panel.htmlHistory.length, 1);
    assert.match(panel.webview.html, /default-src 'none'; script-src 'nonce-/);
    const options = panel.webview.options as {
      enableScripts: boolean;
      enableForms: boolean;
      enableCommandUris: boolean;
      localResourceRoots: FakeUri[];
    };
    assert.equal(options.enableScripts, true);
    assert.equal(options.enableForms, false);
    assert.equal(options.enableCommandUris, false);
    assert.deepEqual(
      options.localResourceRoots.map((uri) => uri.path),
      ["/ext/client/media", "/ext/client/dist"],
    );
    assert.equal(panel.title, "Preview a.contract");
    assert.equal(renderer.calls.length, 1);
  });

  it("sends nothing before the page is ready, then the newest render", async () => {
    const { panel } = open();
    renderer.calls[0]?.resolve(result(source, 1));
    await settle();
    assert.deepEqual(panel.posted, []);
    panel.sendFromPage({ type: "ready" });
    const [update] = updates(panel);
    assert.equal(update?.version, 1);
    assert.equal(update?.blanksLabel, "Blanks 2");
    assert.equal(update?.uri, source.toString());
  });

  it("renders at most once per 300 ms while typing and drops results older than the one shown", async () => {
    const { preview, panel } = open();
    panel.sendFromPage({ type: "ready" });
    renderer.calls[0]?.resolve(result(source, 1));
    await settle();
    for (let i = 0; i < 5; i++) {
      clock.advance(20);
      preview.refresh();
    }
    assert.equal(renderer.calls.length, 1);
    clock.advance(300);
    assert.equal(renderer.calls.length, 2);
    preview.refresh();
    clock.advance(300);
    assert.equal(renderer.calls.length, 3);
    renderer.calls[2]?.resolve(result(source, 4));
    await settle();
    renderer.calls[1]?.resolve(result(source, 3));
    await settle();
    assert.deepEqual(
      updates(panel).map((u) => u.version),
      [1, 4],
    );
    assert.equal(panel.htmlHistory.length, 1, "the page is never rebuilt for an edit");
  });

  it("shows bidi controls in the fragment as markers", async () => {
    const { panel } = open();
    panel.sendFromPage({ type: "ready" });
    renderer.calls[0]?.resolve(result(source, 1, '<p data-line="0">甲\u202E乙</p>'));
    await settle();
    assert.match(
      updates(panel)[0]?.html ?? "",
      /甲<span class="kc-bidi" title="U\+202E">⟨U\+202E⟩<\/span>乙/,
    );
  });

  it("ignores messages of the wrong shape", () => {
    const { panel } = open();
    for (const message of [
      null,
      "ready",
      { type: "ready", x: 1 },
      { type: "revealLine", line: -1 },
      { type: "eval" },
    ]) {
      panel.sendFromPage(message);
    }
    assert.deepEqual(panel.posted, []);
  });

  it("scrolls the editor when the page scrolls, without the editor's echo coming back", () => {
    const { preview, panel } = open();
    const editor = vscode.editor(
      source,
      Array.from({ length: 40 }, () => "本文"),
    );
    vscode.visibleTextEditors.push(editor);
    panel.sendFromPage({ type: "ready" });
    panel.posted.length = 0;
    panel.sendFromPage({ type: "revealLine", line: 12.5 });
    assert.equal(editor.reveals.length, 1);
    assert.equal(editor.reveals[0]?.start.line, 12);
    assert.equal(editor.reveals[0]?.start.character, 1);
    preview.followEditor(editor as never);
    assert.deepEqual(panel.posted, [], "the editor's own echo");
    clock.advance(200);
    preview.followEditor(editor as never);
    assert.deepEqual(panel.posted, [{ type: "scrollToLine", line: 0 }]);
  });

  it("does neither when keiyaku.preview.scrollSync is off", () => {
    vscode.settings.set("keiyaku.preview.scrollSync", false);
    const { preview, panel } = open();
    const editor = vscode.editor(source, ["a", "b"]);
    vscode.visibleTextEditors.push(editor);
    panel.sendFromPage({ type: "ready" });
    panel.sendFromPage({ type: "revealLine", line: 1 });
    preview.followEditor(editor as never);
    assert.equal(editor.reveals.length, 0);
    assert.deepEqual(panel.posted, []);
  });

  it("puts the page where the editor is when it first shows a document", async () => {
    const { panel } = open();
    const editor = vscode.editor(source, ["a", "b"]);
    editor.visibleRanges = [new (await import("./fake-vscode")).FakeRange(7, 0, 20, 0)];
    vscode.visibleTextEditors.push(editor);
    panel.sendFromPage({ type: "ready" });
    renderer.calls[0]?.resolve(result(source, 1));
    await settle();
    assert.deepEqual(
      panel.posted.map((m) => (m as { type: string }).type),
      ["update", "scrollToLine"],
    );
    assert.deepEqual(panel.posted[1], { type: "scrollToLine", line: 7 });
  });

  it("waits while hidden and renders when seen again", async () => {
    const { preview, panel } = open();
    panel.sendFromPage({ type: "ready" });
    renderer.calls[0]?.resolve(result(source, 1));
    await settle();
    panel.hide();
    clock.advance(1000);
    preview.refresh();
    assert.equal(renderer.calls.length, 1, "no render for a hidden panel");
    panel.show();
    panel.posted.length = 0;
    panel.sendFromPage({ type: "ready" });
    assert.equal(updates(panel)[0]?.version, 1, "the reloaded page gets the last render at once");
    assert.equal(renderer.calls.length, 2, "and a fresh one");
  });

  it("follows another contract unless locked, dropping the old contract's late results", async () => {
    const unlocked = open();
    unlocked.panel.sendFromPage({ type: "ready" });
    unlocked.preview.showResource(other as never);
    assert.equal(unlocked.panel.title, "Preview b.contract");
    assert.equal(renderer.calls.at(-1)?.uri, other.toString());
    renderer.calls[0]?.resolve(result(source, 9));
    await settle();
    assert.deepEqual(updates(unlocked.panel), [], "a render of a.contract after switching to b.contract");

    const locked = open(true);
    assert.equal(locked.panel.title, "[Preview] a.contract");
    const before = renderer.calls.length;
    locked.preview.showResource(other as never);
    assert.equal(locked.panel.title, "[Preview] a.contract");
    assert.equal(renderer.calls.length, before);
  });

  it("stops when its panel is closed", async () => {
    const { preview, panel } = open();
    let disposed = 0;
    preview.onDidDispose(() => disposed++);
    panel.dispose();
    assert.equal(disposed, 1);
    panel.sendFromPage({ type: "ready" });
    renderer.calls[0]?.resolve(result(source, 1));
    await settle();
    preview.refresh();
    clock.advance(1000);
    assert.deepEqual(panel.posted, []);
    assert.equal(renderer.calls.length, 1);
  });

  it("logs a failed render instead of throwing", async () => {
    const failing = {
      render: () => Promise.reject(new Error("Client is not running")),
    };
    ContractPreview.create(
      { ...context(), renderer: failing as unknown as PreviewContext["renderer"] },
      { resource: source as never, locked: false },
      { viewColumn: 1, preserveFocus: false },
    );
    await settle();
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? "", /Client is not running/);
  });

  describe("restoring after a reload", () => {
    it("restores a preview from its saved state", async () => {
      const manager = new PreviewManager(context());
      const panel = new (await import("./fake-vscode")).FakeWebviewPanel("keiyaku.preview");
      await manager.deserializeWebviewPanel(panel as never, { uri: source.toString(), locked: true });
      assert.equal(panel.title, "[Preview] a.contract");
      assert.equal(panel.htmlHistory.length, 1);
      assert.equal(renderer.calls[0]?.uri, source.toString());
      manager.dispose();
      assert.ok(panel.isDisposed);
    });

    it("closes a panel whose state is not a preview's", async () => {
      const manager = new PreviewManager(context());
      for (const state of [
        undefined,
        null,
        {},
        { uri: 1, locked: false },
        { uri: "file:///a", locked: "no" },
      ]) {
        const panel = new (await import("./fake-vscode")).FakeWebviewPanel("keiyaku.preview");
        await manager.deserializeWebviewPanel(panel as never, state);
        assert.ok(panel.isDisposed, JSON.stringify(state));
        assert.equal(panel.htmlHistory.length, 0);
      }
      manager.dispose();
    });
  });

  describe("the manager", () => {
    it("re-renders previews of an edited document, passes editor scrolling on, and follows the active contract", () => {
      const manager = new PreviewManager(context());
      manager.show(source as never, { sideBySide: true, locked: false });
      const panel = vscode.panels[0];
      assert.ok(panel);
      panel.sendFromPage({ type: "ready" });
      assert.deepEqual(panel.reveals, []);
      clock.advance(1000);
      vscode.textDocumentChanged.fire({ document: { uri: source }, contentChanges: [{}] });
      vscode.textDocumentChanged.fire({ document: { uri: other }, contentChanges: [{}] });
      assert.equal(renderer.calls.length, 2);

      const editor = vscode.editor(source, ["a"]);
      vscode.visibleRangesChanged.fire({ textEditor: editor });
      assert.deepEqual(panel.posted.at(-1), { type: "scrollToLine", line: 0 });

      vscode.activeEditorChanged.fire({ document: { uri: other, languageId: "contract" } });
      assert.equal(panel.title, "Preview b.contract");
      vscode.activeEditorChanged.fire({ document: { uri: source, languageId: "markdown" } });
      assert.equal(panel.title, "Preview b.contract", "only contracts are followed");

      manager.show(source as never, { sideBySide: false, locked: false });
      assert.equal(vscode.panels.length, 1, "one unlocked preview, reused");
      assert.equal(panel.title, "Preview a.contract");
      manager.show(source as never, { sideBySide: true, locked: true });
      manager.show(source as never, { sideBySide: true, locked: true });
      assert.equal(vscode.panels.length, 2, "one locked preview per contract");
      manager.dispose();
    });

    it("re-renders every preview when keiyaku.side changes (the header shows the side), not for other settings", () => {
      const manager = new PreviewManager(context());
      manager.show(source as never, { sideBySide: true, locked: false });
      vscode.panels[0]?.sendFromPage({ type: "ready" });
      const before = renderer.calls.length;
      vscode.configurationChanged.fire({ affectsConfiguration: (s: string) => s === "editor.fontSize" });
      assert.equal(renderer.calls.length, before);
      vscode.configurationChanged.fire({ affectsConfiguration: (s: string) => s === "keiyaku.side" });
      assert.equal(renderer.calls.length, before + 1);
      manager.dispose();
    });
  });
});
