/**
 * The language server, measured as an editor sees it: the built server spawned over stdio and
 * spoken to in plain JSON-RPC (as test/protocol/lsp-session.ts does), one fresh process per size so
 * that each size's memory high-water is its own.
 *
 * Per size: didOpen → first publishDiagnostics; keiyaku/render on the open document; then typing —
 * one-character incremental didChange edits in one prose line, each waiting for the diagnostics of
 * its version; then, after one more keystroke, the time until the complete diagnostics (in a large
 * contract a keystroke is answered with carried diagnostics and the full check follows the typing
 * pause); keiyaku/render sent right after an edit (so it pays for the re-analysis); and, while
 * the server opens the file and recomputes after edits, a stream of trivial requests whose round
 * trip shows the longest stretch the server could not answer (its longest synchronous step).
 * Last, VmRSS and VmHWM from /proc.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from "vscode-jsonrpc/node";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { DEFAULT_DIAGNOSTICS_TIMING } from "../server/src/lsp/diagnostics-publisher";
import { SERVER_NODE_OPTIONS } from "../server/src/protocol";
import { ROOT, type BenchInput } from "./bench-inputs";
import { mb, ms, summarize, table, type Summary } from "./stats";

const BIN = join(ROOT, "server", "bin", "keiyaku-language-server.js");

/**
 * From this size a keystroke is answered twice: carried diagnostics at once, the full check after
 * the typing pause (server/src/lsp/diagnostics-publisher.ts).
 */
const { largeDocument: LARGE_DOCUMENT, fullCheckDelayMs: FULL_CHECK_DELAY_MS } = DEFAULT_DIAGNOSTICS_TIMING;

const DEFAULT_KEYSTROKES = 50;
/** 10,000 articles take seconds a keystroke: stop typing after this long, once MIN_KEYSTROKES are in. */
const TYPING_BUDGET_MS = 60_000;
const MIN_KEYSTROKES = 10;
const RENDER_RUNS = 10;
const EDIT_RENDER_RUNS = 5;
const PROBED_EDITS = 3;
const PING_GAP_MS = 2;
const WAIT_LIMIT_MS = 180_000;

interface Arrival {
  readonly at: number;
  readonly count: number;
}

export interface ServerProcess {
  readonly pid: number;
  notify(method: string, params: unknown): Promise<void>;
  request<R>(method: string, params: unknown): Promise<R>;
  /** Resolves when diagnostics for this version of `uri` arrive, with their arrival time. */
  diagnostics(uri: string, version: number): Promise<Arrival>;
  /** Resolves when the `nth` (1-based) diagnostics for this version of `uri` arrive. */
  nthDiagnostics(uri: string, version: number, nth: number): Promise<Arrival>;
  /**
   * When the server's output last arrived (performance.now()): right after a request is answered,
   * when its answer's last byte did, before the client decoded and parsed it.
   */
  lastOutputAt(): number;
  stop(): Promise<void>;
}

