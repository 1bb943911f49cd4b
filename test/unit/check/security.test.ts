import assert from "node:assert/strict";
import { createContractService } from "../../../server/src/language";
import { assertNone, assertOnly } from "../../helpers/check";

describe("security.bidi-control", () => {
  it("reports each bidi control character, names it, and offers to delete it", () => {
    const [override, pop] = assertOnly(
      "前文\n月額金⟦\u202E⟧円000,003⟦\u202C⟧を支払う。\n",
      "security.bidi-control",
    );
    assert.match(override?.message ?? "", /U\+202E RIGHT-TO-LEFT OVERRIDE/);
    assert.match(pop?.message ?? "", /U\+202C/);
    assert.deepEqual(override?.data?.fixes[0]?.edits, [{ span: override?.span, newText: "" }]);
  });

  it("finds them in comments, values and headings too", () => {
    assertOnly(
      "// ⟦\u2066⟧\n条件\n  備考：注記⟦\u200F⟧\n前文\n{備考}\n第1条（目的⟦\u2069⟧）\n本文\n",
      "security.bidi-control",
    );
  });

  it("leaves ordinary Japanese and Latin text alone", () => {
    assertNone("前文\n甲は乙に対し、ABC株式会社（Ｘ）へ𠮷を支払う。\n", "security.bidi-control");
  });

  it("shows them as visible marks in the HTML", () => {
    const service = createContractService();
    const html = service.renderHtmlBody(service.analyze("前文\n金\u202E円000,003\u202C\n"));
    assert.doesNotMatch(html, /[\u202A-\u202E\u2066-\u2069]/);
    assert.match(
      html,
      /<span class="kc-bidi">⟨U\+202E⟩<\/span>円000,003<span class="kc-bidi">⟨U\+202C⟩<\/span>/,
    );
  });
});
