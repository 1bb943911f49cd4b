/**
 * An unreadable block is shown as written, every line of it text: its later lines used to be read
 * as Markdown block syntax (=== made a heading, "- " a list, four spaces a code block, two trailing
 * spaces a line break) in the preview and the exported HTML.
 */
import assert from "node:assert/strict";
import MarkdownIt from "markdown-it";
import { createContractService } from "../../../server/src/language/service";

const service = createContractService();
const BLOCK_SYNTAX = ["===", "- 項目", "1. 番号", "---", "    字下げ", "末尾  ", "> 引用", "# 見出し", "```"];
// 戊 is not a party symbol: the whole block is unreadable (a role without its 「）」 no longer is).
const SOURCE = `前文\n本文\n\n当事者 戊\n${BLOCK_SYNTAX.join("\n")}\n終わり\n`;
const TEXT_ELEMENTS = new Set(["p", "span", "article", "html", "head", "meta", "title", "style", "body"]);

function elementsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/gu)].map((m) => m[1] ?? ""));
}

describe("render: unreadable blocks are text", () => {
  const analysis = service.analyze(SOURCE);

  it("is an unreadable block", () => {
    assert.deepEqual(
      analysis.document.blocks.map((b) => b.kind),
      ["preamble", "error"],
    );
  });

  it("makes only paragraphs in the preview and the exported HTML", () => {
    for (const html of [service.renderHtmlBody(analysis), service.render(analysis, "html")]) {
      const others = [...elementsOf(html)].filter((e) => !TEXT_ELEMENTS.has(e));
      assert.deepEqual(others, [], html);
      for (const line of BLOCK_SYNTAX) {
        const shown = line.trim().replaceAll(">", "&gt;");
        assert.ok(html.includes(shown), `shows ${line}`);
      }
    }
  });

  it("makes only paragraphs from the Markdown, whatever renders it", () => {
    const html = new MarkdownIt("commonmark", { html: true }).render(service.render(analysis, "markdown"));
    assert.deepEqual([...elementsOf(html)], ["p"], html);
    assert.ok(html.includes("&#x20;&#x20;&#x20;&#x20;字下げ") || html.includes("    字下げ"), html);
  });

  it("keeps every line in the text rendering", () => {
    const text = service.render(analysis, "text");
    assert.ok(text.includes(`当事者 戊\n${BLOCK_SYNTAX.join("\n")}\n終わり`), text);
  });
});
