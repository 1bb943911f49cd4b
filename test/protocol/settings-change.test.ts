import assert from "node:assert/strict";
import { sample, TEMPLATE_PATH } from "../helpers/fixtures";
import { startSession } from "./lsp-session";

const URI = "file:///work/onsave.contract";

describe("language server: switching to onSave while a file is open", function () {
  this.timeout(30000);

  it("stops checking as the user types once validate is onSave", async () => {
    let settings: Record<string, unknown> = { validate: "onType" };
    const session = await startSession({ settings: () => settings });
    try {
      const text = sample(TEMPLATE_PATH);
      const opened = session.nextDiagnostics(URI);
      await session.open(URI, text);
      await opened;
      settings = { validate: "onSave" };
      const rechecked = session.nextDiagnostics(URI);
      await session.notify("workspace/didChangeConfiguration", { settings: { keiyaku: settings } });
      await rechecked;
      const line = text.split("\n").findIndex((l) => l.includes("＿円（消費税別）"));
      const character = (text.split("\n")[line] ?? "").indexOf("＿円");
      await session.notify("textDocument/didChange", {
        textDocument: { uri: URI, version: 2 },
        contentChanges: [
          { range: { start: { line, character }, end: { line, character: character + 1 } }, text: "300,000" },
        ],
      });
      assert.ok(await session.staysQuiet(URI, 600), "no diagnostics while typing after switching to onSave");
    } finally {
      await session.stop();
    }
  });
});
