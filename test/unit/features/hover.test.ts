/**
 * Hovers show contract text as text: no line of prose, value or name can close the code block or
 * become a link or an image (which the editor would load from a remote server when the hover shows).
 */
import assert from "node:assert/strict";
import MarkdownIt from "markdown-it";
import { hoverAt } from "../../../server/src/language/features/hover";
import { createContractService } from "../../../server/src/language/service";
import { FILLED_PATH, sample } from "../../helpers/fixtures";

const service = createContractService();
const markdown = new MarkdownIt("commonmark", { html: true });
const HOVER_ELEMENTS = new Set(["p", "strong", "pre", "code", "ul", "li"]);
const PIXEL = "![x](https://tracker.invalid/pixel.png)";
const LINK = "[ここをクリック](https://phish.invalid/)";

function hoverHtml(text: string, offset: number): string {
  const hover = hoverAt(service.analyze(text), offset);
  assert.ok(hover !== null, "a hover at this offset");
  return markdown.render(hover.contents);
}

function assertText(html: string, ...texts: string[]): void {
  const elements = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/gu)].map((m) => m[1] ?? "");
  const others = [...new Set(elements.filter((e) => !HOVER_ELEMENTS.has(e)))];
  assert.deepEqual(others, [], `the hover makes elements beyond text:\n${html}`);
  for (const text of texts) assert.ok(html.includes(markdown.utils.escapeHtml(text)), `shows ${text}`);
}

describe("hover: contract text stays text", () => {
  it("prose with a fence line, an image and a link, in the article hover", () => {
    for (const fence of ["```", "````", "``````", "~~~"]) {
      const text = `第1条（目的）\n本文\n${fence}\n${PIXEL}\n${LINK}\n<img src=x onerror=alert(1)>\n`;
      const html = hoverHtml(text, 1);
      assertText(html, fence, PIXEL, LINK);
      assert.equal(html.match(/<pre>/gu)?.length, 1, "one code block holds the whole article");
    }
  });

  it("a value whose text holds a fence and an image", () => {
    const text = `条件\n  備考：\`\`\`${PIXEL}\n\n第1条（目的）\n{備考}\n`;
    assertText(hoverHtml(text, text.indexOf("{備考}") + 1), PIXEL);
  });

  it("value names and party roles with Markdown in them", () => {
    const name = "[x](y)<b>_*名前*_</b>";
    const text = `当事者 甲（*役*_\`x\`<i>）\n  会社名：株式会社アルファ\n\n第1条（目的）\n{${name}}と{甲}\n`;
    assertText(hoverHtml(text, text.indexOf(name) + 1), name);
    assertText(hoverHtml(text, text.indexOf("{甲}") + 1), "*役*_`x`<i>");
  });

  it("shows each article as the whole contract's rendering prints it", () => {
    const analysis = service.analyze(sample(FILLED_PATH));
    const rendered = service.render(analysis, "text");
    const articles = analysis.document.blocks.filter((b) => b.kind === "article");
    assert.ok(articles.length >= 20);
    for (const article of articles) {
      const contents = hoverAt(analysis, article.heading.span.start)?.contents ?? "";
      const shown = /```text\n([^]*)\n```/u.exec(contents)?.[1] ?? "";
      assert.ok(shown.length > 0 && rendered.includes(shown), `the hover of ${shown.slice(0, 20)}…`);
    }
  });
});
