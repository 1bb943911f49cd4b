/**
 * Protocol abuse against the real server over stdio: malformed bodies, unknown methods, documents
 * used out of order, positions out of range and params of the wrong shape. The server must answer
 * every request (a result, null or an error), ignore what it cannot use, and stay alive: each test
 * ends, in afterEach, with a hover that must work and a check that the process has not exited.
 *
 * The client here writes raw frames itself (lsp-session.ts speaks through vscode-jsonrpc, which
 * refuses to send a body that is not JSON or a request without a proper id).
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { FILLED_PATH, ROOT, sample } from "../helpers/fixtures";

const BIN = join(ROOT, "server", "bin", "keiyaku-language-server.js");
const REAL_URI = "file:///work/abuse/filled.contract";
const UNKNOWN_URI = "file:///work/abuse/never-opened.contract";
const REAL_TEXT = sample(FILLED_PATH);

interface ResponseError {
  readonly code: number;
  readonly message: string;
}

interface Message {
  readonly jsonrpc?: string;
  readonly id?: unknown;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: ResponseError;
}

interface Response {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: ResponseError;
}

const HEADER_END = Buffer.from("\r\n\r\n");

/** A server spoken to in raw Content-Length frames. */
class RawServer {
  readonly messages: Message[] = [];
  private readonly waiters = new Map<number, (response: Response) => void>();
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private stderrText = "";

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    child.stderr.on("data", (chunk: Buffer) => (this.stderrText += chunk.toString("utf8")));
  }

  static async start(): Promise<RawServer> {
    const server = new RawServer(spawn(process.execPath, [BIN, "--stdio"], { cwd: ROOT }));
    const init = await server.request("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    assert.ok(init.result !== undefined, "initialize answered");
    server.notify("initialized", {});
    return server;
  }

  /** True while the process runs. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** What the server logged (window/logMessage), e.g. a handler that failed and was guarded. */
  logs(): string[] {
    return this.messages.flatMap((m) =>
      m.method === "window/logMessage" ? [String((m.params as { message?: unknown }).message)] : [],
    );
  }

  /** One frame with a correct Content-Length, whatever the body holds. */
  writeFrame(body: Buffer | string): void {
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]));
  }

  send(message: object): void {
    this.writeFrame(JSON.stringify(message));
  }

  notify(method: string, params?: unknown): void {
    this.send(params === undefined ? { jsonrpc: "2.0", method } : { jsonrpc: "2.0", method, params });
  }

  /** Sends a request and resolves with its response; params left out when undefined. */
  request(method: string, params?: unknown): Promise<Response> {
    const id = this.nextId++;
    const response = this.response(id);
    this.send(params === undefined ? { jsonrpc: "2.0", id, method } : { jsonrpc: "2.0", id, method, params });
    return response;
  }

  /** Sends a request without waiting, for bursts; the answer comes through `response(id)`. */
  fire(method: string, params: unknown): number {
    const id = this.nextId++;
    this.send({ jsonrpc: "2.0", id, method, params });
    return id;
  }

  response(id: number): Promise<Response> {
    const answered = this.messages.find((m) => m.id === id && m.method === undefined);
    if (answered !== undefined) return Promise.resolve(answered as Response);
    return new Promise((resolve) => this.waiters.set(id, resolve));
  }

  open(uri: string, text: string, version = 1): void {
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId: "contract", version, text } });
  }

  async stop(): Promise<void> {
    if (this.alive) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      await this.request("shutdown");
      this.notify("exit");
      await exited;
    }
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) return;
      const length = Number(
        /Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString("ascii"))?.[1],
      );
      if (this.buffer.length < end + HEADER_END.length + length) return;
      const body = this.buffer.subarray(end + HEADER_END.length, end + HEADER_END.length + length);
      this.buffer = this.buffer.subarray(end + HEADER_END.length + length);
      const message = JSON.parse(body.toString("utf8")) as Message;
      this.messages.push(message);
      if (typeof message.id === "number" && message.method === undefined) {
        const waiter = this.waiters.get(message.id);
        this.waiters.delete(message.id);
        waiter?.(message as Response);
      }
    }
  }
}

