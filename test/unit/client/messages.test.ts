import assert from "node:assert/strict";
import {
  isExtensionMessage,
  isWebviewMessage,
  type ExtensionMessage,
  type WebviewMessage,
} from "../../../client/src/preview/messages";
import { isPreviewState } from "../../../client/src/preview/preview-state";

const validFromWebview: WebviewMessage[] = [
  { type: "ready" },
  { type: "revealSource", start: 0, end: 0 },
  { type: "revealSource", start: 12, end: 40 },
  { type: "revealLine", line: 0 },
  { type: "revealLine", line: 17.25 },
];

const wrongFromWebview: unknown[] = [
  undefined,
  null,
  0,
  "ready",
  [],
  [{ type: "ready" }],
  {},
  { type: "Ready" },
  { type: "unknown" },
  { type: 1 },
  { type: null },
  { type: "ready", extra: true },
  { type: "revealSource" },
  { type: "revealSource", start: 1 },
  { type: "revealSource", start: "1", end: "2" },
  { type: "revealSource", start: -1, end: 2 },
  { type: "revealSource", start: 1.5, end: 2 },
  { type: "revealSource", start: 5, end: 2 },
  { type: "revealSource", start: Number.NaN, end: 2 },
  { type: "revealSource", start: 0, end: Number.POSITIVE_INFINITY },
  { type: "revealSource", start: 0, end: 2 ** 60 },
  { type: "revealSource", start: 0, end: 2, command: "workbench.action.terminal.new" },
  { type: "revealLine" },
  { type: "revealLine", line: "3" },
  { type: "revealLine", line: -1 },
  { type: "revealLine", line: Number.NaN },
  { type: "revealLine", line: Number.POSITIVE_INFINITY },
  { type: "revealLine", line: null },
  { type: "revealLine", line: 3, uri: "file:///etc/passwd" },
  {
    type: "update",
    uri: "file:///a.contract",
    locked: false,
    version: 1,
    title: null,
    html: "",
    blanks: 0,
    blanksLabel: "",
  },
  { type: "scrollToLine", line: 1 },
  Object.create({ type: "ready" }),
];

const update: ExtensionMessage = {
  type: "update",
  uri: "file:///a.contract",
  locked: false,
  version: 3,
  title: "サーバー管理契約書",
  html: "<h1>x</h1>",
  blanks: 2,
  blanksLabel: "空欄 2",
};

const validFromExtension: ExtensionMessage[] = [
  update,
  { ...update, title: null, blanks: 0 },
  { type: "scrollToLine", line: 0 },
  { type: "scrollToLine", line: 120.5 },
];

const wrongFromExtension: unknown[] = [
  null,
  "update",
  { type: "update" },
  { ...update, uri: 1 },
  { ...update, locked: "no" },
  { ...update, version: "3" },
  { ...update, version: 1.5 },
  { ...update, title: 1 },
  { ...update, html: null },
  { ...update, blanks: -1 },
  { ...update, blanks: 0.5 },
  { ...update, blanksLabel: undefined },
  { ...update, script: "alert(1)" },
  { type: "scrollToLine" },
  { type: "scrollToLine", line: -2 },
  { type: "scrollToLine", line: "1" },
  { type: "ready" },
  { type: "revealLine", line: 1 },
];

describe("client: messages between the extension and the preview", () => {
  for (const message of validFromWebview) {
    it(`accepts from the webview ${JSON.stringify(message)}`, () => assert.ok(isWebviewMessage(message)));
  }

  it(`rejects ${wrongFromWebview.length} wrong shapes from the webview`, () => {
    for (const message of wrongFromWebview)
      assert.equal(isWebviewMessage(message), false, String(JSON.stringify(message)));
  });

  for (const message of validFromExtension) {
    it(`accepts from the extension ${message.type}`, () => assert.ok(isExtensionMessage(message)));
  }

  it(`rejects ${wrongFromExtension.length} wrong shapes from the extension`, () => {
    for (const message of wrongFromExtension) {
      assert.equal(isExtensionMessage(message), false, String(JSON.stringify(message)));
    }
  });

  it("rejects look-alikes: own fields only, nothing more", () => {
    assert.equal(isWebviewMessage(JSON.parse('{"type":"revealSource","start":1,"end":"2"}')), false);
    assert.equal(isWebviewMessage(JSON.parse('{"type":"ready","__proto__":{"x":1}}')), false);
  });
});

describe("client: the state a preview is restored from", () => {
  it("accepts a URI and whether the preview is locked", () => {
    assert.ok(isPreviewState({ uri: "file:///a.contract", locked: true }));
    assert.ok(isPreviewState({ uri: "untitled:Untitled-1", locked: false }));
  });

  it("rejects anything else", () => {
    for (const state of [
      undefined,
      null,
      "x",
      [],
      {},
      { uri: "", locked: false },
      { uri: 1, locked: false },
      { uri: "file:///a", locked: "yes" },
      { uri: "file:///a" },
    ]) {
      assert.equal(isPreviewState(state), false, JSON.stringify(state));
    }
  });
});
