/**
 * A 新旧対照表 as a Word file: the values table, then a real table of three columns — 新（改正後）,
 * 旧（改正前）and the row's name and status — one row per changed part, changed characters
 * underlined, A4 landscape in Mincho, the header row repeated on every page. It draws the sheet the
 * language service decided (comparisonSheet), so this bundle holds the docx library and no copy of
 * the service. Loaded lazily by the CLI: the `docx` library is large.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from "docx";
import type { ComparisonSheet, SheetCell, SheetPiece, SheetTable } from "../language";
import { BODY_SIZE, PAGE, RUN } from "./docx/docx-style";

// The contract's own Mincho (docx-style.ts), East Asian font first, on every run.
const MINCHO_FONT = RUN.font;

/** Column widths in percent: the articles' two texts get the room, their name and status a narrow one. */
const WIDTHS: Readonly<Record<SheetTable["kind"], readonly number[]>> = {
  values: [20, 40, 40],
  articles: [42, 42, 16],
};

function run(piece: SheetPiece, bold = false): TextRun {
  return new TextRun({
    text: piece.text,
    font: MINCHO_FONT,
    size: BODY_SIZE,
    bold,
    ...(piece.changed ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
}

function cell(content: SheetCell, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: content.map((pieces) => new Paragraph({ children: pieces.map((p) => run(p, bold)) })),
  });
}

function table(sheetTable: SheetTable, widths: readonly number[]): Table {
  const widthOf = (k: number) => widths[k] ?? 100 / sheetTable.columns.length;
  const header = new TableRow({
    tableHeader: true,
    children: sheetTable.columns.map((c, k) => cell([[{ text: c, changed: false }]], widthOf(k), true)),
  });
  const rows = sheetTable.rows.map(
    (cells) => new TableRow({ cantSplit: false, children: cells.map((c, k) => cell(c, widthOf(k))) }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function heading(text: string, center = false): Paragraph {
  return new Paragraph({
    children: [run({ text, changed: false }, true)],
    spacing: { before: 240, after: 120 },
    ...(center ? { alignment: AlignmentType.CENTER } : {}),
  });
}

function tableParts(sheetTable: SheetTable): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [];
  if (sheetTable.heading !== null) parts.push(heading(sheetTable.heading));
  if (sheetTable.note !== null)
    parts.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [run({ text: sheetTable.note, changed: false })],
      }),
    );
  parts.push(table(sheetTable, WIDTHS[sheetTable.kind]));
  return parts;
}

export async function comparisonDocx(sheet: ComparisonSheet): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [heading(sheet.heading, true), ...sheet.tables.flatMap(tableParts)];
  if (sheet.noChange !== null)
    children.push(new Paragraph({ children: [run({ text: sheet.noChange, changed: false })] }));
  const document = new Document({
    creator: "Keiyaku",
    title: sheet.documentTitle,
    styles: { default: { document: { run: { font: MINCHO_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.size.width,
              height: PAGE.size.height,
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: { top: 851, bottom: 851, left: 851, right: 851 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
