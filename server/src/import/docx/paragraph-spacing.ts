/**
 * Space before a paragraph as a blank line. A text file separates paragraphs with blank lines;
 * a Word document (Keiyaku's export among them) with space before the paragraph instead, which
 * mammoth does not report. An empty paragraph is put before each paragraph whose own properties
 * give it space before, so that 前文・後文 keep their paragraphs (blank lines elsewhere are layout).
 */
const PARAGRAPH_WITH_PROPERTIES = /<w:p(?:\s[^>]*)?><w:pPr>/gu;
const SPACE_BEFORE = /<w:spacing\b[^>]*\bw:before="[1-9]/u;
const PROPERTIES_END = "</w:pPr>";

export function spacingAsBlankLines(xml: string): string {
  let out = "";
  let from = 0;
  PARAGRAPH_WITH_PROPERTIES.lastIndex = 0;
  for (
    let match = PARAGRAPH_WITH_PROPERTIES.exec(xml);
    match !== null;
    match = PARAGRAPH_WITH_PROPERTIES.exec(xml)
  ) {
    const end = xml.indexOf(PROPERTIES_END, PARAGRAPH_WITH_PROPERTIES.lastIndex);
    if (end < 0) break;
    if (SPACE_BEFORE.test(xml.slice(PARAGRAPH_WITH_PROPERTIES.lastIndex, end))) {
      out += `${xml.slice(from, match.index)}<w:p/>`;
      from = match.index;
    }
    PARAGRAPH_WITH_PROPERTIES.lastIndex = end;
  }
  return out + xml.slice(from);
}
