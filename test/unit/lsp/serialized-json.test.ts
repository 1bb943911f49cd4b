/**
 * Answers a feature writes as JSON in steps (lsp/serialized-json.ts) reach the client as the same
 * JSON the connection would have written for the plain answer.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { drain } from "../../../server/src/language";
import {
  arrayInSteps,
  messageJson,
  SerializedJson,
  serializedWithStringInSteps,
  writtenInSteps,
} from "../../../server/src/lsp/serialized-json";

const symbols = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `第${i + 1}条`,
    detail: i % 3 === 0 ? '目的\u0000"引用"\n' : undefined,
    kind: 2,
    range: { start: { line: i, character: 0 }, end: { line: i + 1, character: 5 } },
  }));

/** The response's JSON with `result` as the writer splices it in. */
const responseJson = (result: SerializedJson) => {
  const response = { jsonrpc: "2.0", id: 7, result };
  return messageJson(response);
};

describe("lsp: answers written as JSON in steps", () => {
  for (const count of [0, 1, 499, 500, 501, 1234]) {
    it(`writes ${count} symbols, a step per 500, and sends them as JSON.stringify would write them`, () => {
      const items = symbols(count);
      const steps = writtenInSteps(items);
      let yields = 0;
      let step = steps.next();
      for (; step.done !== true; step = steps.next()) yields += 1;
      assert.equal(yields, Math.ceil(count / 500), "a step per 500 symbols");
      const answer = drain(arrayInSteps(items, step.value));
      assert.equal(responseJson(answer), JSON.stringify({ jsonrpc: "2.0", id: 7, result: items }));
    });
  }

  it("sends the kept bytes of the items that did not change, and writes the others anew", () => {
    const items = symbols(1234);
    const written = drain(writtenInSteps(items));
    const changed = (indexes: readonly number[]) =>
      items.map((item, i) => (indexes.includes(i) ? { ...item, name: `移動${i}` } : item));
    for (const indexes of [[0], [1233], [499, 500, 501], [3, 700], items.map((_, i) => i)]) {
      const moved = changed(indexes);
      const answer = drain(arrayInSteps(moved, written));
      assert.equal(responseJson(answer), JSON.stringify({ jsonrpc: "2.0", id: 7, result: moved }));
      const kept = answer.pieces.filter(
        (p) => typeof p !== "string" && written.chunks.some((c) => c.buffer === p.buffer),
      );
      // One piece of kept bytes per run of unchanged items and chunk of 500 it lies in.
      const same = (i: number) => !indexes.includes(i);
      const pieces = items.filter((_, i) => same(i) && (i === 0 || !same(i - 1) || i % 500 === 0)).length;
      assert.equal(kept.length, pieces, "the unchanged items sent as their kept bytes");
    }
  });

  it("sends any mix of kept and changed items as JSON.stringify would write them", () => {
    const items = symbols(1_100);
    const written = drain(writtenInSteps(items));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 1_099 }), { maxLength: 60 }),
        fc.integer({ min: 1_000, max: 1_150 }),
        (changed, length) => {
          const answer = Array.from({ length }, (_, i) => {
            const item = items[i];
            return item === undefined || changed.includes(i) ? { name: `新${i}`, kind: 2 } : item;
          });
          const json = responseJson(drain(arrayInSteps(answer, written)));
          assert.equal(json, JSON.stringify({ jsonrpc: "2.0", id: 7, result: answer }));
        },
      ),
      { seed: 20261203, numRuns: 200 },
    );
  });

  it("writes an answer with fewer or more items than were written", () => {
    const items = symbols(600);
    const written = drain(writtenInSteps(items));
    for (const other of [items.slice(0, 550), [...items, ...symbols(3)]]) {
      const answer = drain(arrayInSteps(other, written));
      assert.equal(responseJson(answer), JSON.stringify({ jsonrpc: "2.0", id: 7, result: other }));
    }
  });

  it("writes every other message as JSON.stringify does", () => {
    const notification = { jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: { uri: "x" } };
    assert.equal(messageJson(notification), JSON.stringify(notification));
    const response = { jsonrpc: "2.0", id: 1, result: null };
    assert.equal(messageJson(response), JSON.stringify(response));
    assert.ok(drain(arrayInSteps([], drain(writtenInSteps([])))) instanceof SerializedJson);
  });

  it("writes a long string field in steps, read back as the same answer, surrogate pairs whole", () => {
    // Quotes, controls, a pair astride every step boundary, and Japanese: what HTML holds.
    const unit = `<p class="x">第1条\u0000\n\\😀`;
    const html = "あ".repeat(199_999) + "😀" + unit.repeat(30_000);
    const answer = { uri: "file:///a.contract", version: 3, html, blanks: 0 };
    const serialized = drain(serializedWithStringInSteps(answer, "html"));
    const response = { jsonrpc: "2.0", id: 2, result: serialized };
    const json = messageJson(response);
    assert.deepEqual(JSON.parse(json), { jsonrpc: "2.0", id: 2, result: answer });
    assert.ok(!/\\ud[89ab]/iu.test(json), "no pair written as two escapes");
  });
});
