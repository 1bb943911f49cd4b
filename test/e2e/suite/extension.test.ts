import * as assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import * as vscode from "vscode";
import type { KeiyakuApi } from "../../../client/src/extension";
import { ACTIVATION_JSON_ENV, type ActivationFigures } from "./activation-figures";
import { activationRecordOf } from "./activation-record";
import { diagnosticsFor, staysQuiet, until } from "./wait";

const EXTENSION_ID = "keiyaku.keiyaku";

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the test workspace is open");
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

function positionOf(document: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in ${document.uri.path}`);
  return document.positionAt(offset + delta);
}

const blanks = (ds: readonly vscode.Diagnostic[]) =>
  ds.filter(
    (d) =>
      String(typeof d.code === "object" ? d.code.value : d.code).startsWith("blank.") &&
      d.severity === vscode.DiagnosticSeverity.Warning,
  );

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === "object" ? d.code.value : d.code);
}

async function replaceAll(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  assert.ok(await editor.edit((b) => b.replace(whole, text)));
}

describe("Keiyaku in VS Code", () => {
  afterEach(async () => {
    await vscode.workspace
      .getConfiguration("keiyaku")
      .update("validate", undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("activates on opening a .contract file, not at startup, and times its activation", async () => {
    const extension = vscode.extensions.getExtension<KeiyakuApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed from the development path`);
    assert.equal(extension.isActive, false, "nothing has activated the extension before a contract opens");
    const editor = await open("template.contract");
    assert.equal(editor.document.languageId, "contract");
    // Diagnostics come from the language server, which only activation starts: waiting for them
    // observes the activation without causing it (as extension.activate() could).
    await diagnosticsFor(editor.document.uri, (ds) => ds.length > 0, "the first diagnostics");
    assert.ok(extension.isActive);
    const record = await activationRecordOf(EXTENSION_ID);
    assert.equal(record.eager, false);
    assert.equal(record.event, "onLanguage:contract");
    const { activateMs, serverReady } = extension.exports.activation;
    assert.ok(Number.isFinite(activateMs) && activateMs > 0, `activateMs is ${activateMs}`);
    const serverReadyMs = await serverReady;
    assert.ok(serverReadyMs !== undefined, "the language server started");
    assert.ok(serverReadyMs > activateMs, "activate() returned before the server was running");
    const out = process.env[ACTIVATION_JSON_ENV];
    if (out !== undefined && out !== "") {
      const figures: ActivationFigures = {
        extensionId: EXTENSION_ID,
        activateMs,
        serverReadyMs,
        vscode: record,
      };
      writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
    }
  });

  it("reports the template's 8 blanks at their ranges, and clears them when filled", async () => {
    const editor = await open("template.contract");
    const document = editor.document;
    const diagnostics = await diagnosticsFor(
      document.uri,
      (ds) => blanks(ds).length === 8,
      "8 blank warnings",
    );
    const fee = diagnostics.find((d) => codeOf(d) === "blank.fee");
    assert.ok(fee);
    assert.deepEqual(fee.range.start, positionOf(document, "＿円（消費税別）"));
    assert.match(fee.message, /月額報酬が空欄です/);
    const filled = await vscode.workspace.fs.readFile(workspaceFile("filled.contract"));
    await replaceAll(editor, new TextDecoder().decode(filled));
    await diagnosticsFor(document.uri, (ds) => blanks(ds).length === 0, "the blanks to clear as I type");
  });

  it("in onSave mode re-checks only when the file is saved", async () => {
    const editor = await open("onsave.contract");
    const document = editor.document;
    await diagnosticsFor(document.uri, (ds) => ds.some((d) => codeOf(d) === "blank.fee"), "the fee blank");
    const changes = vscode.languages.onDidChangeDiagnostics;
    const forThisFile: vscode.Event<unknown> = (listener) =>
      changes((e) => {
        if (e.uris.some((u) => u.toString() === document.uri.toString())) listener(e);
      });
    // A settings change makes the server re-check open files (VS Code may announce one change more
    // than once): wait until those re-checks have settled before typing.
    await vscode.workspace
      .getConfiguration("keiyaku")
      .update("validate", "onSave", vscode.ConfigurationTarget.Workspace);
    let settled = false;
    let attempts = 0;
    for (; attempts < 10 && !settled; attempts++) settled = await staysQuiet(forThisFile, 1000);
    assert.ok(settled, "the re-checks after the settings change settle");
    const blank = positionOf(document, "＿円（消費税別）");
    assert.ok(
      await editor.edit((b) => b.replace(new vscode.Range(blank, blank.translate(0, 2)), "300,000円")),
    );
    // Three times the typing debounce: long enough for an on-type check to have published.
    const quiet = await staysQuiet(forThisFile, 1500);
    const now = vscode.languages.getDiagnostics(document.uri).map(codeOf).join(",");
    assert.ok(
      quiet,
      `no diagnostics while typing in onSave mode; got ${now}; setting ${vscode.workspace.getConfiguration("keiyaku", document.uri).get("validate")}; attempts ${attempts}`,
    );
    await document.save();
    await diagnosticsFor(
      document.uri,
      (ds) => !ds.some((d) => codeOf(d) === "blank.fee"),
      "diagnostics after save",
    );
  });

  it("hovers, completes and formats through the language server", async () => {
    const editor = await open("filled.contract");
    const document = editor.document;
    await diagnosticsFor(document.uri, () => true, "first diagnostics");
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      "vscode.executeHoverProvider",
      document.uri,
      positionOf(document, "{賠償上限期間}", 2),
    );
    const hoverText = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value)))
      .join("\n");
    assert.match(hoverText, /賠償上限額：1,800,000円/);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      "vscode.executeCompletionItemProvider",
      document.uri,
      positionOf(document, "{月額報酬}", 1),
    );
    assert.ok(
      completions.items.some((i) => (typeof i.label === "string" ? i.label : i.label.label) === "月額報酬"),
    );
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      "vscode.executeFormatDocumentProvider",
      document.uri,
      {
        tabSize: 2,
        insertSpaces: true,
      },
    );
    assert.deepEqual(edits ?? [], [], "the filled sample is already formatted");
  });

  it("opens the preview to the side", async () => {
    await open("filled.contract");
    await vscode.commands.executeCommand("keiyaku.showPreviewToSide");
    const tab = await until(
      vscode.window.tabGroups.onDidChangeTabs,
      () =>
        vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .find(
            (t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith("keiyaku.preview"),
          ),
      "the preview tab",
    );
    assert.match(tab.label, /filled/);
  });
});