interface Position {
  readonly line: number;
  readonly character: number;
}

function positionOf(text: string, needle: string, delta = 0): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found`);
  const before = text.slice(0, offset + delta).split("\n");
  return { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 };
}

const LINE_LENGTHS = REAL_TEXT.split("\n").map((l) => l.length);

/** Every {line, character} anywhere in a result, so that each can be checked against the text. */
function positionsIn(value: unknown): Position[] {
  if (Array.isArray(value)) return value.flatMap(positionsIn);
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = "line" in record && "character" in record ? [record as unknown as Position] : [];
  return [...own, ...Object.values(record).flatMap(positionsIn)];
}

/** A range or position the server returns for REAL_TEXT must lie inside it. */
function assertPositionsInDocument(value: unknown, what: string): void {
  for (const p of positionsIn(value)) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: ${JSON.stringify(p)}`);
    assert.ok(p.line >= 0 && p.line < LINE_LENGTHS.length, `${what}: line ${p.line} outside the document`);
    const length = LINE_LENGTHS[p.line] ?? 0;
    assert.ok(
      p.character >= 0 && p.character <= length,
      `${what}: character ${p.character} past line ${p.line}`,
    );
  }
}

/** A response is an answer: exactly one of result (possibly null) and error. */
function assertAnswered(response: Response, what: string): void {
  assert.ok(
    (response.result !== undefined) !== (response.error !== undefined),
    `${what}: ${JSON.stringify(response)}`,
  );
}

const HOVER_AT = positionOf(REAL_TEXT, "{月額報酬}", 1);

/** Every request the server supports, at `position` (or over `range`), for `uri`. */
function everyRequest(uri: string, position: unknown, range: unknown): [string, unknown][] {
  const textDocument = { uri };
  return [
    ["textDocument/hover", { textDocument, position }],
    ["textDocument/completion", { textDocument, position }],
    ["textDocument/definition", { textDocument, position }],
    ["textDocument/references", { textDocument, position, context: { includeDeclaration: true } }],
    ["textDocument/documentHighlight", { textDocument, position }],
    ["textDocument/prepareRename", { textDocument, position }],
    ["textDocument/rename", { textDocument, position, newName: "新しい名前" }],
    ["textDocument/documentSymbol", { textDocument }],
    ["textDocument/foldingRange", { textDocument }],
    ["textDocument/inlayHint", { textDocument, range }],
    ["textDocument/codeAction", { textDocument, range, context: { diagnostics: [] } }],
    ["textDocument/formatting", { textDocument, options: { tabSize: 2, insertSpaces: true } }],
    ["textDocument/semanticTokens/full", { textDocument }],
    ["keiyaku/render", { textDocument }],
    ["keiyaku/exportHtml", { textDocument }],
    ["keiyaku/compare", { textDocument, oldText: "第1条（目的\n{月額報酬", oldName: "<old>" }],
    ["keiyaku/exportDocument", { textDocument, format: "docx", browser: null }],
  ];
}

const OUT_OF_RANGE: Position[] = [
  { line: 1_000_000, character: 1_000_000 },
  { line: 0, character: 1_000_000 },
  { line: 1_000_000, character: 0 },
  { line: LINE_LENGTHS.length - 1, character: 1_000_000 },
  { line: -1, character: -1 },
  { line: 3, character: -5 },
  { line: -7, character: 3 },
];

