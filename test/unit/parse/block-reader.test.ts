/**
 * One block reader serves every parse of a service (parse/grammar.ts). It must not keep the last
 * block it read: that block is a slice holding its version's whole text (3 MB at 10,000 articles).
 */
import assert from "node:assert/strict";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { BlockReader } from "../../../server/src/language/parse";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

describe("parse: the block reader a service keeps", () => {
  it("reads blocks one after another with the same reader", () => {
    const reader = new BlockReader();
    const first = reader.read("第1条（目的）\n本文です。\n", "article", 0, () => undefined);
    const second = reader.read("第2条（報酬）\n{月額報酬}を払う。\n", "article", 100, () => undefined);
    assert.equal(first.kind, "article");
    assert.equal(second.kind, "article");
    assert.notEqual(first, second);
  });

  it("lets go of the text it read once the read is over", () => {
    const reader = new BlockReader();
    const heap = () => {
      collect();
      return getHeapStatistics().used_heap_size;
    };
    const before = heap();
    // 2 million characters of Japanese: 4 MB that, once read, only the reader could still hold.
    const readOnce = () => {
      reader.read(`第1条（目的）\n${"本文です。".repeat(400_000)}\n`, "article", 0, () => undefined);
    };
    readOnce();
    /x/u.exec(""); // RegExp.input, V8's legacy static, holds the last string any pattern ran on
    const after = heap();
    assert.ok(
      after - before < 1_000_000,
      `${((after - before) / 1e6).toFixed(1)} MB still held after the read`,
    );
  });
});
