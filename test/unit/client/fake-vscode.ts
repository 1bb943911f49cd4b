/**
 * Just enough of the `vscode` module for the preview's VS Code-facing classes to run under mocha:
 * webview panels that record what they are given and sent, editors that record reveals, settings.
 * Installed as the module "vscode" before the classes are loaded; not a general VS Code fake.
 */
import Module from "node:module";

export class FakeUri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(path: string): FakeUri {
    return new FakeUri("file", path);
  }
  static parse(text: string): FakeUri {
    const match = /^([a-z][a-z0-9+.-]*):(?:\/\/)?(.*)$/i.exec(text);
    if (match === null) throw new Error(`not a URI: ${text}`);
    return new FakeUri(match[1] ?? "", match[2] ?? "");
  }
  static joinPath(base: FakeUri, ...segments: string[]): FakeUri {
    return new FakeUri(base.scheme, [base.path, ...segments].join("/"));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return this.scheme === "file" ? `file://${this.path}` : `${this.scheme}:${this.path}`;
  }
}

type Listener<T> = (value: T) => void;

export class FakeEventEmitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class FakePosition {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class FakeRange {
  readonly start: FakePosition;
  readonly end: FakePosition;
  constructor(
    start: FakePosition | number,
    end: FakePosition | number,
    endLine?: number,
    endCharacter?: number,
  ) {
    if (typeof start === "number" && typeof end === "number") {
      this.start = new FakePosition(start, end);
      this.end = new FakePosition(endLine ?? start, endCharacter ?? end);
    } else {
      this.start = start as FakePosition;
      this.end = end as FakePosition;
    }
  }
}

export class FakeWebviewPanel {
  readonly received = new FakeEventEmitter<unknown>();
  readonly viewStateChanged = new FakeEventEmitter<unknown>();
  readonly disposed = new FakeEventEmitter<void>();
  readonly posted: unknown[] = [];
  readonly htmlHistory: string[] = [];
  options: unknown;
  title = "";
  iconPath: unknown;
  visible = true;
  active = true;
  reveals: unknown[][] = [];
  isDisposed = false;
  readonly webview = {
    cspSource: "https://*.vscode-cdn.net",
    asWebviewUri: (uri: FakeUri) => `https://file+.vscode-resource.vscode-cdn.net${uri.path}`,
    onDidReceiveMessage: this.received.event,
    postMessage: (message: unknown): Promise<boolean> => {
      this.posted.push(message);
      return Promise.resolve(true);
    },
    options: undefined as unknown,
    html: "",
  };

  constructor(readonly viewType: string) {
    let html = "";
    Object.defineProperty(this.webview, "html", {
      get: () => html,
      set: (value: string) => {
        html = value;
        this.htmlHistory.push(value);
      },
    });
  }

  readonly onDidChangeViewState = this.viewStateChanged.event;
  readonly onDidDispose = this.disposed.event;
  reveal(...args: unknown[]): void {
    this.reveals.push(args);
  }
  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.disposed.fire();
  }
  /** The page loaded and its script said so. */
  sendFromPage(message: unknown): void {
    this.received.fire(message);
  }
  hide(): void {
    this.visible = false;
    this.viewStateChanged.fire({ webviewPanel: this });
  }
  show(): void {
    this.visible = true;
    this.viewStateChanged.fire({ webviewPanel: this });
  }
}

export interface FakeEditor {
  readonly document: {
    readonly uri: FakeUri;
    readonly lineCount: number;
    lineAt(line: number): { text: string };
  };
  visibleRanges: FakeRange[];
  viewColumn: number;
  readonly reveals: FakeRange[];
  revealRange(range: FakeRange): void;
}

export interface FakeVscode {
  readonly panels: FakeWebviewPanel[];
  readonly visibleTextEditors: FakeEditor[];
  readonly settings: Map<string, unknown>;
  readonly textDocumentChanged: FakeEventEmitter<unknown>;
  readonly configurationChanged: FakeEventEmitter<unknown>;
  readonly visibleRangesChanged: FakeEventEmitter<unknown>;
  readonly activeEditorChanged: FakeEventEmitter<unknown>;
  activeTextEditor: FakeEditor | undefined;
  editor(uri: FakeUri, lines: readonly string[]): FakeEditor;
}

function createModule(state: FakeVscode): Record<string, unknown> {
  return {
    Uri: FakeUri,
    EventEmitter: FakeEventEmitter,
    Range: FakeRange,
    Position: FakePosition,
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
    l10n: {
      t: (message: string, ...args: unknown[]) =>
        message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])),
    },
    window: {
      createWebviewPanel: (viewType: string) => {
        const panel = new FakeWebviewPanel(viewType);
        state.panels.push(panel);
        return panel;
      },
      get visibleTextEditors() {
        return state.visibleTextEditors;
      },
      get activeTextEditor() {
        return state.activeTextEditor;
      },
      onDidChangeActiveTextEditor: state.activeEditorChanged.event,
      onDidChangeTextEditorVisibleRanges: state.visibleRangesChanged.event,
    },
    workspace: {
      getConfiguration: (section: string) => ({
        get: <T>(key: string, fallback: T): T =>
          state.settings.has(`${section}.${key}`) ? (state.settings.get(`${section}.${key}`) as T) : fallback,
      }),
      onDidChangeTextDocument: state.textDocumentChanged.event,
      onDidChangeConfiguration: state.configurationChanged.event,
    },
  };
}

/** Installs the fake as the module "vscode"; returns its state and a function that uninstalls it. */
export function installFakeVscode(): { vscode: FakeVscode; uninstall(): void } {
  const vscode: FakeVscode = {
    panels: [],
    visibleTextEditors: [],
    settings: new Map(),
    textDocumentChanged: new FakeEventEmitter(),
    configurationChanged: new FakeEventEmitter(),
    visibleRangesChanged: new FakeEventEmitter(),
    activeEditorChanged: new FakeEventEmitter(),
    activeTextEditor: undefined,
    editor(uri, lines) {
      const reveals: FakeRange[] = [];
      return {
        document: { uri, lineCount: lines.length, lineAt: (line: number) => ({ text: lines[line] ?? "" }) },
        visibleRanges: [new FakeRange(0, 0, 10, 0)],
        viewColumn: 1,
        reveals,
        revealRange: (range: FakeRange) => reveals.push(range),
      };
    },
  };
  const path = "/virtual/vscode-fake";
  const loader = Module as unknown as {
    _resolveFilename(request: string, ...rest: unknown[]): string;
    _cache: Record<string, unknown>;
  };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (request: string, ...rest: unknown[]): string {
    return request === "vscode" ? path : resolve.call(this, request, ...rest);
  };
  const module = new Module(path);
  module.exports = createModule(vscode);
  module.loaded = true;
  loader._cache[path] = module;
  return {
    vscode,
    uninstall() {
      loader._resolveFilename = resolve;
      Reflect.deleteProperty(loader._cache, path);
    },
  };
}