describe("language server under protocol abuse", function () {
  this.timeout(60000);
  let server: RawServer;

  beforeEach(async () => {
    server = await RawServer.start();
    server.open(REAL_URI, REAL_TEXT);
  });

  afterEach(async () => {
    // Whatever the test did, the server still works: a hover on the real document answers.
    const hover = await server.request("textDocument/hover", {
      textDocument: { uri: REAL_URI },
      position: HOVER_AT,
    });
    const contents = (hover.result as { contents?: { value?: string } } | null)?.contents?.value ?? "";
    assert.match(contents, /月額報酬/u, `hover after abuse: ${JSON.stringify(hover)}\n${server.stderr}`);
    assert.ok(server.alive, `the server exited: ${server.stderr}`);
    await server.stop();
  });

  it("skips bodies that are not JSON-RPC and keeps reading the stream", async () => {
    const bodies: (string | Buffer)[] = [
      "{",
      "not json",
      "",
      " ",
      '{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":',
      Buffer.from([0xff, 0xfe, 0x00, 0x80]),
      "\u0000",
      "null",
      "42",
      '"string"',
      "[]",
      "{}",
      '{"jsonrpc":"2.0"}',
      '{"jsonrpc":"2.0","id":5}',
      '{"jsonrpc":"1.0","method":"textDocument/hover"}',
      '{"jsonrpc":"2.0","id":{},"method":"textDocument/hover","params":null}',
      '{"jsonrpc":"2.0","id":[1],"method":"textDocument/hover","params":null}',
      '{"jsonrpc":"2.0","id":null,"method":"textDocument/hover","params":null}',
      '{"jsonrpc":"2.0","id":9999,"result":{}}',
      '{"jsonrpc":"2.0","id":9998,"error":{"code":1,"message":"x"}}',
      '[{"jsonrpc":"2.0","id":9997,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"x"}}}]',
      '{"jsonrpc":"2.0","method":"$/cancelRequest","params":null}',
      '{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":null}}',
      '{"jsonrpc":"2.0","method":"$/cancelRequest"}',
      `{"jsonrpc":"2.0","method":"${"x".repeat(100000)}"}`,
      `"${"\\u".repeat(10)}"`,
    ];
    const before = server.messages.length;
    for (const body of bodies) server.writeFrame(body);
    // A well-formed request after all of them is read and answered: the framing survived.
    const after = await server.request("textDocument/documentSymbol", { textDocument: { uri: REAL_URI } });
    assert.ok(Array.isArray(after.result) && after.result.length > 0, JSON.stringify(after));
    // Nothing above can be answered, except that JSON-RPC allows an error with a null id.
    const strays = server.messages.slice(before).filter((m) => m.method === undefined && m.id !== after.id);
    for (const stray of strays) {
      assert.ok(stray.id === null && stray.error !== undefined, `unexpected answer ${JSON.stringify(stray)}`);
    }
  });

  it("answers an unknown request with MethodNotFound and ignores an unknown notification", async () => {
    const unknown = await server.request("keiyaku/doesNotExist", { textDocument: { uri: REAL_URI } });
    assert.equal(unknown.error?.code, -32601, JSON.stringify(unknown));
    const noParams = await server.request("textDocument/doesNotExist");
    assert.equal(noParams.error?.code, -32601, JSON.stringify(noParams));
    const before = server.messages.length;
    server.notify("keiyaku/unknownNotification", { anything: [1, 2, 3] });
    server.notify("$/unknownNotification", null);
    server.notify("textDocument/doesNotExist");
    const next = await server.request("textDocument/foldingRange", { textDocument: { uri: REAL_URI } });
    assertAnswered(next, "foldingRange");
    // Only the answer to that request: a notification never gets a response, not even an error.
    const since = server.messages.slice(before).filter((m) => m.method === undefined);
    assert.deepEqual(
      since.map((m) => m.id),
      [next.id],
    );
  });

  it("ignores changes, saves and closes of documents it never opened", async () => {
    server.notify("textDocument/didChange", {
      textDocument: { uri: UNKNOWN_URI, version: 2 },
      contentChanges: [{ text: "第1条（目的）\n本文\n" }],
    });
    server.notify("textDocument/didChange", {
      textDocument: { uri: UNKNOWN_URI, version: 3 },
      contentChanges: [
        { range: { start: { line: 5, character: 0 }, end: { line: 9, character: 9 } }, text: "x" },
      ],
    });
    server.notify("textDocument/didSave", { textDocument: { uri: UNKNOWN_URI } });
    server.notify("textDocument/didClose", { textDocument: { uri: UNKNOWN_URI } });
    server.notify("textDocument/didClose", { textDocument: { uri: UNKNOWN_URI } });
    // A change without a version is refused by the document store; it must not cost the server.
    server.notify("textDocument/didChange", {
      textDocument: { uri: REAL_URI },
      contentChanges: [{ text: "壊す" }],
    });
    const symbols = await server.request("textDocument/documentSymbol", {
      textDocument: { uri: UNKNOWN_URI },
    });
    assert.deepEqual(symbols.result, [], "a change to an unopened document does not open it");
    const render = await server.request("keiyaku/render", { textDocument: { uri: UNKNOWN_URI } });
    assert.equal(render.result, null);
  });

  it("takes a change whose version goes backwards as the document's new text", async () => {
    const uri = "file:///work/abuse/versions.contract";
    server.open(uri, "第1条（目的）\n本文\n", 10);
    server.notify("textDocument/didChange", {
      textDocument: { uri, version: 5 },
      contentChanges: [{ text: "第1条（目的）\n本文\n\n第2条（報酬）\n本文\n" }],
    });
    const symbols = await server.request("textDocument/documentSymbol", { textDocument: { uri } });
    assert.deepEqual(
      (symbols.result as { name: string }[]).map((s) => s.name),
      ["第1条", "第2条"],
    );
  });

  // Regression: the analysis cache was keyed by (uri, version) only, so a version number met again
  // with different text (v1 → v2 → v1, or didOpen twice) served the old analysis.
  it("never answers for an older text when a version number comes back", async () => {
    const uri = "file:///work/abuse/stale.contract";
    server.open(uri, "第1条（甲）\n本文\n", 1);
    const first = await server.request("textDocument/documentSymbol", { textDocument: { uri } });
    assert.equal((first.result as { detail: string }[])[0]?.detail, "甲");
    for (const [version, title] of [
      [2, "乙"],
      [1, "丙"],
    ] as const) {
      server.notify("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ text: `第1条（${title}）\n本文\n` }],
      });
    }
    const symbols = await server.request("textDocument/documentSymbol", { textDocument: { uri } });
    assert.equal((symbols.result as { detail: string }[])[0]?.detail, "丙");
  });

  it("answers for the second text when a document is opened twice with one version", async () => {
    const uri = "file:///work/abuse/twice.contract";
    server.open(uri, "第1条（甲）\n{未定義}\n");
    await server.request("textDocument/documentSymbol", { textDocument: { uri } });
    server.open(uri, "第1条（乙）\n本文\n");
    const symbols = await server.request("textDocument/documentSymbol", { textDocument: { uri } });
    assert.equal((symbols.result as { detail: string }[])[0]?.detail, "乙");
  });

  // Regression: a preparation still running for the first text was shared with the second text's
  // requests, since both objects carried version 1.
  it("answers for the second text when it is opened again while the first is still being read", async () => {
    const uri = "file:///work/abuse/twice-busy.contract";
    const articles = Array.from({ length: 600 }, (_, i) => `第${i + 1}条（甲）\n本文{未定義${i}}\n`);
    server.open(uri, articles.join("\n"));
    const first = server.fire("textDocument/documentSymbol", { textDocument: { uri } });
    server.open(uri, "第1条（乙）\n本文\n");
    const second = await server.request("textDocument/documentSymbol", { textDocument: { uri } });
    assert.deepEqual(
      (second.result as { detail: string }[]).map((s) => s.detail),
      ["乙"],
    );
    await server.response(first);
  });

  it("keeps working when a document is opened twice and closed twice", async () => {
    const uri = "file:///work/abuse/twice-closed.contract";
    server.open(uri, "第1条（甲）\n本文\n");
    server.open(uri, "第1条（甲）\n本文\n\n第2条（乙）\n本文\n", 2);
    const symbols = await server.request("textDocument/documentSymbol", { textDocument: { uri } });
    assert.equal((symbols.result as unknown[]).length, 2);
    server.notify("textDocument/didClose", { textDocument: { uri } });
    server.notify("textDocument/didClose", { textDocument: { uri } });
    const closed = await server.request("textDocument/documentSymbol", { textDocument: { uri } });
    assert.deepEqual(closed.result, []);
  });

  it("answers every request at out-of-range positions with results inside the document", async () => {
    for (const position of OUT_OF_RANGE) {
      const range = { start: position, end: position };
      for (const [method, params] of everyRequest(REAL_URI, position, range)) {
        const response = await server.request(method, params);
        const what = `${method} at ${JSON.stringify(position)}`;
        assertAnswered(response, what);
        // Rename refuses with a message for the user; nothing else may fail.
        if (response.error !== undefined)
          assert.match(method, /rename/i, `${what}: ${response.error.message}`);
        assertPositionsInDocument(response.result, what);
      }
    }
    assert.deepEqual(
      server.logs().filter((l) => l.includes("failed")),
      [],
      "no handler threw on an integer position",
    );
  });

  it("treats a range far past the end as the whole document", async () => {
    const whole = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 1_000_000 } };
    const hints = await server.request("textDocument/inlayHint", {
      textDocument: { uri: REAL_URI },
      range: whole,
    });
    const exact = await server.request("textDocument/inlayHint", {
      textDocument: { uri: REAL_URI },
      range: { start: { line: 0, character: 0 }, end: { line: LINE_LENGTHS.length, character: 0 } },
    });
    assert.ok(Array.isArray(hints.result) && hints.result.length > 0, JSON.stringify(hints));
    assert.deepEqual(hints.result, exact.result);
    assertPositionsInDocument(hints.result, "inlayHint");
    const backwards = await server.request("textDocument/codeAction", {
      textDocument: { uri: REAL_URI },
      range: { start: { line: 1_000_000, character: 0 }, end: { line: -1, character: -1 } },
      context: { diagnostics: [] },
    });
    assertAnswered(backwards, "codeAction with a reversed range");
    const fixAll = await server.request("textDocument/codeAction", {
      textDocument: { uri: REAL_URI },
      range: whole,
      context: { diagnostics: [], only: ["source.fixAll"] },
    });
    assertAnswered(fixAll, "source.fixAll");
    assertPositionsInDocument(fixAll.result, "source.fixAll");
  });

  it("answers every request for a document it does not know with an empty result", async () => {
    const position = { line: 0, character: 0 };
    for (const uri of [UNKNOWN_URI, "", "not a uri", "untitled:Untitled-1", "file:///%E0%A4%A"]) {
      for (const [method, params] of everyRequest(uri, position, { start: position, end: position })) {
        const response = await server.request(method, params);
        const what = `${method} for ${JSON.stringify(uri)}`;
        assert.equal(response.error, undefined, `${what}: ${JSON.stringify(response.error)}`);
        const empty =
          response.result === null ||
          (Array.isArray(response.result) && response.result.length === 0) ||
          JSON.stringify(response.result) === '{"data":[]}';
        assert.ok(empty, `${what}: ${JSON.stringify(response.result)}`);
      }
    }
  });

  it("answers requests whose params have the wrong shape, and survives such notifications", async () => {
    const wrong: unknown[] = [
      null,
      "a string",
      42,
      [],
      [1, 2],
      {},
      { textDocument: null },
      { textDocument: "file:///x" },
      { textDocument: { uri: 42 } },
      { textDocument: { uri: REAL_URI }, position: null },
      { textDocument: { uri: REAL_URI }, position: "0:0" },
      { textDocument: { uri: REAL_URI }, position: { line: "1", character: "2" } },
      { textDocument: { uri: REAL_URI }, position: { line: 0.5, character: 0 } },
      { textDocument: { uri: REAL_URI }, position: {} },
      { textDocument: { uri: REAL_URI }, range: null },
      { textDocument: { uri: REAL_URI }, range: { start: null, end: null } },
      { textDocument: { uri: REAL_URI }, position: HOVER_AT, newName: 42 },
      { textDocument: { uri: REAL_URI }, position: HOVER_AT, newName: null },
      { textDocument: { uri: REAL_URI }, position: HOVER_AT, context: null },
      { textDocument: { uri: REAL_URI }, range: { start: HOVER_AT, end: HOVER_AT }, context: { only: "x" } },
    ];
    const methods = everyRequest(REAL_URI, HOVER_AT, { start: HOVER_AT, end: HOVER_AT }).map(([m]) => m);
    for (const method of methods) {
      for (const params of wrong) {
        const response = await server.request(method, params);
        assertAnswered(response, `${method} with ${JSON.stringify(params)}`);
      }
    }
    for (const method of [
      "textDocument/didOpen",
      "textDocument/didChange",
      "textDocument/didSave",
      "textDocument/didClose",
      "workspace/didChangeConfiguration",
      "$/setTrace",
    ]) {
      for (const params of wrong.slice(0, 9)) server.notify(method, params);
    }
    server.notify("workspace/didChangeConfiguration", { settings: { keiyaku: "not an object" } });
    server.notify("workspace/didChangeConfiguration", {
      settings: { keiyaku: { mode: 42, validate: null, diagnostics: { severity: [1] }, inlayHints: "no" } },
    });
    // A second initialize is a protocol error; it must be answered and change nothing.
    assertAnswered(await server.request("initialize", null), "initialize with null params");
    assertAnswered(await server.request("initialize", { capabilities: {} }), "a second initialize");
  });

  // Regression: a position without whole-number line and character ({} or {line: 0.5}) became the
  // offset NaN and completion answered with null characters; lsp/convert.ts now reads it safely.
  it("never answers with a malformed range when a position is not whole numbers", async () => {
    for (const position of [{}, { line: 0.5, character: 0 }, { line: 2, character: 1.5 }]) {
      const range = { start: position, end: position };
      for (const [method, params] of everyRequest(REAL_URI, position, range)) {
        const response = await server.request(method, params);
        assertAnswered(response, method);
        assertPositionsInDocument(response.result, `${method} at ${JSON.stringify(position)}`);
      }
    }
  });

  it("answers every request of a burst, half of them cancelled", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 300; i++) {
      const [method, params] =
        everyRequest(REAL_URI, HOVER_AT, { start: HOVER_AT, end: HOVER_AT })[i % 15] ?? [];
      if (method === undefined) continue;
      ids.push(server.fire(method, params));
    }
    for (const id of ids.filter((_, i) => i % 2 === 0)) server.notify("$/cancelRequest", { id });
    server.notify("$/cancelRequest", { id: 123456789 });
    const responses = await Promise.all(ids.map((id) => server.response(id)));
    for (const [i, response] of responses.entries()) {
      assertAnswered(response, `burst request ${i}`);
      // A request is cancelled (-32800, -32802) or answered; rename may refuse with a user message.
      if (response.error !== undefined)
        assert.ok([-32800, -32802, 0].includes(response.error.code), JSON.stringify(response));
    }
  });
});

