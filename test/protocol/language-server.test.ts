import assert from "node:assert/strict";
import type {
  CodeAction,
  DocumentHighlight,
  Location,
  TextEdit,
  WorkspaceEdit,
  CompletionItem,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InitializeResult,
  InlayHint,
  PublishDiagnosticsParams,
} from "vscode-languageserver-protocol";
import { createContractService } from "../../server/src/language";
import type { RenderResult } from "../../server/src/protocol";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../helpers/fixtures";
import { startSession, type Session } from "./lsp-session";

const TEMPLATE_URI = "file:///work/template.contract";
const FILLED_URI = "file:///work/filled.contract";

/** Applies LSP edits (positions in UTF-16 line/character) to a text, last first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

function ids(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d) => String(d.code));
}

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `${needle} not found`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 };
}

describe("language server over stdio", function () {
  this.timeout(30000);
  let session: Session;
  let settings: Record<string, unknown>;

  beforeEach(async () => {
    settings = {};
    session = await startSession({ settings: () => settings });
  });

  afterEach(async () => {
    await session.stop();
  });

  it("announces its capabilities", async () => {
    const other = await startSession();
    try {
      const result = await other.request<InitializeResult>("initialize", {
        processId: null,
        rootUri: null,
        capabilities: {},
      });
      assert.equal(result.serverInfo?.name, "keiyaku-language-server");
    } catch (error) {
      // A second initialize is a protocol error; what matters is that the first one worked.
      assert.ok(error instanceof Error);
    } finally {
      await other.stop();
    }
  });

  it("publishes the template's 8 blank warnings on open, with Japanese messages and exact ranges", async () => {
    const text = sample(TEMPLATE_PATH);
    const published = session.nextDiagnostics(TEMPLATE_URI);
    await session.open(TEMPLATE_URI, text);
    const params = await published;
    assert.equal(params.version, 1);
    const warnings = params.diagnostics.filter((d) => d.severity === 2);
    assert.equal(warnings.length, 8);
    const fee = warnings.find((d) => d.code === "blank.fee");
    assert.deepEqual(fee?.range.start, positionOf(text, "＿円（消費税別）"));
    assert.match(typeof fee?.message === "string" ? fee.message : "", /月額報酬が空欄です/);
    assert.equal(fee?.source, "keiyaku");
  });

  it("re-checks incremental edits as the user types and drops the warning when the fee is filled", async () => {
    const text = sample(TEMPLATE_PATH);
    const opened = session.nextDiagnostics(TEMPLATE_URI);
    await session.open(TEMPLATE_URI, text);
    await opened;
    const start = positionOf(text, "＿円（消費税別）");
    const updated = session.nextDiagnostics(TEMPLATE_URI, (p) => p.version === 2);
    await session.notify("textDocument/didChange", {
      textDocument: { uri: TEMPLATE_URI, version: 2 },
      contentChanges: [
        { range: { start, end: { line: start.line, character: start.character + 2 } }, text: "300,000円" },
      ],
    });
    const params = await updated;
    assert.ok(!ids(params).includes("blank.fee"), ids(params).join());
    assert.equal(ids(params).filter((id) => id === "blank.party").length, 6);
  });

  it("in onSave mode publishes after didSave only", async () => {
    settings = { validate: "onSave" };
    const text = sample(TEMPLATE_PATH);
    const opened = session.nextDiagnostics(TEMPLATE_URI);
    await session.open(TEMPLATE_URI, text);
    await opened;
    const start = positionOf(text, "＿円（消費税別）");
    await session.notify("textDocument/didChange", {
      textDocument: { uri: TEMPLATE_URI, version: 2 },
      contentChanges: [
        { range: { start, end: { line: start.line, character: start.character + 2 } }, text: "300,000円" },
      ],
    });
    // Three times the server's typing debounce: in onType mode a check would have been published.
    assert.ok(await session.staysQuiet(TEMPLATE_URI, 600), "nothing published between the edit and the save");
    const saved = session.nextDiagnostics(TEMPLATE_URI, (p) => p.version === 2);
    await session.notify("textDocument/didSave", { textDocument: { uri: TEMPLATE_URI } });
    const params = await saved;
    assert.ok(!ids(params).includes("blank.fee"));
  });

  it("re-validates with final mode when the configuration changes", async () => {
    const opened = session.nextDiagnostics(TEMPLATE_URI);
    await session.open(TEMPLATE_URI, sample(TEMPLATE_PATH));
    await opened;
    settings = { mode: "final", diagnostics: { severity: { "blank.party": "off" } } };
    const again = session.nextDiagnostics(TEMPLATE_URI);
    await session.notify("workspace/didChangeConfiguration", { settings: {} });
    const params = await again;
    const serious = params.diagnostics.filter((d) => d.severity === 1 || d.severity === 2);
    assert.deepEqual(
      serious.map((d) => [d.code, d.severity]),
      [
        ["blank.fee", 1],
        ["blank.date", 1],
      ],
    );
  });

  it("clears diagnostics on close", async () => {
    const opened = session.nextDiagnostics(TEMPLATE_URI);
    await session.open(TEMPLATE_URI, sample(TEMPLATE_PATH));
    await opened;
    const cleared = session.nextDiagnostics(TEMPLATE_URI, (p) => p.diagnostics.length === 0);
    await session.notify("textDocument/didClose", { textDocument: { uri: TEMPLATE_URI } });
    assert.deepEqual((await cleared).diagnostics, []);
  });

  describe("features on the filled contract", () => {
    let text: string;
    beforeEach(async () => {
      text = sample(FILLED_PATH);
      const opened = session.nextDiagnostics(FILLED_URI);
      await session.open(FILLED_URI, text);
      await opened;
    });

    const at = (needle: string, delta = 1) => ({
      textDocument: { uri: FILLED_URI },
      position: positionOf(text, needle, delta),
    });

    it("hovers a value with its rendered form and derived cap", async () => {
      const hover = await session.request<Hover>("textDocument/hover", at("{賠償上限期間}"));
      const value =
        typeof hover.contents === "object" && "value" in hover.contents ? hover.contents.value : "";
      assert.match(value, /賠償上限期間/);
      assert.match(value, /6か月/);
      assert.match(value, /賠償上限額：1,800,000円/);
    });

    it("hovers an article heading with the article rendered", async () => {
      const hover = await session.request<Hover>("textDocument/hover", at("第7条（報酬）"));
      const value =
        typeof hover.contents === "object" && "value" in hover.contents ? hover.contents.value : "";
      assert.match(value, /月額金300,000円（消費税別）を支払う/);
    });

    it("completes value names inside {…} with their values", async () => {
      const items = await session.request<CompletionItem[]>("textDocument/completion", at("{月額報酬}", 1));
      const fee = items.find((i) => i.label === "月額報酬");
      assert.equal(fee?.detail, "300,000円（消費税別）");
    });

    it("completes party fields after 甲.", async () => {
      const items = await session.request<CompletionItem[]>("textDocument/completion", at("{甲.会社名}", 3));
      assert.deepEqual(
        items.map((i) => i.label),
        ["会社名", "所在地", "代表者", "役割"],
      );
    });

    it("lists 25 articles in the document symbols", async () => {
      const symbols = await session.request<DocumentSymbol[]>("textDocument/documentSymbol", {
        textDocument: { uri: FILLED_URI },
      });
      const articles = symbols.filter((s) => s.name.startsWith("第"));
      assert.equal(articles.length, 25);
      assert.equal(articles[17]?.detail, "損害賠償");
      assert.deepEqual(
        articles[17]?.children?.map((c) => c.name),
        ["第1項", "第2項", "第3項"],
      );
      // Optional fields left out when empty: the outline of a large contract is read after every edit.
      assert.equal(articles[0]?.children, undefined, "an article without paragraphs has no children field");
      assert.ok(!JSON.stringify(symbols).includes('"detail":""'));
    });

    it("folds articles and blocks", async () => {
      const ranges = await session.request<FoldingRange[]>("textDocument/foldingRange", {
        textDocument: { uri: FILLED_URI },
      });
      const article18 = positionOf(text, "第18条（損害賠償）").line;
      assert.ok(ranges.some((r) => r.startLine === article18 && r.endLine === article18 + 3));
    });

    it("shows the cap in yen as an inlay hint", async () => {
      const lines = text.split("\n").length;
      const hints = await session.request<InlayHint[]>("textDocument/inlayHint", {
        textDocument: { uri: FILLED_URI },
        range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } },
      });
      const cap = hints.find((h) => h.label === "= 上限 1,800,000円");
      assert.deepEqual(cap?.position, positionOf(text, "{賠償上限期間}", "{賠償上限期間}".length));
    });

    it("renders the preview with data-line and the document version", async () => {
      const result = await session.request<RenderResult>("keiyaku/render", {
        textDocument: { uri: FILLED_URI },
      });
      assert.equal(result.version, 1);
      assert.equal(result.blanks, 0);
      assert.match(
        result.html,
        new RegExp(`<h2 data-line="${positionOf(text, "第18条").line}"[^>]*>第18条（損害賠償）</h2>`),
      );
    });

    it("exports the HTML page the service renders, around the preview's body", async () => {
      const preview = await session.request<RenderResult>("keiyaku/render", {
        textDocument: { uri: FILLED_URI },
      });
      const exported = await session.request<{ html: string }>("keiyaku/exportHtml", {
        textDocument: { uri: FILLED_URI },
      });
      const service = createContractService();
      assert.equal(exported.html, service.render(service.analyze(text), "html"));
      assert.ok(exported.html.startsWith("<!DOCTYPE html>"));
      assert.ok(exported.html.includes(preview.html.trimEnd()));
    });

    it("answers null for a document it does not know", async () => {
      const result = await session.request<RenderResult | null>("keiyaku/render", {
        textDocument: { uri: "file:///nope.contract" },
      });
      assert.equal(result, null);
    });

    it("goes to the definition of a value, a party field and an article", async () => {
      const value = await session.request<Location>("textDocument/definition", at("{月額報酬}", 2));
      assert.deepEqual(value.range.start, positionOf(text, "月額報酬：300,000円"));
      const field = await session.request<Location>("textDocument/definition", at("{甲.会社名}", 4));
      assert.deepEqual(field.range.start, positionOf(text, "会社名：株式会社アルファ"));
      const withReference = text.replace("請求月の{支払期日}までに", "第7条の報酬を請求月の{支払期日}までに");
      const changed = session.nextDiagnostics(FILLED_URI, (p) => p.version === 2);
      await session.notify("textDocument/didChange", {
        textDocument: { uri: FILLED_URI, version: 2 },
        contentChanges: [{ text: withReference }],
      });
      await changed;
      const article = await session.request<Location>("textDocument/definition", {
        textDocument: { uri: FILLED_URI },
        position: positionOf(withReference, "第7条の報酬", 1),
      });
      assert.deepEqual(article.range.start, positionOf(withReference, "第7条（報酬）"));
    });

    it("finds every reference to a value, with and without its definition", async () => {
      const params = at("{契約期間}", 2);
      const all = await session.request<Location[]>("textDocument/references", {
        ...params,
        context: { includeDeclaration: true },
      });
      const uses = await session.request<Location[]>("textDocument/references", {
        ...params,
        context: { includeDeclaration: false },
      });
      assert.equal(all.length, uses.length + 1);
      assert.equal(uses.length, (text.match(/\{契約期間\}/g) ?? []).length);
    });

    it("highlights a defined term and its uses", async () => {
      const highlights = await session.request<DocumentHighlight[]>(
        "textDocument/documentHighlight",
        at("「本契約」", 1),
      );
      assert.equal(highlights.length, (text.match(/本契約/g) ?? []).length);
    });

    it("renames a value everywhere, and refuses to rename an article number", async () => {
      const prepared = await session.request<{ placeholder: string }>(
        "textDocument/prepareRename",
        at("{賠償上限期間}", 2),
      );
      assert.equal(prepared.placeholder, "賠償上限期間");
      const warned = new Promise<{ type: number; message: string }>((resolve) =>
        session.connection.onNotification("window/showMessage", resolve),
      );
      const edit = await session.request<WorkspaceEdit>("textDocument/rename", {
        ...at("{賠償上限期間}", 2),
        newName: "上限期間",
      });
      const edits = edit.changes?.[FILLED_URI] ?? [];
      assert.equal(edits.length, 2, "the definition and the one reference");
      assert.ok(edits.every((e) => e.newText === "上限期間"));
      const warning = await warned;
      assert.equal(warning.type, 2, "a warning");
      assert.match(warning.message, /「賠償上限期間」は標準の値の名前です。.*検査.*働かなくなります/);
      await assert.rejects(
        session.request("textDocument/prepareRename", at("第18条（損害賠償）", 1)),
        /条番号は名前の変更ではなく/,
      );
      await assert.rejects(
        session.request("textDocument/rename", { ...at("{賠償上限期間}", 2), newName: "月額報酬" }),
        /すでにあります/,
      );
    });

    it("refuses a new name that would change what the contract says, with a Japanese reason", async () => {
      const refusals: [string, RegExp][] = [
        ["甲", /当事者の記号です/],
        ["会社名", /当事者の欄の名前です/],
        ["条件", /書式で使う語です/],
        ["月\u200B額", /見えない文字/],
        ["月\u202E額", /見えない文字/],
        ["月\uD800額", /壊れた文字/],
      ];
      for (const [newName, reason] of refusals) {
        await assert.rejects(
          session.request("textDocument/rename", { ...at("{賠償上限期間}", 2), newName }),
          (error: Error) => reason.test(error.message),
          newName,
        );
      }
    });

    it("marks a reference to an undefined value with its own semantic token type", async () => {
      const withTypo = text.replace("月額金{月額報酬}", "月額金{月額報州}");
      const changed = session.nextDiagnostics(FILLED_URI, (p) => p.version === 2);
      await session.notify("textDocument/didChange", {
        textDocument: { uri: FILLED_URI, version: 2 },
        contentChanges: [{ text: withTypo }],
      });
      await changed;
      const tokens = await session.request<{ data: number[] }>("textDocument/semanticTokens/full", {
        textDocument: { uri: FILLED_URI },
      });
      const types: number[] = [];
      for (let i = 3; i < tokens.data.length; i += 5) types.push(tokens.data[i] ?? -1);
      assert.equal(types.filter((t) => t === 2).length, 1, "one undefinedReference token");
      assert.ok(types.filter((t) => t === 0).length > 5, "known values are variables");
    });

    it("applies a quick fix and the finding goes away on re-check", async () => {
      const contradicting = text.replace("直近{賠償上限期間}間", "直近12か月間");
      const changed = session.nextDiagnostics(FILLED_URI, (p) => p.version === 2);
      await session.notify("textDocument/didChange", {
        textDocument: { uri: FILLED_URI, version: 2 },
        contentChanges: [{ text: contradicting }],
      });
      const diagnostics = (await changed).diagnostics;
      const finding = diagnostics.find((d) => d.code === "consistency.prose-contradicts-value");
      assert.ok(finding, diagnostics.map((d) => d.code).join());
      const actions = await session.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri: FILLED_URI },
        range: finding.range,
        context: { diagnostics: [finding] },
      });
      const preferred = actions.find((a) => a.isPreferred === true);
      assert.ok(preferred?.edit?.changes?.[FILLED_URI], actions.map((a) => a.title).join());
      const fixed = applyEdits(contradicting, preferred.edit.changes[FILLED_URI] ?? []);
      assert.match(fixed, /直近\{賠償上限期間\}間/);
      const rechecked = session.nextDiagnostics(FILLED_URI, (p) => p.version === 3);
      await session.notify("textDocument/didChange", {
        textDocument: { uri: FILLED_URI, version: 3 },
        contentChanges: [{ text: fixed }],
      });
      const after = (await rechecked).diagnostics;
      assert.ok(
        !after.some((d) => d.code === "consistency.prose-contradicts-value" || (d.severity ?? 0) <= 2),
      );
    });

    it("formats a messy document and the result formats to itself", async () => {
      const messy = text
        .replace("条件\n  月額報酬：", "条件\n      月額報酬 : ")
        .replace("第1条（目的）", "第1条(目的)   ");
      const changed = session.nextDiagnostics(FILLED_URI, (p) => p.version === 2);
      await session.notify("textDocument/didChange", {
        textDocument: { uri: FILLED_URI, version: 2 },
        contentChanges: [{ text: messy }],
      });
      await changed;
      const edits = await session.request<TextEdit[]>("textDocument/formatting", {
        textDocument: { uri: FILLED_URI },
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.equal(applyEdits(messy, edits), text);
    });

    it("offers no quick fix where nothing is wrong", async () => {
      const position = positionOf(text, "第1条（目的）");
      const actions = await session.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri: FILLED_URI },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      });
      assert.deepEqual(actions, []);
    });
  });
});