function withLimit<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${WAIT_LIMIT_MS} ms: ${what}`)),
      WAIT_LIMIT_MS,
    );
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export interface ServerSpawn {
  /** The server's entry (default: this tree's server/bin/keiyaku-language-server.js). */
  readonly bin?: string;
  readonly execArgv?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

export async function startServer(spawnWith: ServerSpawn = {}): Promise<ServerProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    // With the options VS Code starts the server with (protocol.ts), so that the bench measures it.
    [...SERVER_NODE_OPTIONS, ...(spawnWith.execArgv ?? []), spawnWith.bin ?? BIN, "--stdio"],
    { cwd: ROOT, env: { ...process.env, ...spawnWith.env } },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const connection: MessageConnection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  // Keyed by uri, version and the arrival's rank for that version; an arrival may come before
  // anyone waits for it.
  const arrived = new Map<string, Arrival>();
  const ranks = new Map<string, number>();
  const waiting = new Map<string, (arrival: Arrival) => void>();
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    const arrival = { at: performance.now(), count: params.diagnostics.length };
    const version = `${params.uri}#${params.version ?? "?"}`;
    const rank = (ranks.get(version) ?? 0) + 1;
    ranks.set(version, rank);
    const key = `${version}#${rank}`;
    const resolve = waiting.get(key);
    if (resolve === undefined) arrived.set(key, arrival);
    else {
      waiting.delete(key);
      resolve(arrival);
    }
  });
  const nthDiagnostics = (uri: string, version: number, nth: number) => {
    const key = `${uri}#${version}#${nth}`;
    const early = arrived.get(key);
    if (early !== undefined) {
      arrived.delete(key);
      return Promise.resolve(early);
    }
    return withLimit(
      new Promise<Arrival>((resolve) => waiting.set(key, resolve)),
      `diagnostics #${nth} for version ${version}${stderr === "" ? "" : `; server stderr: ${stderr}`}`,
    );
  };
  // Default settings, answered as VS Code answers: the server asks once per document and caches.
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) =>
    params.items.map(() => ({})),
  );
  connection.onRequest("client/registerCapability", () => null);
  // What VS Code answers: it asks again for what is visible (not modelled here).
  for (const refresh of ["semanticTokens", "foldingRange", "inlayHint"]) {
    connection.onRequest(`workspace/${refresh}/refresh`, () => null);
  }
  connection.onNotification("window/logMessage", () => undefined);
  connection.listen();
  // After the reader's own listener: the chunk that completes an answer is stamped before the
  // reader's decoding and parsing (promises) resolve the request.
  let lastOutputAt = 0;
  child.stdout.on("data", () => (lastOutputAt = performance.now()));
  await withLimit(
    connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: null,
      // The capabilities that change what the server sends, as VS Code declares them.
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          semanticTokens: { refreshSupport: true },
          foldingRange: { refreshSupport: true },
          inlayHint: { refreshSupport: true },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          foldingRange: { rangeLimit: 5000, lineFoldingOnly: true },
        },
      },
    }),
    "initialize",
  );
  await connection.sendNotification("initialized", {});
  const pid = child.pid;
  if (pid === undefined) throw new Error(`the language server did not start: ${stderr}`);
  return {
    pid,
    notify: (method, params) => connection.sendNotification(method, params),
    request: (method, params) => withLimit(connection.sendRequest(method, params), method),
    diagnostics: (uri, version) => nthDiagnostics(uri, version, 1),
    nthDiagnostics,
    lastOutputAt: () => lastOutputAt,
    async stop() {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      try {
        await withLimit(connection.sendRequest("shutdown"), "shutdown");
        await connection.sendNotification("exit");
        await withLimit(exited, "exit");
      } finally {
        connection.dispose();
        if (child.exitCode === null) child.kill();
      }
    },
  };
}

export interface ProcessMemory {
  readonly vmRssBytes: number;
  readonly vmHwmBytes: number;
}

export function memoryOf(pid: number): ProcessMemory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "mu").exec(status)?.[1] ?? NaN) * 1024;
    return { vmRssBytes: field("VmRSS"), vmHwmBytes: field("VmHWM") };
  } catch {
    // Not Linux (no /proc): memory is left unreported rather than guessed.
    return null;
  }
}

/**
 * Where to type: the prose line of an article near the middle of the file (a copy of 第1条, whose
 * one prose line starts 甲は乙に対し、), after its first clause — as far from either end as possible.
 */
export function typingPosition(input: BenchInput): { line: number; character: number } {
  const middle = Math.floor(input.articles / 2);
  const target = `第${middle - (middle % 25) + 1}条`;
  const lines = input.text.split("\n");
  const heading = lines.findIndex((l) => l.startsWith(target));
  const prose = lines[heading + 1];
  if (heading < 0 || prose === undefined) throw new Error(`no ${target} to type into`);
  return { line: heading + 1, character: Math.max(0, prose.indexOf("、") + 1) };
}

const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));

export interface LspResult {
  readonly articles: number;
  readonly bytes: number;
  readonly diagnostics: number;
  readonly openMs: number;
  /** Keystroke → the first diagnostics of its version. */
  readonly keystrokes: Summary;
  /** Last keystroke → the complete diagnostics (the same as a keystroke's below LARGE_DOCUMENT). */
  readonly settledMs: number;
  readonly renderFirstMs: number;
  readonly render: Summary;
  readonly renderAfterEdit: Summary;
  /** Longest round trip of a trivial request while the server recomputed after an edit. */
  readonly longestBlockMs: number;
  /** The same while the server opened the file and checked it. */
  readonly longestBlockOpenMs: number;
  /** Semantic tokens, folding ranges, symbols and quick fixes asked together after an edit. */
  readonly editorRequests: Summary;
  /** The longest block while it answered those. */
  readonly longestBlockRequestsMs: number;
  readonly idlePingMs: number;
  readonly memoryAfterOpen: ProcessMemory | null;
  readonly memory: ProcessMemory | null;
}

