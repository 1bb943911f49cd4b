/**
 * The preview rendered in steps (what the language server runs in slices) says what the full
 * check and the one-call render say: the same HTML, and the same blank count whether or not the
 * version was checked in full before (it counts with the blank rules alone when it was not).
 */
import assert from "node:assert/strict";
import { createContractService, type CheckOptions } from "../../../server/src/language";
import { drain } from "../../../server/src/language/steps";
import { isBlankId } from "../../../server/src/language/vocabulary/blanks";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../../helpers/fixtures";

const OPTIONS: readonly CheckOptions[] = [
  { mode: "draft", severities: {} },
  { mode: "final", severities: {} },
  { mode: "draft", severities: { "blank.fee": "off" } },
];

describe("service.previewInSteps", () => {
  for (const path of [TEMPLATE_PATH, FILLED_PATH]) {
    for (const options of OPTIONS) {
      it(`${path}, ${JSON.stringify(options)}: the full check's blank count and the same HTML`, () => {
        const service = createContractService();
        const text = sample(path);
        const fresh = drain(service.previewInSteps(service.analyze(text), options));
        const checked = service.analyze(text);
        const expected = service.check(checked, options).filter((d) => isBlankId(d.id)).length;
        const after = drain(service.previewInSteps(checked, options));
        assert.equal(fresh.blanks, expected);
        assert.equal(after.blanks, expected);
        assert.equal(fresh.html, service.renderHtmlBody(checked));
        assert.equal(fresh.title, after.title);
      });
    }
  }

  it("keeps the newest render only, and gives every version its own HTML", () => {
    const service = createContractService();
    const first = service.analyze(sample(FILLED_PATH));
    const second = service.analyze(sample(TEMPLATE_PATH), first);
    const html = (analysis: typeof first) => drain(service.previewInSteps(analysis)).html;
    const [firstHtml, secondHtml] = [html(first), html(second)];
    assert.notEqual(firstHtml, secondHtml);
    assert.equal(html(first), firstHtml, "the first version again, after the second");
    assert.equal(service.renderHtmlBody(first), firstHtml);
    assert.equal(html(second), secondHtml);
    assert.equal(service.render(second, "html").includes(secondHtml.trimEnd()), true);
  });

  it("counts the template's 8 blanks without a full check", () => {
    const service = createContractService();
    const analysis = service.analyze(sample(TEMPLATE_PATH));
    assert.equal(drain(service.previewInSteps(analysis)).blanks, 8);
    assert.equal(service.checkedAlready(analysis), null, "no full check ran");
  });
});
