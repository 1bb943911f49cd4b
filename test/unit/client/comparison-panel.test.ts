/**
 * The comparison view against a fake `vscode` (./fake-vscode.ts): the server is asked at once, the
 * table reaches the page, typing asks again (throttled), an answer older than the one shown is
 * dropped, and a row's click is passed on only when well-formed.
 */
import assert from "node:assert/strict";
import type * as ViewModule from "../../../client/src/comparison/comparison-view";
import { createServerRequests } from "../../../client/src/server/server-requests";
import { createFakeClock, type FakeClock } from "./fake-clock";
import { FakeUri, installFakeVscode, type FakeVscode } from "./fake-vscode";

interface Sent {
  readonly method: string;
  readonly params: { textDocument: { uri: string }; oldText: string; oldName: string };
  readonly answer: (result: unknown) => void;
}

describe("client: the comparison view (against a fake vscode)", () => {
  let uninstall: () => void = () => undefined;
  let vscode: FakeVscode;
  let view: typeof ViewModule;
  let clock: FakeClock;
  let sent: Sent[];
  const uri = FakeUri.file("/work/契約書.contract");
  const document = { uri, version: 1 };

  before(async () => {
    const fake = installFakeVscode();
    uninstall = fake.uninstall;
    vscode = fake.vscode;
    view = await import("../../../client/src/comparison/comparison-view");
  });
  after(() => uninstall());
  beforeEach(() => {
    vscode.panels.length = 0;
    clock = createFakeClock();
    sent = [];
  });

  function open() {
    const client = {
      code2ProtocolConverter: { asUri: (u: FakeUri) => u.toString() },
      sendRequest: (type: { method: string }, params: Sent["params"]) =>
        new Promise((answer) => sent.push({ method: type.method, params, answer })),
    };
    const opened = view.openComparisonView({
      extensionUri: FakeUri.file("/ext") as never,
      requests: createServerRequests(client as never),
      document: document as never,
      old: { name: "HEAD:契約書.contract", text: "旧" },
      clock,
      log: { error: () => undefined } as never,
    });
    const panel = vscode.panels.at(-1);
    assert.ok(panel);
    return { opened, panel };
  }

  const flush = () => new Promise((resolve) => setImmediate(resolve));

  it("builds a locked-down page and asks keiyaku/compare at once with the old text", async () => {
    const { opened, panel } = open();
    assert.equal(panel.viewType, view.COMPARISON_VIEW_TYPE);
    assert.match(panel.webview.html, /script-src 'nonce-/);
    assert.match(panel.webview.html, /comparison-webview\.js/);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.method, "keiyaku/compare");
    assert.deepEqual(sent[0]?.params, {
      textDocument: { uri: uri.toString() },
      oldText: "旧",
      oldName: "HEAD:契約書.contract",
    });
    sent[0]?.answer({ uri: uri.toString(), version: 1, html: "<table>1</table>", empty: false });
    await flush();
    assert.deepEqual(panel.posted, [{ type: "update", html: "<table>1</table>" }]);
    assert.equal(opened.html(), "<table>1</table>");
  });

  it("asks again as the user types, at most once per interval, and drops older answers", async () => {
    const { opened, panel } = open();
    sent[0]?.answer({ uri: uri.toString(), version: 3, html: "v3", empty: false });
    await flush();
    vscode.textDocumentChanged.fire({ document });
    vscode.textDocumentChanged.fire({ document });
    vscode.textDocumentChanged.fire({ document: { uri: FakeUri.file("/other.contract") } });
    assert.equal(sent.length, 1, "folded into one run at the end of the interval");
    clock.advance(1000);
    assert.equal(sent.length, 2);
    sent[1]?.answer({ uri: uri.toString(), version: 2, html: "v2", empty: false });
    await flush();
    assert.equal(opened.html(), "v3", "an answer older than the one shown is dropped");
    assert.equal(panel.posted.length, 1);
  });

  it("ignores malformed messages from the page", () => {
    const { panel } = open();
    for (const message of [{ type: "reveal", offset: -1 }, { type: "reveal", offset: "1" }, "reveal", null]) {
      panel.sendFromPage(message);
    }
    assert.equal(sent.length, 1, "no request and no throw");
  });
});
