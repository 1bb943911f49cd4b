/**
 * 「新しい契約書を作成」 with a contract type other than サーバー管理契約書: the command (given the
 * type id, as the quick pick would choose it) opens the type's template from the language server,
 * and the editor shows that type's diagnostics.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { diagnosticsFor, until } from "./wait";

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === "object" ? d.code.value : d.code);
}

describe("contract types: 新しい契約書を作成", () => {
  it("creates a 業務委託契約書（請負） and checks it as that type", async () => {
    await vscode.commands.executeCommand("keiyaku.newContract", "services-work");
    const editor = await until(
      vscode.window.onDidChangeActiveTextEditor,
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.getText().includes("契約書「業務委託契約書（請負）」") === true
          ? active
          : undefined;
      },
      "the new 請負 contract in the editor",
    );
    assert.equal(editor.document.languageId, "contract");
    await diagnosticsFor(
      editor.document.uri,
      (ds) => ds.some((d) => codeOf(d) === "blank.value" && d.message.includes("請負代金")),
      "the 請負代金 blank of the 請負 template",
    );

    // Renaming 検収 away leaves the type's essential 検収 article missing.
    const text = editor.document.getText();
    const at = text.indexOf("（検収）");
    assert.ok(at >= 0);
    await editor.edit((edit) =>
      edit.replace(
        new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + "（検収）".length)),
        "（確認）",
      ),
    );
    const missing = await diagnosticsFor(
      editor.document.uri,
      (ds) =>
        ds.some((d) => codeOf(d) === "structure.missing-essential-article" && d.message.includes("「検収」")),
      "the missing 検収 article of the 請負 type",
    );
    assert.ok(!missing.some((d) => codeOf(d) === "structure.unknown-contract-type"));
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });
});
