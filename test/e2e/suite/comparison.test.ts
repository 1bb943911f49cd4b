/**
 * 「新旧対照表を表示」 in a real VS Code: the comparison opens beside the editor, follows the
 * user's typing, and a row's click reveals its article in the source.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { ComparisonView } from "../../../client/src/comparison/comparison-view";
import { until } from "./wait";

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the test workspace is open");
  return vscode.Uri.joinPath(folder.uri, name);
}

async function copyWith(from: string, to: string, edit: (text: string) => string): Promise<vscode.Uri> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(from)));
  const target = workspaceFile(to);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(edit(text)));
  return target;
}

describe("新旧対照表 in VS Code", () => {
  afterEach(async () => {
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("opens the comparison beside the editor, updates as the user types, and reveals a clicked row", async () => {
    const current = await copyWith("filled.contract", "comparison-new.contract", (t) => t);
    const old = await copyWith("filled.contract", "comparison-old.contract", (t) =>
      t.replace("月額報酬：300,000円", "月額報酬：250,000円"),
    );
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(current));
    const view = await vscode.commands.executeCommand<ComparisonView | undefined>(
      "keiyaku.showComparison",
      current,
      old,
    );
    assert.ok(view, "the command returns its view");
    const first = await until(
      view.onDidUpdate,
      () => (view.html().includes("250,000") ? view.html() : undefined),
      "the first table",
    );
    assert.match(first, /新（改正後）[\s\S]*旧（改正前）/);
    assert.match(first, /<span class="kd-change">300,000<\/span>/);
    const tab = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .find(
        (t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith("keiyaku.comparison"),
      );
    assert.ok(tab, "the comparison tab is open");
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, "beside the editor, not over it");

    const document = editor.document;
    const fee = document.getText().indexOf("300,000円（消費税別）");
    assert.ok(fee > 0);
    await editor.edit((b) =>
      b.replace(new vscode.Range(document.positionAt(fee), document.positionAt(fee + 7)), "320,000"),
    );
    await until(
      view.onDidUpdate,
      () => (view.html().includes("320,000") ? true : undefined),
      "the table after typing",
    );

    const article = document.getText().indexOf("第7条（報酬）");
    await view.reveal(article);
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), current.toString());
    assert.equal(active.selection.active.line, document.positionAt(article).line);
    view.panel.dispose();
  });
});
