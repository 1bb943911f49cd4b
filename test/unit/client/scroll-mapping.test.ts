import assert from "node:assert/strict";
import {
  lineAtScrollTop,
  normaliseBlocks,
  scrollTopForLine,
  type SourceBlock,
} from "../../../client/src/webview/scroll-mapping";

const blocks: SourceBlock[] = [
  { line: 4, top: 0 },
  { line: 10, top: 100 },
  { line: 12, top: 200 },
  { line: 20, top: 600 },
];

describe("client: scroll sync between source lines and the preview", () => {
  it("scrolls to a block's top for its own line", () => {
    for (const block of blocks) assert.equal(scrollTopForLine(blocks, block.line), block.top);
  });

  it("scrolls proportionally between blocks", () => {
    assert.equal(scrollTopForLine(blocks, 11), 150);
    assert.equal(scrollTopForLine(blocks, 16), 400);
    assert.equal(scrollTopForLine(blocks, 7), 50);
  });

  it("scrolls to the start before the first block, to the last block after it", () => {
    assert.equal(scrollTopForLine(blocks, 0), 0);
    assert.equal(scrollTopForLine(blocks, 500), 600);
  });

  it("maps a scroll position back to a fractional source line", () => {
    assert.equal(lineAtScrollTop(blocks, 0), 4);
    assert.equal(lineAtScrollTop(blocks, 150), 11);
    assert.equal(lineAtScrollTop(blocks, 400), 16);
    assert.equal(lineAtScrollTop(blocks, 10_000), 20);
    assert.equal(lineAtScrollTop(blocks, -50), 4);
  });

  it("round-trips lines between the first and last block", () => {
    for (let line = 4; line <= 20; line += 0.5) {
      const top = scrollTopForLine(blocks, line);
      assert.ok(top !== undefined);
      assert.ok(Math.abs((lineAtScrollTop(blocks, top) ?? -1) - line) < 1e-9, `line ${line}`);
    }
  });

  it("knows nothing without blocks", () => {
    assert.equal(scrollTopForLine([], 3), undefined);
    assert.equal(lineAtScrollTop([], 3), undefined);
  });

  it("keeps one block per line, in page order, with lines rising", () => {
    const measured: SourceBlock[] = [
      { line: 10, top: 100 },
      { line: 4, top: 0 },
      { line: 10, top: 100 },
      { line: 10, top: 120 },
      { line: Number.NaN, top: 130 },
      { line: 8, top: 150 },
      { line: 12, top: Number.POSITIVE_INFINITY },
      { line: 12, top: 200 },
    ];
    assert.deepEqual(normaliseBlocks(measured), [
      { line: 4, top: 0 },
      { line: 10, top: 100 },
      { line: 12, top: 200 },
    ]);
  });

  it("maps positions in a 10,000-article contract", () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({ line: i * 3, top: i * 40 }));
    for (let i = 0; i < 10_000; i++) {
      assert.ok(scrollTopForLine(many, i * 7) !== undefined);
      assert.ok(lineAtScrollTop(many, i * 97) !== undefined);
    }
  });
});
