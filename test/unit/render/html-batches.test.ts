import assert from "node:assert/strict";
import fc from "fast-check";
import { contractWithArticles } from "../../../bench/bench-inputs";
import { analyze } from "../../../server/src/language/model/analysis";
import { createHtmlRenderer } from "../../../server/src/language/render/html";
import { hostileContract, injectedContract } from "../../helpers/arbitraries";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../../helpers/fixtures";

const SEED = 20261124;
const oneByOne = createHtmlRenderer({ linesPerRender: 1 });
const inThrees = createHtmlRenderer({ linesPerRender: 3 });
const allAtOnce = createHtmlRenderer({ linesPerRender: Number.MAX_SAFE_INTEGER });

function bodies(text: string): string[] {
  const analysis = analyze(text);
  return [oneByOne, inThrees, allAtOnce].map((r) => r.renderBody(analysis.layout, text));
}

describe("HTML rendered in batches of lines", function () {
  this.timeout(120000);

  it("is the same HTML whatever the batch size: samples and a 1,200-article contract", () => {
    const filled = sample(FILLED_PATH);
    for (const text of [sample(TEMPLATE_PATH), filled, contractWithArticles(filled, 1200)]) {
      const [one, three, all] = bodies(text);
      assert.ok((all?.length ?? 0) > 1000);
      assert.equal(one, all);
      assert.equal(three, all);
    }
  });

  it("keeps data-line on the lines after an unreadable block of several lines", () => {
    // The block's raw text is one Markdown chunk of two lines; lines were once mapped to chunks as
    // 2·i, so everything after such a block lost its data-line (and the preview its scroll sync).
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = `当事者 甲（委託者）契約書「X」${eol}\u0000${eol}契約書「サーバー管理契約書」${eol}`;
      for (const body of bodies(text)) assert.match(body, /<h1 data-line="2"[^>]*>サーバー管理契約書<\/h1>/u);
    }
  });

  it("is the same HTML whatever the batch size: hostile text and markup injections", () => {
    fc.assert(
      fc.property(fc.oneof(hostileContract, injectedContract), (text) => {
        const [one, three, all] = bodies(text);
        assert.equal(one, all);
        assert.equal(three, all);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
