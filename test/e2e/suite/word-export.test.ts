/**
 * 「Word (DOCX) として書き出す」 and 「PDF として書き出す」 in a real VS Code: each command, run as
 * the command palette runs it, on the open contract, with a target given (the save dialog is the
 * operating system's, out of a test's reach), writes a real DOCX or PDF there. (Named to run after
 * extension.test.ts, whose first test needs the extension not yet activated: the suite runs its
 * files in name order.)
 */
import * as assert from "node:assert/strict";
import { inflateRawSync } from "node:zlib";
import * as vscode from "vscode";

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the test workspace is open");
  return vscode.Uri.joinPath(folder.uri, name);
}

/** One file of a zip archive, by its local header (the .docx writer deflates or stores). */
function zipFile(archive: Buffer, name: string): string | undefined {
  let at = 0;
  while (at + 30 <= archive.length && archive.readUInt32LE(at) === 0x04034b50) {
    const compressed = archive.readUInt32LE(at + 18);
    const nameLength = archive.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + archive.readUInt16LE(at + 28);
    if (archive.toString("utf8", at + 30, at + 30 + nameLength) === name) {
      const data = archive.subarray(start, start + compressed);
      return (archive.readUInt16LE(at + 8) === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    at = start + compressed;
  }
  return undefined;
}

async function exported(command: string, name: string): Promise<Buffer> {
  const contract = await vscode.workspace.openTextDocument(workspaceFile("filled.contract"));
  await vscode.window.showTextDocument(contract);
  const target = workspaceFile(name);
  await vscode.commands.executeCommand(command, undefined, target);
  return Buffer.from(await vscode.workspace.fs.readFile(target));
}

describe("Keiyaku export in VS Code", function () {
  this.timeout(120_000);

  afterEach(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("offers both exports in the command palette of a contract", async () => {
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(workspaceFile("filled.contract")),
    );
    const extension = vscode.extensions.getExtension("keiyaku.keiyaku");
    assert.ok(extension);
    await extension.activate();
    const palette = (
      extension.packageJSON as { contributes: { menus: { commandPalette: { command: string }[] } } }
    ).contributes.menus.commandPalette.map((entry) => entry.command);
    const commands = await vscode.commands.getCommands(true);
    for (const command of ["keiyaku.exportDocx", "keiyaku.exportPdf"]) {
      assert.ok(palette.includes(command), `${command} is in the command palette`);
      assert.ok(commands.includes(command), `${command} is registered`);
    }
  });

  it("exports the open contract as a Word document", async () => {
    const docx = await exported("keiyaku.exportDocx", "filled.docx");
    const document = zipFile(docx, "word/document.xml");
    assert.ok(document !== undefined, "word/document.xml is in the file");
    assert.match(document, /サーバー管理契約書/);
    assert.match(document, /w:name="_RefArticle25"/);
    assert.match(document, /w:eastAsia="游明朝"/);
  });

  it("exports the open contract as a PDF, printed by the installed Chromium", async () => {
    const pdf = await exported("keiyaku.exportPdf", "filled.pdf");
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    assert.ok(pdf.length > 10_000, `${pdf.length} bytes`);
  });
});
