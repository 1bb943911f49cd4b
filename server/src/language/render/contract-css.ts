/**
 * The stylesheet of an exported contract: a printed Japanese contract (A4, Mincho), with blanks
 * visibly marked on screen. The preview pane has its own theme-aware sheet; this one is for files.
 */
export const CONTRACT_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #111; }
.keiyaku-contract {
  max-width: 46em; margin: 2em auto; padding: 0 1.5em; line-height: 1.9;
  font-family: "Hiragino Mincho ProN", "Yu Mincho", "YuMincho", "Noto Serif CJK JP", "Noto Serif JP", "MS Mincho", serif;
  font-size: 10.5pt;
}
.keiyaku-contract h1 { text-align: center; font-size: 1.5em; font-weight: bold; margin: 1em 0 1.5em; letter-spacing: 0.2em; }
.keiyaku-contract h2 { font-size: 1em; font-weight: bold; margin: 1.4em 0 0.2em; break-after: avoid; }
.keiyaku-contract h2.kc-chapter { text-align: center; margin-top: 2em; }
.keiyaku-contract h2.kc-in-annex { break-before: page; }
.keiyaku-contract p { margin: 0; }
.keiyaku-contract p.kc-group { margin-top: 1em; }
.keiyaku-contract h2 + p.kc-group { margin-top: 0; }
.keiyaku-contract p.kc-item { padding-left: 2em; text-indent: -2em; }
.keiyaku-contract p.kc-paragraph { padding-left: 1em; text-indent: -1em; }
.keiyaku-contract .kc-blank { background: #fff3b0; outline: 1px dashed #b08800; }
.keiyaku-contract .kc-unresolved { background: #ffd7d7; outline: 1px solid #c00; }
.keiyaku-contract .kc-bidi { color: #c00; font-family: monospace; font-size: 0.8em; }
@media print {
  @page {
    size: A4; margin: 25mm 20mm;
    @bottom-center { content: "- " counter(page) " -"; font-family: "Yu Mincho", "YuMincho", "Noto Serif CJK JP", "MS Mincho", serif; font-size: 9pt; }
  }
  body { background: none; }
  .keiyaku-contract { margin: 0; padding: 0; max-width: none; }
  .keiyaku-contract .kc-blank, .keiyaku-contract .kc-unresolved { background: none; outline: none; }
  .keiyaku-contract p { orphans: 3; widows: 3; }
}
`;
