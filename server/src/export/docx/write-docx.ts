/**
 * The contract as a Word document (.docx), written with the docx library from the language
 * service's document layout, so that its text is the text render's (test/unit/export/).
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from "docx";
import type { DocumentLayout } from "../../language";
import { contractParagraphs, xmlSafe } from "./docx-paragraphs";
import { PAGE, RUN, STYLES } from "./docx-style";
import { FONT_TABLE_XML } from "./font-table";

/** 「- 1 -」 centred at the foot of every page. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...RUN, children: ["- ", PageNumber.CURRENT, " -"] })],
      }),
    ],
  });
}

export function contractDocument(layout: DocumentLayout): Document {
  const title = xmlSafe(layout.title ?? "契約書");
  return new Document({
    title,
    creator: "Keiyaku",
    description: `${title}（Keiyaku で清書）`,
    styles: STYLES,
    sections: [
      {
        properties: { page: PAGE },
        footers: { default: pageNumberFooter() },
        children: contractParagraphs(layout),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function writeDocx(layout: DocumentLayout): Promise<Uint8Array> {
  const fontTable = { path: "word/fontTable.xml", data: FONT_TABLE_XML };
  return new Uint8Array(await Packer.toBuffer(contractDocument(layout), false, [fontTable]));
}
