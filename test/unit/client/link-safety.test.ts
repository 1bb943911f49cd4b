/**
 * What the preview shows comes from the language server's renderer; these tests hold that HTML to
 * what the webview may receive: no script, no event handler, no link but web and mail links,
 * whatever a contract contains, and the same after the preview's own bidi escaping.
 */
import assert from "node:assert/strict";
import { escapeBidiInHtml } from "../../../client/src/preview/control-markers";
import { createContractService } from "../../../server/src/language";
import { isAllowedLink } from "../../../server/src/language/render/link-policy";
import { sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { htmlProblems, openingTags } from "../../helpers/html-structure";

const service = createContractService();

const HOSTILE_LINKS = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0000javascript:alert(1)",
  "jav&#x09;ascript:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "DATA:text/html,<script>alert(1)</script>",
  "command:workbench.action.terminal.new",
  "command:_workbench.downloadResource?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%5D",
  "vscode:extension/evil.extension",
  "vscode-insiders://x",
  "vscode-webview://x/index.html",
  "vscode-resource:/etc/passwd",
  "file:///etc/passwd",
  "//evil.example/x",
  "/etc/passwd",
  "../../secrets.txt",
  "blob:https://x/1",
  "about:blank",
  "ftp://example.com/x",
  "http:",
  "httpx://example.com",
  "",
];

const ALLOWED_LINKS = ["https://example.com/", "HTTP://example.com", "mailto:legal@example.com"];

const HOSTILE_TEXT = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  "<svg onload=alert(1)>",
  "<iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "<a href='command:workbench.action.terminal.new'>x</a>",
  "[link](javascript:alert(1))",
  "[link](command:workbench.action.terminal.new)",
  "[link](vscode:extension/x)",
  '[link](https://example.com "title" onclick="alert(1)")',
  "<javascript:alert(1)>",
  "<command:workbench.action.terminal.new>",
  "<https://example.com>",
  "![img](data:text/html;base64,PHNjcmlwdD4=)",
  "![img](https://evil.example/track.png)",
  "[x]: javascript:alert(1)\n[y][x]",
  "<style>body{display:none}</style>",
  '<div style="position:fixed;inset:0">x</div>',
  "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
  "<base href=https://evil.example/>",
  "<form action=https://evil.example><button>送信</button></form>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;",
  "<!-- <script>alert(1)</script> -->",
  "<![CDATA[<script>alert(1)</script>]]>",
  "```html\n<script>alert(1)</script>\n```",
  "    <script>alert(1)</script>",
  "`<script>alert(1)</script>`",
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "\u202Eevil\u202C <script>",
];

const ELEMENTS = new Set(["h1", "h2", "p", "span", "a"]);
const ATTRIBUTES = new Set(["class", "data-line", "data-start", "data-end", "title", "href"]);

function contractWith(attack: string): string {
  return [
    `契約書「${attack}」`,
    "当事者 甲（委託者）",
    `  会社名：${attack}`,
    "当事者 乙（受託者）",
    "  会社名：＿",
    "条件",
    `  備考：${attack}`,
    "前文",
    attack,
    "{甲.会社名}",
    `第1条（${attack}）`,
    attack,
    `1．${attack}`,
    `（1）${attack}`,
    "",
  ].join("\n");
}

function previewHtml(text: string): string {
  return escapeBidiInHtml(service.renderHtmlBody(service.analyze(text)));
}

function assertSafe(html: string, context: string): void {
  assert.deepEqual(htmlProblems(html), [], context);
  assert.doesNotMatch(html, /<\s*script/i, context);
  for (const tag of openingTags(html)) {
    assert.ok(ELEMENTS.has(tag.name), `${context}: element <${tag.name}>`);
    for (const attribute of tag.attributes) {
      assert.ok(!attribute.startsWith("on"), `${context}: event handler ${attribute}`);
      assert.ok(ATTRIBUTES.has(attribute), `${context}: attribute ${attribute}`);
    }
  }
  for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
    const href = (match[1] ?? "").replace(/&amp;/g, "&");
    assert.ok(isAllowedLink(href), `${context}: link ${href}`);
  }
}

describe("client: link policy against a hostile corpus", () => {
  for (const link of HOSTILE_LINKS) {
    it(`refuses ${JSON.stringify(link)}`, () => assert.equal(isAllowedLink(link), false));
  }
  for (const link of ALLOWED_LINKS) {
    it(`allows ${link}`, () => assert.equal(isAllowedLink(link), true));
  }
});

describe("client: the preview fragment of hostile contract text", () => {
  it("renders the template safely, with its blanks and source lines", () => {
    const html = previewHtml(sample(TEMPLATE_PATH));
    assertSafe(html, "template");
    assert.match(html, /class="kc-blank" data-start="\d+" data-end="\d+"/);
    assert.match(html, /data-line="\d+"/);
  });

  for (const attack of HOSTILE_TEXT) {
    it(`keeps ${JSON.stringify(attack)} as text`, () => {
      assertSafe(previewHtml(contractWith(attack)), attack);
    });
  }

  it("keeps every hostile text as text in one contract", () => {
    assertSafe(previewHtml(contractWith(HOSTILE_TEXT.join("\n"))), "all at once");
  });
});
