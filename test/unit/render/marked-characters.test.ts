/**
 * Invisible characters reach no rendering as themselves: bidi controls, C0/C1 controls (NUL became
 * U+FFFD in HTML while text kept it) and invisible characters are shown as ⟨U+XXXX⟩ in the text,
 * the Markdown, the preview, the exported HTML and its <title>, and in the title the preview shows.
 */
import assert from "node:assert/strict";
import {
  MARKED_CHARACTERS,
  mayHoldMarkedCharacter,
} from "../../../server/src/language/vocabulary/control-characters";
import { mayChangeInHtml } from "../../../server/src/language/render/html";
import { createContractService } from "../../../server/src/language/service";
import { check } from "../../helpers/check";

const service = createContractService();
const CHARACTERS = [
  "\u202E",
  "\u0000",
  "\u000B",
  "\u000C",
  "\u007F",
  "\u200B",
  "\u00AD",
  "\u2060",
  "\u{E0041}",
];
const label = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

function contract(): string {
  const all = CHARACTERS.join("");
  return `契約書「業務${all}委託契約書」\n\n条件\n  備考：値${all}です\n\n第1条（目的）\n甲は${all}乙に{備考}を払う。\n`;
}

describe("render: invisible and control characters are marked in every output", () => {
  const analysis = service.analyze(contract());
  const outputs: Record<string, string> = {
    text: service.render(analysis, "text"),
    markdown: service.render(analysis, "markdown"),
    html: service.render(analysis, "html"),
    preview: service.renderHtmlBody(analysis),
    title: analysis.layout.title ?? "",
  };

  for (const [name, output] of Object.entries(outputs)) {
    it(`${name}: none raw, each shown as ⟨U+XXXX⟩`, () => {
      const raw = [...output.matchAll(MARKED_CHARACTERS)].map((m) => label(m[0]));
      assert.deepEqual(raw, [], `raw characters in ${name}`);
      assert.ok(!output.includes("\uFFFD"), "no replacement character");
      for (const c of CHARACTERS) assert.ok(output.includes(`⟨${label(c)}⟩`), `${name} shows ${label(c)}`);
    });
  }

  it("the exported HTML's <title> is marked", () => {
    assert.match(outputs["html"] ?? "", /<title>業務⟨U\+202E⟩⟨U\+0000⟩/u);
  });

  it("reports each, as an error inside a value or a party's name", () => {
    const diagnostics = check(contract());
    const ids = (id: string) => diagnostics.filter((d) => d.id === id).length;
    assert.equal(ids("security.bidi-control"), 3);
    assert.equal(ids("security.control-character"), 2 * 4, "NUL, \\v, \\f, DEL in title and prose");
    assert.equal(ids("security.invisible-character"), 2 * 4);
    assert.equal(ids("security.invisible-in-name"), 4 + 4, "the value's controls and invisibles");
    const party = check("当事者 甲（委託者）\n  会社名：株式会社アル\u200Bファ\n");
    assert.ok(party.some((d) => d.id === "security.invisible-in-name" && d.severity === "error"));
  });

  it("does not report a byte order mark at the start", () => {
    assert.ok(!check("\uFEFF第1条（目的）\n本文\n").some((d) => d.id.startsWith("security.")));
  });

  // The preview passes text that this pattern does not match to the HTML as it is, unescaped and
  // unmarked: it must match every character that escaping or marking would change.
  it("the preview's fast path lets no marked character or HTML special character through", () => {
    for (const c of ["&", "<", ">", '"']) assert.ok(mayChangeInHtml(`あ${c}い`), c);
    const marked = new RegExp(MARKED_CHARACTERS.source, "u");
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const c = String.fromCodePoint(codePoint);
      if (marked.test(c)) assert.ok(mayChangeInHtml(`あ${c}い`), label(c));
    }
    const html = service.renderHtmlBody(
      service.analyze('第1条（目的）\n甲は<b>&"乙\u{E0041}\u202Eに払う。\n'),
    );
    assert.match(
      html,
      /甲は&lt;b&gt;&amp;&quot;乙<span class="[^"]+">⟨U\+E0041⟩<\/span><span class="[^"]+">⟨U\+202E⟩/u,
    );
  });

  // The security checks skip a contract for which this says false.
  it("mayHoldMarkedCharacter is true for every marked character, and false for plain contract text", () => {
    const marked = new RegExp(MARKED_CHARACTERS.source, "u");
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const c = String.fromCodePoint(codePoint);
      if (marked.test(c)) assert.ok(mayHoldMarkedCharacter(`第1条\n甲は${c}乙に`), label(c));
    }
    assert.equal(mayHoldMarkedCharacter("第1条（目的）\r\n\t甲は乙に対し、金100,000円を支払う。\n"), false);
  });
});
