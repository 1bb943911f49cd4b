/**
 * The document's font table: 游明朝 described as a Japanese (Shift_JIS charset) serif, with MS 明朝
 * as its alternative name. Word substitutes a missing font by these: where 游明朝 is not installed
 * it takes MS 明朝, and LibreOffice a Mincho (a serif) rather than a Gothic. The docx library writes
 * font-table entries only for embedded fonts, so this part is given to its packer as a file.
 */
import { MINCHO, MINCHO_FALLBACK } from "./docx-style";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// Panose numbers and pitch as Word itself records these two fonts.
export const FONT_TABLE_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:fonts xmlns:w="${W}">` +
  `<w:font w:name="${MINCHO}"><w:altName w:val="${MINCHO_FALLBACK}"/><w:panose1 w:val="02020400000000000000"/>` +
  `<w:charset w:val="80"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
  `<w:font w:name="${MINCHO_FALLBACK}"><w:panose1 w:val="02020609040205080304"/>` +
  `<w:charset w:val="80"/><w:family w:val="roman"/><w:pitch w:val="fixed"/></w:font>` +
  `</w:fonts>`;
