/**
 * 「Word・テキストから取り込む」 in a real VS Code: a DOCX written into the workspace is imported
 * through the language server and opens as a new, unsaved contract with its parts and values.
 */
import * as assert from "node:assert/strict";
import JSZip from "jszip";
import * as vscode from "vscode";
import { until } from "./wait";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal Word document, one paragraph per line (the unit tests build richer ones). */
async function docxOf(lines: readonly string[]): Promise<Uint8Array> {
  const paragraphs = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`);
  const zip = new JSZip();
  zip.file("_rels/.rels", RELS);
  zip.file(
    "word/document.xml",
    `<w:document xmlns:w="${W}"><w:body>${paragraphs.join("")}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("Importing from Word", () => {
  after(async () => {
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("imports a DOCX and opens it as a new contract", async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, "the test workspace is open");
    const uri = vscode.Uri.joinPath(folder.uri, "imported.docx");
    await vscode.workspace.fs.writeFile(
      uri,
      await docxOf([
        "業務委託契約書",
        "第1条（目的）",
        "甲は乙に業務を委託する。",
        "第2条　報酬",
        "甲は乙に対し、月額金300,000円（消費税別）を支払う。",
      ]),
    );
    const opened = until(
      vscode.window.onDidChangeActiveTextEditor,
      () => {
        const editor = vscode.window.activeTextEditor;
        return editor?.document.languageId === "contract" && editor.document.isUntitled ? editor : undefined;
      },
      "the imported contract's editor",
    );
    await vscode.commands.executeCommand("keiyaku.importContract", uri);
    const text = (await opened).document.getText();
    for (const line of [
      "契約書「業務委託契約書」",
      "第1条（目的）",
      "第2条（報酬）",
      "  月額報酬：300,000円（消費税別）",
      "甲は乙に対し、月額金{月額報酬}を支払う。",
    ]) {
      assert.ok(text.split("\n").includes(line), `${line}\n---\n${text}`);
    }
  });
});
