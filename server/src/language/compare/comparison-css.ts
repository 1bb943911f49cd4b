/**
 * The stylesheet of an exported 新旧対照表: a printed table (A4 landscape, Mincho) with the new
 * version on the left and the old on the right, changed parts underlined.
 */
import { COMPARISON_CLASSES as C } from "../vocabulary/comparison-classes";

export const COMPARISON_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #111; }
.${C.root} {
  margin: 2em auto; padding: 0 1.5em; max-width: 70em; line-height: 1.8; font-size: 10.5pt;
  font-family: "Hiragino Mincho ProN", "Yu Mincho", "YuMincho", "Noto Serif CJK JP", "Noto Serif JP", "MS Mincho", serif;
}
.${C.root} h1 { text-align: center; font-size: 1.4em; letter-spacing: 0.2em; }
.${C.root} h2 { font-size: 1.1em; margin: 1.5em 0 0.5em; }
.${C.root} table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.${C.root} th, .${C.root} td { border: 1px solid #333; padding: 0.3em 0.6em; vertical-align: top; text-align: left; }
.${C.root} th { background: #f0f0f0; text-align: center; }
.${C.root} .${C.table} td { white-space: pre-wrap; }
.${C.root} .${C.table} .${C.newCell}, .${C.root} .${C.table} .${C.oldCell} { width: 44%; }
.${C.root} .${C.change} { text-decoration: underline; text-underline-offset: 0.2em; }
.${C.root} .${C.empty} { color: #555; }
.${C.root} .${C.status} { font-size: 0.85em; color: #555; }
.${C.root} .${C.note} { text-align: right; }
@media print {
  @page { size: A4 landscape; margin: 15mm; }
  .${C.root} { margin: 0; padding: 0; max-width: none; }
  .${C.root} tr { break-inside: avoid; }
}
`;
