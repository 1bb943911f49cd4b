import assert from "node:assert/strict";
import { escapeBidiInHtml, escapeBidiText } from "../../../client/src/preview/control-markers";
import { createContractService } from "../../../server/src/language";
import {
  BIDI_CONTROLS,
  CONTROL_CODE_POINTS,
} from "../../../server/src/language/vocabulary/control-characters";
import { htmlProblems } from "../../helpers/html-structure";

// The client marks exactly the characters the checker reports: one list for both.
const CONTROLS = CONTROL_CODE_POINTS;
const BIDI = new RegExp(BIDI_CONTROLS.source, "u");

describe("client: bidi control characters in the preview", () => {
  it("knows every control the checker reports, U+061C and U+200E/200F included", () => {
    const service = createContractService();
    for (const codePoint of [0x061c, 0x200e, 0x200f, 0x202e]) {
      const char = String.fromCodePoint(codePoint);
      const reported = service
        .check(service.analyze(`契約書「甲${char}乙」\n`))
        .some((d) => d.id === "security.bidi-control");
      assert.ok(reported, `the checker reports U+${codePoint.toString(16)}`);
      assert.notEqual(escapeBidiText(char), char, `the preview marks U+${codePoint.toString(16)}`);
    }
  });

  for (const codePoint of CONTROLS) {
    const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    it(`shows ${name} as a visible marker`, () => {
      const html = escapeBidiInHtml(`<p data-line="0">甲は${String.fromCodePoint(codePoint)}乙に</p>`);
      assert.equal(
        html,
        `<p data-line="0">甲は<span class="kc-bidi" title="${name}">⟨${name}⟩</span>乙に</p>`,
      );
      assert.equal(escapeBidiText(`a${String.fromCodePoint(codePoint)}b`), `a⟨${name}⟩b`);
    });
  }

  it("shows numeric character references to them as markers too", () => {
    const html = escapeBidiInHtml("<p>a&#x202E;b&#8238;c&#X2066;d&#x0202e;e</p>");
    assert.equal((html.match(/class="kc-bidi"/g) ?? []).length, 4);
    assert.doesNotMatch(html, /&#/);
  });

  it("leaves other text, marks and entities alone", () => {
    const html = '<h1 data-line="0" class="kc-title">サーバー管理契約書 &amp; 𠮷 ー&#x2070;</h1>';
    assert.equal(escapeBidiInHtml(html), html);
    assert.equal(escapeBidiText("契約書 𠮷"), "契約書 𠮷");
  });

  it("drops them inside tags rather than breaking the markup", () => {
    const html = escapeBidiInHtml('<span class="kc-value\u202E" data-start="1" data-end="2">x</span>');
    assert.equal(html, '<span class="kc-value" data-start="1" data-end="2">x</span>');
  });

  it("escapes every one in a rendered contract, keeping it well-formed", () => {
    const service = createContractService();
    const attack = "第三者\u202Eへの再委託を禁ずる\u202C\u2066x\u2069";
    const text = `契約書「${attack}」\n前文\n${attack}\n第1条（${attack}）\n${attack}\n`;
    const html = escapeBidiInHtml(service.renderHtmlBody(service.analyze(text)));
    assert.doesNotMatch(html, BIDI);
    assert.match(html, /⟨U\+202E⟩/);
    assert.deepEqual(htmlProblems(html), []);
  });
});