describe("language server: framing errors and shutdown", function () {
  this.timeout(60000);

  async function exitOf(server: RawServer): Promise<number | null> {
    if (!server.alive) return server.child.exitCode;
    return new Promise((resolve) => server.child.once("exit", (code) => resolve(code)));
  }

  it("exits, saying why, on a Content-Length over the limit instead of buffering it", async () => {
    const server = await RawServer.start();
    server.child.stdin.write("Content-Length: 99999999999999\r\n\r\n");
    assert.equal(await exitOf(server), 1);
    assert.match(server.stderr, /over the limit/u);
  });

  it("exits on a header without a Content-Length, so that the client restarts it", async () => {
    const server = await RawServer.start();
    server.child.stdin.write("Content-Type: application/json\r\n\r\n{}");
    assert.equal(await exitOf(server), 1);
    assert.match(server.stderr, /Content-Length/u);
  });

  it("exits on a header that never ends", async () => {
    const server = await RawServer.start();
    server.child.stdin.write("X".repeat(64 * 1024));
    assert.equal(await exitOf(server), 1);
    assert.match(server.stderr, /header is too long/u);
  });

  it("answers InvalidRequest to every request after shutdown, and exits on exit", async () => {
    const server = await RawServer.start();
    const shutdown = await server.request("shutdown");
    assert.equal(shutdown.error, undefined);
    const after = await server.request("textDocument/documentSymbol", { textDocument: { uri: "file:///x" } });
    assert.equal(after.error?.code, -32600, JSON.stringify(after));
    const again = await server.request("shutdown");
    assert.equal(again.error?.code, -32600);
    server.notify("exit");
    assert.equal(await exitOf(server), 0);
  });
});
