/** The comparison view's page and messages: the preview's CSP, one script, guarded messages. */
import assert from "node:assert/strict";
import { isComparisonUpdate, isRevealOffset } from "../../../client/src/comparison/comparison-messages";
import { comparisonPageHtml } from "../../../client/src/comparison/comparison-page";
import { COMPARISON_CSS } from "../../../server/src/language/compare/comparison-css";
import { COMPARISON_CLASSES } from "../../../server/src/language/vocabulary/comparison-classes";
import { readRepoFile } from "../../helpers/fixtures";

const page = (nonce = "aGVsbG8gd29ybGQhISE=", cspSource = "https://*.vscode-cdn.net") =>
  comparisonPageHtml({
    nonce,
    cspSource,
    scriptUri: "https://file+.vscode-resource.vscode-cdn.net/ext/client/dist/comparison-webview.js",
    styleUri: "https://file+.vscode-resource.vscode-cdn.net/ext/client/media/comparison.css",
    loadingLabel: "比べています…",
  });

describe("client: the comparison view", () => {
  it("has the preview's CSP: one script by nonce, styles from the extension only", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page())?.[1] ?? "";
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-aGVsbG8gd29ybGQhISE='/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal((page().match(/<script/g) ?? []).length, 1);
    assert.throws(() => page("x' 'unsafe-inline"));
    assert.throws(() => page(undefined, "https://a; script-src *"));
  });

  it("accepts only well-formed messages", () => {
    assert.ok(isComparisonUpdate({ type: "update", html: "<p></p>" }));
    assert.ok(!isComparisonUpdate({ type: "update", html: 1 }));
    assert.ok(isRevealOffset({ type: "reveal", offset: 12 }));
    for (const offset of [-1, 1.5, Number.NaN, "12", 2 ** 60])
      assert.ok(!isRevealOffset({ type: "reveal", offset }));
    assert.ok(!isRevealOffset(null));
  });

  it("styles what the renderer emits, in both stylesheets, and loads nothing from elsewhere", () => {
    const view = readRepoFile("client/media/comparison.css");
    for (const css of [view, COMPARISON_CSS]) {
      for (const name of [COMPARISON_CLASSES.change, COMPARISON_CLASSES.table, COMPARISON_CLASSES.newCell]) {
        assert.match(css, new RegExp(`\\.${name}\\b`), name);
      }
      assert.doesNotMatch(css, /@import|url\(|expression\(|javascript:/i);
    }
    assert.match(COMPARISON_CSS, /size: A4 landscape/);
  });
});