async function benchSize(input: BenchInput, keystrokeCount: number): Promise<LspResult> {
  const server = await startServer();
  try {
    const uri = `file:///bench/articles-${input.articles}.contract`;
    // An unknown method is answered at once with an error, so its round trip is the time the
    // server's event loop took to get to it.
    const ping = async () => {
      const t0 = performance.now();
      await server.request("keiyaku/benchPing", null).catch(() => undefined);
      return performance.now() - t0;
    };
    /** The longest ping round trip until `arrival` settles. */
    const probeUntil = async (arrival: Promise<Arrival>) => {
      let done = false;
      let longest = 0;
      void arrival.then(() => (done = true));
      while (!done) {
        longest = Math.max(longest, await ping());
        await sleep(PING_GAP_MS);
      }
      return longest;
    };
    let version = 1;
    const opened = server.diagnostics(uri, version);
    const openStart = performance.now();
    await server.notify("textDocument/didOpen", {
      textDocument: { uri, languageId: "contract", version, text: input.text },
    });
    const longestBlockOpenMs = await probeUntil(opened);
    const open = await opened;
    const openMs = open.at - openStart;
    const memoryAfterOpen = memoryOf(server.pid);

    const renders: number[] = [];
    for (let i = 0; i < RENDER_RUNS; i++) {
      const t0 = performance.now();
      const result = await server.request<{ html: string } | null>("keiyaku/render", {
        textDocument: { uri },
      });
      renders.push(performance.now() - t0);
      if (result === null) throw new Error("keiyaku/render answered null for an open document");
    }

    const position = typingPosition(input);
    const edit = () => {
      version += 1;
      const at = { line: position.line, character: position.character };
      position.character += 1;
      return {
        version,
        send: () =>
          server.notify("textDocument/didChange", {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: at, end: at }, text: "あ" }],
          }),
      };
    };

    const keystrokes: number[] = [];
    const typingStart = performance.now();
    while (
      keystrokes.length < keystrokeCount &&
      (keystrokes.length < MIN_KEYSTROKES || performance.now() - typingStart < TYPING_BUDGET_MS)
    ) {
      const next = edit();
      const published = server.diagnostics(uri, next.version);
      const t0 = performance.now();
      await next.send();
      keystrokes.push((await published).at - t0);
    }

    // The pause after typing: the complete diagnostics of the last keystroke's version.
    const publishes = input.text.length >= LARGE_DOCUMENT ? 2 : 1;
    const last = edit();
    const settled = server.nthDiagnostics(uri, last.version, publishes);
    const lastSent = performance.now();
    await last.send();
    const settledMs = (await settled).at - lastSent;

    const afterEdit: number[] = [];
    for (let i = 0; i < EDIT_RENDER_RUNS; i++) {
      const next = edit();
      const published = server.diagnostics(uri, next.version);
      const t0 = performance.now();
      await next.send();
      await server.request("keiyaku/render", { textDocument: { uri } });
      afterEdit.push(performance.now() - t0);
      await published;
    }
    // Let the last of those versions be checked in full before probing, so that its full check
    // does not run into the probed edits.
    if (publishes > 1) await server.nthDiagnostics(uri, version, publishes);

    const idle: number[] = [];
    for (let i = 0; i < 20; i++) idle.push(await ping());
    let longestBlockMs = 0;
    let diagnostics = open.count;
    for (let i = 0; i < PROBED_EDITS; i++) {
      const next = edit();
      // Until the complete diagnostics: in a large contract that includes the full check.
      const complete = server.nthDiagnostics(uri, next.version, publishes);
      await next.send();
      longestBlockMs = Math.max(longestBlockMs, await probeUntil(complete));
      diagnostics = (await complete).count;
    }

    // What VS Code asks for a moment after an edit, all at once, while a trivial request probes
    // how long the server is blocked: each request's latency, and the longest block.
    const editorRequests: number[] = [];
    let longestBlockRequestsMs = 0;
    for (let i = 0; i < PROBED_EDITS; i++) {
      const next = edit();
      const first = server.diagnostics(uri, next.version);
      await next.send();
      await first;
      const textDocument = { textDocument: { uri } };
      const t0 = performance.now();
      const timed = (method: string, params: unknown) =>
        server.request(method, params).then(() => editorRequests.push(performance.now() - t0));
      const answered = Promise.all([
        timed("textDocument/semanticTokens/full", textDocument),
        timed("textDocument/foldingRange", textDocument),
        timed("textDocument/documentSymbol", textDocument),
        timed("textDocument/codeAction", {
          ...textDocument,
          range: { start: position, end: position },
          context: { diagnostics: [] },
        }),
      ]).then(() => ({ at: performance.now(), count: 0 }));
      longestBlockRequestsMs = Math.max(longestBlockRequestsMs, await probeUntil(answered));
      if (publishes > 1) await server.nthDiagnostics(uri, next.version, publishes);
    }

    return {
      articles: input.articles,
      editorRequests: summarize(editorRequests),
      longestBlockRequestsMs,
      bytes: input.bytes,
      diagnostics,
      openMs,
      keystrokes: summarize(keystrokes),
      settledMs,
      renderFirstMs: renders[0] ?? Number.NaN,
      render: summarize(renders.slice(1)),
      renderAfterEdit: summarize(afterEdit),
      longestBlockMs,
      longestBlockOpenMs,
      idlePingMs: summarize(idle).median,
      memoryAfterOpen,
      memory: memoryOf(server.pid),
    };
  } finally {
    await server.stop();
  }
}

