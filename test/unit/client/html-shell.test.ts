import assert from "node:assert/strict";
import { buildPreviewShell, contentSecurityPolicy } from "../../../client/src/preview/html-shell";
import { createNonce } from "../../../client/src/preview/nonce";
import { SHELL_IDS } from "../../../client/src/preview/shell-ids";
import { htmlProblems, openingTags } from "../../helpers/html-structure";

const CSP_SOURCE = "https://*.vscode-cdn.net";
const NONCE = "aGVsbG8gd29ybGQhISE=";

function shell(overrides: Partial<Parameters<typeof buildPreviewShell>[0]> = {}): string {
  return buildPreviewShell({
    nonce: NONCE,
    cspSource: CSP_SOURCE,
    scriptUri: "https://file+.vscode-resource.vscode-cdn.net/ext/client/dist/webview.js",
    styleUris: [
      "https://file+.vscode-resource.vscode-cdn.net/ext/client/media/preview.css",
      "https://file+.vscode-resource.vscode-cdn.net/ext/client/media/preview-print.css",
    ],
    loadingLabel: "表示を準備しています…",
    ...overrides,
  });
}

function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, "no CSP meta element");
  return match[1] ?? "";
}

describe("client: the preview page", () => {
  it("is well-formed HTML", () => {
    assert.deepEqual(htmlProblems(shell()), []);
  });

  it("has a CSP that denies by default and allows one nonce'd script and the extension's styles", () => {
    const directives = cspOf(shell()).split("; ");
    assert.equal(directives[0], "default-src 'none'");
    assert.ok(directives.includes(`script-src 'nonce-${NONCE}'`));
    assert.ok(directives.includes(`style-src ${CSP_SOURCE}`));
    assert.ok(directives.includes(`img-src ${CSP_SOURCE}`));
    for (const directive of directives) {
      assert.doesNotMatch(directive, /unsafe-inline|unsafe-eval|\*(?!\.vscode-cdn)|data:|blob:/, directive);
    }
  });

  it("puts the CSP before anything that loads", () => {
    const html = shell();
    const csp = html.indexOf("Content-Security-Policy");
    assert.ok(csp > 0 && csp < html.indexOf("<link") && csp < html.indexOf("<script"));
  });

  it("has exactly one script, carrying the nonce, loaded from the extension", () => {
    const html = shell();
    const scripts = openingTags(html).filter((tag) => tag.name === "script");
    assert.equal(scripts.length, 1);
    assert.match(
      html,
      new RegExp(`<script nonce="${NONCE}" src="https://file\\+[^"]*/client/dist/webview\\.js"></script>`),
    );
  });

  it("has no inline styles: no <style> element, no style attribute", () => {
    const tags = openingTags(shell());
    assert.ok(!tags.some((tag) => tag.name === "style"));
    assert.ok(!tags.some((tag) => tag.attributes.includes("style")));
    const links = tags.filter((tag) => tag.name === "link");
    assert.equal(links.length, 2);
  });

  it("has no event handler attributes and no other elements that load or act", () => {
    for (const tag of openingTags(shell())) {
      assert.ok(
        !tag.attributes.some((attribute) => attribute.startsWith("on")),
        `<${tag.name}> ${tag.attributes}`,
      );
      assert.ok(!["iframe", "object", "embed", "form", "base", "img"].includes(tag.name), tag.name);
    }
  });

  it("has the elements the script looks for", () => {
    const html = shell();
    for (const id of Object.values(SHELL_IDS)) assert.match(html, new RegExp(`id="${id}"`));
  });

  it("escapes what it puts in attributes and text", () => {
    const html = shell({ scriptUri: 'x" onload="alert(1)', loadingLabel: "<b>読み込み中</b>" });
    assert.ok(openingTags(html).every((tag) => !tag.attributes.includes("onload")));
    assert.match(html, /src="x&quot; onload=&quot;alert\(1\)"/);
    assert.match(html, /&lt;b&gt;読み込み中&lt;\/b&gt;/);
    assert.deepEqual(htmlProblems(html), []);
  });

  it("refuses a nonce or a source list that would change the policy", () => {
    assert.throws(() => contentSecurityPolicy(CSP_SOURCE, "abc' 'unsafe-inline"));
    assert.throws(() => contentSecurityPolicy(CSP_SOURCE, ""));
    assert.throws(() => contentSecurityPolicy("https://x; script-src *", NONCE));
    assert.throws(() => contentSecurityPolicy("'unsafe-inline'", NONCE));
    assert.doesNotThrow(() => contentSecurityPolicy("'self' https://*.vscode-cdn.net", NONCE));
  });

  it("uses a fresh, valid nonce for every page", () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) {
      assert.ok(nonce.length >= 16);
      assert.doesNotThrow(() => contentSecurityPolicy(CSP_SOURCE, nonce));
    }
  });
});
