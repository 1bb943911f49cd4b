/**
 * Small DOCX files for the import's tests, written here rather than checked in: the few parts a
 * Word document needs, with document.xml from the paragraphs given (tracked changes included).
 */
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/** A run of text. */
export function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph of runs (plain strings become runs). */
export function paragraph(...content: string[]): string {
  return `<w:p>${content.map((c) => (c.startsWith("<") ? c : run(c))).join("")}</w:p>`;
}

const CHANGE = 'w:author="相手方" w:date="2026-11-30T10:00:00Z"';

export function inserted(text: string, id = 1): string {
  return `<w:ins w:id="${id}" ${CHANGE}>${run(text)}</w:ins>`;
}

export function deleted(text: string, id = 2): string {
  return `<w:del w:id="${id}" ${CHANGE}><w:r><w:delText xml:space="preserve">${escapeXml(text)}</w:delText></w:r></w:del>`;
}

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A DOCX whose document.xml holds `body` (paragraphs); `parts` adds or replaces parts. */
export async function buildDocx(body: string, parts: Readonly<Record<string, string>> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", RELS);
  zip.file("word/document.xml", documentXml(body));
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A DOCX of plain paragraphs, one per line of `text`. */
export async function docxOfLines(text: string): Promise<Buffer> {
  return buildDocx(
    text
      .split("\n")
      .map((line) => paragraph(...(line === "" ? [] : [line])))
      .join(""),
  );
}