export async function runLspBench(
  inputs: readonly BenchInput[],
  log: (line: string) => void,
  keystrokes = DEFAULT_KEYSTROKES,
): Promise<LspResult[]> {
  const results: LspResult[] = [];
  for (const input of inputs) {
    log(`language server: ${input.name} …`);
    results.push(await benchSize(input, keystrokes));
  }
  return results;
}

export function lspReport(results: readonly LspResult[]): string {
  const n = (r: LspResult) => r.articles.toLocaleString("en-US");
  const triple = (s: Summary) => `${ms(s.median)} / ${ms(s.p90)} / ${ms(s.max)}`;
  const memory = (m: ProcessMemory | null) =>
    m === null ? "—" : `${mb(m.vmRssBytes)} / ${mb(m.vmHwmBytes)}`;
  return [
    "Language server (spawned over stdio, one process per size)",
    table(
      [
        "articles",
        "open → diagnostics",
        "keystroke → diagnostics p50 / p90 / max",
        "n",
        "last keystroke → complete",
        "editor requests after an edit p50 / max",
      ],
      results.map((r) => [
        n(r),
        ms(r.openMs),
        triple(r.keystrokes),
        String(r.keystrokes.runs),
        ms(r.settledMs),
        `${ms(r.editorRequests.median)} / ${ms(r.editorRequests.max)}`,
      ]),
    ),
    "",
    table(
      [
        "articles",
        "keiyaku/render first",
        "render p50 / p90",
        "render right after an edit p50 / p90",
        "longest block: open / edit / requests",
        "VmRSS / VmHWM",
      ],
      results.map((r) => [
        n(r),
        ms(r.renderFirstMs),
        `${ms(r.render.median)} / ${ms(r.render.p90)}`,
        `${ms(r.renderAfterEdit.median)} / ${ms(r.renderAfterEdit.p90)}`,
        `${ms(r.longestBlockOpenMs)} / ${ms(r.longestBlockMs)} / ${ms(r.longestBlockRequestsMs)}`,
        memory(r.memory),
      ]),
    ),
    "",
    `  keystroke: one-character didChange, waiting for its version's first diagnostics before the next.`,
    `    From ${LARGE_DOCUMENT.toLocaleString("en-US")} UTF-16 code units, those are carried diagnostics and the full check`,
    `    follows a ${FULL_CHECK_DELAY_MS} ms typing pause: "complete" includes that pause.`,
    `  render right after an edit: didChange then keiyaku/render at once, so it re-analyses the new version.`,
    `  editor requests: semantic tokens, folding ranges, symbols and quick fixes sent together right`,
    `    after an edit's first diagnostics, as VS Code asks for them; each one's latency.`,
    `  longest block (open / edit / requests): the longest round trip of a trivial request while the server`,
    `    opened the file; after an edit until its complete diagnostics; while it answered the editor requests`,
    `    (idle round trip ≈ ${ms(results[0]?.idlePingMs ?? Number.NaN)}): its longest synchronous step.`,
    `  memory after open (VmRSS): ${results.map((r) => `${n(r)}: ${r.memoryAfterOpen === null ? "—" : mb(r.memoryAfterOpen.vmRssBytes)}`).join(", ")}`,
  ].join("\n");
}
