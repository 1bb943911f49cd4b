import assert from "node:assert/strict";
import { FILLED_PATH, sample } from "../helpers/fixtures";
import { startSession } from "./lsp-session";

const URI = "file:///work/side.contract";
const WARNING = 2;
const INFORMATION = 3;

describe("language server: keiyaku.side over didChangeConfiguration (the Neovim path)", function () {
  this.timeout(30000);

  it("ranks the side findings from the side the client sends", async () => {
    const session = await startSession();
    try {
      const opened = session.nextDiagnostics(URI);
      await session.open(URI, sample(FILLED_PATH));
      const before = await opened;
      const severityOf = (p: typeof before, id: string) => p.diagnostics.find((d) => d.code === id)?.severity;
      assert.equal(severityOf(before, "side.one-sided-cap"), INFORMATION);
      const rechecked = session.nextDiagnostics(URI);
      await session.notify("workspace/didChangeConfiguration", { settings: { keiyaku: { side: "委託者" } } });
      const after = await rechecked;
      assert.equal(severityOf(after, "side.one-sided-cap"), WARNING);
      const message = after.diagnostics.find((d) => d.code === "side.one-sided-cap")?.message;
      assert.match(typeof message === "string" ? message : "", /【甲（委託者）の立場】/);
    } finally {
      await session.stop();
    }
  });
});
