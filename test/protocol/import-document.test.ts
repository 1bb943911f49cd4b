/** keiyaku/importDocument over JSON-RPC: the editor's import runs in the server, DOCX reader included. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { ImportDocumentResult } from "../../server/src/protocol";
import { buildDocx, deleted, inserted, paragraph } from "../helpers/docx-builder";
import { startSession, type Session } from "./lsp-session";

/** Whether the process `pid` starts a child before `over()`, looked at on every turn of the event loop. */
async function childStarted(pid: number, over: () => boolean): Promise<boolean> {
  const children = `/proc/${pid}/task/${pid}/children`;
  while (!over()) {
    if (readFileSync(children, "utf8").trim() !== "") return true;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return false;
}

describe("language server: keiyaku/importDocument", function () {
  this.timeout(60_000);
  let session: Session;

  before(async () => {
    session = await startSession();
  });

  after(async () => {
    await session.stop();
  });

  it("imports a DOCX with tracked changes, saying so", async () => {
    const docx = await buildDocx(
      [
        paragraph("覚書"),
        paragraph("第1条（報酬）"),
        paragraph("月額金", deleted("10"), inserted("20"), "円を支払う。"),
      ].join(""),
    );
    const result = await session.request<ImportDocumentResult>("keiyaku/importDocument", {
      name: "memo.docx",
      content: docx.toString("base64"),
      changes: "accept",
    });
    assert.ok(result.ok);
    assert.match(result.source, /^契約書「覚書」$/mu);
    assert.match(result.source, /月額報酬：20円/u);
    assert.match(result.notes.join(""), /変更履歴があります/u);
  });

  it("answers other requests while a large .docx is read, in a process of its own", async () => {
    const articles = Array.from({ length: 3000 }, (_, i) =>
      [paragraph(`第${i + 1}条（報酬）`), paragraph("甲は乙に対し、毎月末日までに月額金10円を支払う。")].join(
        "",
      ),
    );
    const docx = await buildDocx([paragraph("大きな契約書"), ...articles].join(""));
    const order: string[] = [];
    let settled = false;
    const imported = session
      .request<ImportDocumentResult>("keiyaku/importDocument", {
        name: "large.docx",
        content: docx.toString("base64"),
        changes: "accept",
      })
      .then((result) => {
        settled = true;
        order.push("import");
        return result;
      });
    const pid = session.process.pid ?? 0;
    assert.ok(await childStarted(pid, () => settled), "the server reads the file in a process of its own");
    await session.request("textDocument/foldingRange", {
      textDocument: { uri: "file:///work/none.contract" },
    });
    order.push("folding");
    const result = await imported;
    assert.deepEqual(order, ["folding", "import"]);
    assert.ok(result.ok && /^第3000条（報酬）$/mu.test(result.source));
  });

  it("answers a Japanese message for a file it cannot read", async () => {
    const result = await session.request<ImportDocumentResult>("keiyaku/importDocument", {
      name: "locked.docx",
      content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).toString("base64"),
      changes: "accept",
    });
    assert.deepEqual(result.ok, false);
    assert.match(result.ok ? "" : result.message, /^locked\.docx: パスワードで保護された/u);
  });
});
