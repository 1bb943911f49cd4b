import assert from "node:assert/strict";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { contractWithArticles } from "../../bench/bench-inputs";
import { isBlankId } from "../../server/src/language/vocabulary/blanks";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../helpers/fixtures";
import { startSession, type Session } from "./lsp-session";

const URI = "file:///work/large.contract";
const FILLED = sample(FILLED_PATH);

function ids(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d) => String(d.code));
}

/** The line/character of `offset` in `text`. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 };
}

/** Types `insert` at the end of the first sentence line after the middle of `text`, as `version`. */
async function typeInMiddle(session: Session, text: string, insert: string, version = 2) {
  const offset = text.indexOf("。\n", text.length >> 1) + 1;
  assert.ok(offset > 0);
  const position = positionAt(text, offset);
  await session.notify("textDocument/didChange", {
    textDocument: { uri: URI, version },
    contentChanges: [{ range: { start: position, end: position }, text: insert }],
  });
  return position;
}

describe("language server: typing in a large contract", function () {
  this.timeout(60000);
  let session: Session;

  beforeEach(async () => {
    session = await startSession();
  });

  afterEach(async () => {
    await session.stop();
  });

  it("shows a reference broken by a keystroke at once, and the checks' findings after the pause", async () => {
    const text = contractWithArticles(FILLED, 1000);
    const opened = session.nextDiagnostics(URI);
    await session.open(URI, text);
    assert.ok(!ids(await opened).includes("syntax.reference"));
    const first = session.nextDiagnostics(URI, (p) => p.version === 2);
    const complete = session.nextDiagnostics(
      URI,
      (p) =>
        p.version === 2 &&
        p.diagnostics.some((d) => d.code === "blank.undecided" && String(d.message).includes("月額報酬")),
    );
    const at = await typeInMiddle(session, text, "{月額報酬 は別途定める。");
    const quick = await first;
    const broken = quick.diagnostics.find((d) => d.code === "syntax.reference");
    assert.deepEqual(broken?.range.start, at, "the broken reference is reported where it was typed");
    assert.ok(
      !quick.diagnostics.some((d) => d.code === "blank.undecided" && d.range.start.line === at.line),
      "the first answer carries the previous findings; the new 別途定める waits for the full check",
    );
    const full = await complete;
    assert.ok(full.diagnostics.some((d) => d.code === "syntax.reference" && d.range.start.line === at.line));
  });

  it("offers quick fixes once the full check has run, without running it on every keystroke", async () => {
    // 第3条 written as 第4条: article numbering, a finding with a quick fix.
    const text = contractWithArticles(FILLED, 1000).replace("\n第3条", "\n第4条");
    const opened = session.nextDiagnostics(URI);
    await session.open(URI, text);
    await opened;
    const heading = positionAt(text, text.indexOf("\n第4条") + 1);
    const range = { start: heading, end: { line: heading.line, character: heading.character + 3 } };
    const ask = (only?: string[]) =>
      session.request<{ title: string }[]>("textDocument/codeAction", {
        textDocument: { uri: URI },
        range,
        context: { diagnostics: [], ...(only === undefined ? {} : { only }) },
      });
    assert.ok((await ask()).length > 0, "fixes are offered for the opened version");
    const carried = session.nextDiagnostics(URI, (p) => p.version === 2);
    await typeInMiddle(session, text, "あ");
    await carried;
    // Registered within milliseconds of the carried answer, long before the 300 ms typing pause.
    const complete = session.nextDiagnostics(URI, (p) => p.version === 2);
    assert.deepEqual(await ask(), [], "no full check while typing: no fixes yet");
    await complete;
    assert.ok((await ask()).length > 0, "the fixes are back after the full check");
    await typeInMiddle(session, text, "い", 3);
    assert.ok((await ask(["source.fixAll"])).length > 0, "fix-all, asked for on purpose, runs the check");
  });

  it("sends at most 1,000 findings, errors first, and says how many more there are", async () => {
    // 1,500 articles, each with an undefined value: 1,500 errors, besides the other findings.
    const text = `契約書「テスト契約書」\n\n${Array.from(
      { length: 1_500 },
      (_, i) => `第${i + 1}条（報酬）\n甲は{未定義の値}を払う。\n`,
    ).join("\n")}`;
    const opened = session.nextDiagnostics(URI);
    await session.open(URI, text);
    const { diagnostics } = await opened;
    assert.equal(diagnostics.length, 1_000);
    const summary = diagnostics.at(-1);
    assert.match(String(summary?.message), /^ほかに [\d,]+ 件の指摘があります/);
    const shown = diagnostics.slice(0, -1);
    assert.ok(
      shown.every((d) => d.severity === 1),
      "the 999 places go to errors first",
    );
    const lines = shown.map((d) => d.range.start.line);
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
      "in document order",
    );
  });

  it("answers at once while a large document is first read, then asks the client to refresh", async () => {
    await session.stop();
    session = await startSession({
      initializationCapabilities: {
        workspace: { semanticTokens: { refreshSupport: true }, foldingRange: { refreshSupport: true } },
        textDocument: { foldingRange: { rangeLimit: 100 } },
      },
    });
    const refreshed = (method: string) =>
      new Promise<void>((resolve) =>
        session.connection.onRequest(method, () => {
          resolve();
          return null;
        }),
      );
    const tokensRefreshed = refreshed("workspace/semanticTokens/refresh");
    const foldsRefreshed = refreshed("workspace/foldingRange/refresh");
    const text = contractWithArticles(FILLED, 2000);
    const opened = session.nextDiagnostics(URI);
    await session.open(URI, text);
    type Folds = { startLine: number }[];
    const folding = () => session.request<Folds>("textDocument/foldingRange", { textDocument: { uri: URI } });
    const outline = session.request<unknown[]>("textDocument/documentSymbol", { textDocument: { uri: URI } });
    assert.deepEqual(await folding(), [], "nothing is known yet: an empty answer, not a wait");
    assert.ok(
      (await outline).length > 2000,
      "the outline waits for the read: the protocol cannot refresh it",
    );
    await Promise.all([tokensRefreshed, foldsRefreshed]);
    assert.equal((await folding()).length, 100, "the folds the client asked for: its rangeLimit");
    await opened;
  });

  it("asks the client to refresh the semantic tokens it answered from the previous version", async () => {
    await session.stop();
    session = await startSession({
      initializationCapabilities: { workspace: { semanticTokens: { refreshSupport: true } } },
    });
    let refreshes = 0;
    session.connection.onRequest("workspace/semanticTokens/refresh", () => {
      refreshes += 1;
      return null;
    });
    const text = contractWithArticles(FILLED, 1000);
    const opened = session.nextDiagnostics(URI);
    await session.open(URI, text);
    await opened;
    assert.equal(refreshes, 0, "nothing was answered early on open");
    // The second publication of version 2: the carried answer first, then the full check's.
    let published = 0;
    const complete = session.nextDiagnostics(URI, (p) => p.version === 2 && ++published === 2);
    await typeInMiddle(session, text, "{月額報酬}");
    await session.request("textDocument/semanticTokens/full", { textDocument: { uri: URI } });
    await complete;
    // The refresh is sent when the new version is prepared, before its full check is published.
    assert.equal(refreshes, 1, "the tokens answered from the moved previous version are refreshed");
  });

  // A new line moves every later article one line down; typing within a line moves none but the
  // edited article's end (the server sends the other articles' kept JSON as it was).
  for (const [insert, shift] of [
    ["\n", 1],
    ["あ", 0],
  ] as const) {
    it(`answers the outline right after typing ${JSON.stringify(insert)} with every article where the new text has it`, async () => {
      const text = contractWithArticles(FILLED, 1000);
      const opened = session.nextDiagnostics(URI);
      await session.open(URI, text);
      await opened;
      type Outline = { name: string; range: { start: { line: number } } }[];
      const outline = () =>
        session.request<Outline>("textDocument/documentSymbol", { textDocument: { uri: URI } });
      const complete = session.nextDiagnostics(URI, (p) => p.version === 2 && !ids(p).includes("never"));
      await typeInMiddle(session, text, insert);
      const atOnce = await outline();
      const edited = text.split("\n");
      const lineOf = (name: string) => atOnce.find((s) => s.name.startsWith(name))?.range.start.line;
      assert.equal(lineOf("第1000条"), edited.findIndex((l) => l.startsWith("第1000条")) + shift);
      assert.equal(
        lineOf("第1条"),
        edited.findIndex((l) => l.startsWith("第1条")),
      );
      // The complete diagnostics come from the full check, which prepares the version first.
      await complete;
      assert.deepEqual(await outline(), atOnce, "the same outline once the new version is prepared");
    });
  }

  it("renders the version right after a keystroke, counting the blanks the editor was sent", async () => {
    // The template: its parties and 条件 are blanks.
    const text = contractWithArticles(sample(TEMPLATE_PATH), 1000);
    const opened = session.nextDiagnostics(URI);
    await session.open(URI, text);
    await opened;
    const carried = session.nextDiagnostics(URI, (p) => p.version === 2);
    await typeInMiddle(session, text, "しるし");
    type Rendered = { version: number; html: string; blanks: number };
    const rendered = await session.request<Rendered>("keiyaku/render", { textDocument: { uri: URI } });
    assert.equal(rendered.version, 2);
    assert.match(rendered.html, /しるし/u);
    const blanks = (await carried).diagnostics.filter((d) => isBlankId(String(d.code))).length;
    assert.ok(blanks > 0);
    assert.equal(rendered.blanks, blanks);
  });

  it("never publishes the check of an older text under a newer version", async () => {
    const text = contractWithArticles(FILLED, 1000);
    const edited = session.nextDiagnostics(URI, (p) => p.version === 2);
    await session.open(URI, text);
    // At once: the check on open is still running in slices when the edit arrives.
    const at = await typeInMiddle(session, text, "{月額報酬");
    const first = await edited;
    assert.ok(
      first.diagnostics.some((d) => d.code === "syntax.reference" && d.range.start.line === at.line),
      "the first diagnostics of version 2 are those of version 2's text",
    );
  });

  it("checks a contract of ordinary size in full on every keystroke", async () => {
    const opened = session.nextDiagnostics(URI);
    await session.open(URI, FILLED);
    await opened;
    const next = session.nextDiagnostics(URI, (p) => p.version === 2);
    const at = await typeInMiddle(session, FILLED, "保存期間は別途定める。");
    const published = await next;
    assert.ok(
      published.diagnostics.some((d) => d.code === "blank.undecided" && d.range.start.line === at.line),
      ids(published).join(),
    );
  });
});
