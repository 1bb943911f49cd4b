/** The preview's stylesheets: theme colours on screen, a printed contract on paper, nothing loaded from elsewhere. */
import assert from "node:assert/strict";
import { CONTRACT_CSS } from "../../../server/src/language/render/contract-css";
import { CONTRACT_CLASSES } from "../../../server/src/language/vocabulary/contract-classes";
import { readRepoFile } from "../../helpers/fixtures";

const screen = readRepoFile("client/media/preview.css");
const print = readRepoFile("client/media/preview-print.css");

describe("client: the preview's stylesheets", () => {
  it("take colours and fonts from the VS Code theme", () => {
    for (const variable of ["--vscode-foreground", "--vscode-editor-background", "--vscode-font-family"]) {
      assert.ok(screen.includes(`var(${variable}`), variable);
    }
  });

  it("mark blanks and unresolved references visibly", () => {
    for (const css of [screen, CONTRACT_CSS]) {
      for (const name of [CONTRACT_CLASSES.blank, CONTRACT_CLASSES.unresolved, CONTRACT_CLASSES.control]) {
        assert.match(css, new RegExp(`\\.${name}\\s*\\{[^}]*(background|outline|color)`), name);
      }
    }
  });

  it("print on A4 in a Mincho serif, keeping headings with their text", () => {
    assert.match(print, /@media print\s*\{/);
    assert.match(print, /@page\s*\{[^}]*size:\s*A4/);
    assert.match(print, /font-family:[^;]*Mincho[^;]*serif;/);
    assert.match(print, /h2\s*\{[^}]*break-after:\s*avoid/);
    assert.match(print, /\.kp-header[^{]*\{\s*display:\s*none/);
  });

  it("load nothing from outside the extension", () => {
    for (const css of [screen, print]) {
      assert.doesNotMatch(css, /@import|url\(|expression\(|javascript:/i);
    }
  });
});
