/**
 * Answers a feature writes as JSON in steps (lsp/serialized-json.ts) reach the client as the same
 * JSON the connection would have written for the plain answer.
 */
import assert from "node:assert/strict";
import { drain } from "../../../server/src/language";
import {
  messageBytes,
  messageJson,
  SerializedJson,
  serializedInSteps,
  serializedWithStringInSteps,
} from "../../../server/src/lsp/serialized-json";

const symbols = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `第${i + 1}条`,
    detail: i % 3 === 0 ? '目的\u0000"引用"\n' : undefined,
    kind: 2,
    range: { start: { line: i, character: 0 }, end: { line: i + 1, character: 5 } },
  }));

describe("lsp: answers written as JSON in steps", () => {
  for (const count of [0, 1, 499, 500, 501, 1234]) {
    it(`splices ${count} symbols into the response as JSON.stringify would write them`, () => {
      const items = symbols(count);
      const steps = serializedInSteps(items);
      let yields = 0;
      let step = steps.next();
      for (; step.done !== true; step = steps.next()) yields += 1;
      assert.equal(yields, Math.ceil(count / 500), "a step per 500 symbols");
      const response = { jsonrpc: "2.0", id: 7, result: step.value };
      assert.equal(messageJson(response), JSON.stringify({ jsonrpc: "2.0", id: 7, result: items }));
    });
  }

  it("writes every other message as JSON.stringify does", () => {
    const notification = { jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: { uri: "x" } };
    assert.equal(messageJson(notification), JSON.stringify(notification));
    const response = { jsonrpc: "2.0", id: 1, result: null };
    assert.equal(messageJson(response), JSON.stringify(response));
    assert.ok(drain(serializedInSteps([])) instanceof SerializedJson);
  });

  it("writes a long string field in steps, read back as the same answer, surrogate pairs whole", () => {
    // Quotes, controls, a pair astride every step boundary, and Japanese: what HTML holds.
    const unit = `<p class="x">第1条\u0000\n\\😀`;
    const html = "あ".repeat(199_999) + "😀" + unit.repeat(30_000);
    const answer = { uri: "file:///a.contract", version: 3, html, blanks: 0 };
    const serialized = drain(serializedWithStringInSteps(answer, "html"));
    const response = { jsonrpc: "2.0", id: 2, result: serialized };
    const json = messageJson(response);
    assert.equal(messageBytes(response).toString("utf8"), json, "the bytes are the text in UTF-8");
    assert.deepEqual(JSON.parse(json), { jsonrpc: "2.0", id: 2, result: answer });
    assert.ok(!/\\ud[89ab]/iu.test(json), "no pair written as two escapes");
  });
});
