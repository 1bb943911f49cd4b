/**
 * A plain LSP client for tests: spawns `keiyaku-language-server --stdio` and speaks real JSON-RPC
 * to it, as Neovim or Helix would. Waits on notifications, never on time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from "vscode-jsonrpc/node";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { ROOT } from "../helpers/fixtures";

export interface Session {
  readonly connection: MessageConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly stderr: () => string;
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): Promise<void>;
  /** The next diagnostics published for `uri` that satisfy `accept`. */
  nextDiagnostics(
    uri: string,
    accept?: (p: PublishDiagnosticsParams) => boolean,
  ): Promise<PublishDiagnosticsParams>;
  /** True if nothing is published for `uri` during `quietMs` (a bounded negative check). */
  staysQuiet(uri: string, quietMs: number): Promise<boolean>;
  /** Every diagnostics notification received so far, in order. */
  readonly published: PublishDiagnosticsParams[];
  open(uri: string, text: string, version?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface SessionOptions {
  /** Answer workspace/configuration with these settings (the `keiyaku` section). */
  readonly settings?: () => unknown;
  readonly initializationCapabilities?: Record<string, unknown>;
  /** The server to start: the repository's bin by default, or an installed one, run from `cwd`. */
  readonly server?: { readonly command: string; readonly cwd: string };
}

const BIN = join(ROOT, "server", "bin", "keiyaku-language-server.js");

export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const child =
    options.server === undefined
      ? spawn(process.execPath, [BIN, "--stdio"], { cwd: ROOT })
      : spawn(options.server.command, ["--stdio"], { cwd: options.server.cwd });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published: PublishDiagnosticsParams[] = [];
  const waiters: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) =>
    params.items.map(() => options.settings?.() ?? null),
  );
  connection.onRequest("client/registerCapability", () => null);
  connection.onNotification("window/logMessage", () => undefined);
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: {
        configuration: options.settings !== undefined,
        didChangeConfiguration: { dynamicRegistration: true },
      },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      ...options.initializationCapabilities,
    },
  });
  await connection.sendNotification("initialized", {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    published,
    request: (method, params) => connection.sendRequest(method, params),
    notify: (method, params) => connection.sendNotification(method, params),
    nextDiagnostics: (uri, accept = () => true) =>
      new Promise((resolve) => waiters.push({ uri, accept, resolve })),
    staysQuiet: (uri, quietMs) =>
      new Promise((resolve) => {
        const waiter = { uri, accept: () => true, resolve: () => resolve(false) };
        waiters.push(waiter);
        setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          resolve(true);
        }, quietMs);
      }),
    open: (uri, text, version = 1) =>
      connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "contract", version, text },
      }),
    async stop() {
      try {
        await connection.sendRequest("shutdown");
        await connection.sendNotification("exit");
      } finally {
        connection.dispose();
        child.kill();
      }
    },
  };
}
