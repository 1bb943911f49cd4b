/**
 * A 新旧対照表 as a Word file: the values table, then a real table of three columns — 新（改正後）,
 * 旧（改正前）and the row's name and status — one row per changed part, changed characters
 * underlined, A4 landscape in Mincho, the header row repeated on every page. Loaded lazily by the
 * CLI: the `docx` library is large.
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
import {
  COMPARISON_TERMS as T,
  markedPieces,
  rowTitle,
  shownText,
  statusLabel,
  type Comparison,
  type ComparisonRow,
  type RowSide,
  type ValueChange,
} from "../language";
import { BODY_SIZE, PAGE, RUN } from "./docx/docx-style";

// The contract's own Mincho (docx-style.ts), East Asian font first, on every run.
const MINCHO_FONT = RUN.font;

function run(text: string, changed = false, bold = false): TextRun {
  return new TextRun({
    text,
    font: MINCHO_FONT,
    size: BODY_SIZE,
    bold,
    ...(changed ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
}

function plainCell(text: string, bold = false, width = 20): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: text.split("\n").map((line) => new Paragraph({ children: [run(line, false, bold)] })),
  });
}

function sideCell(row: ComparisonRow, rowSide: RowSide | null): TableCell {
  if (rowSide === null) return plainCell(row.status === "added" ? "（新設）" : T.deleted, false, 42);
  const shown = shownText(row, rowSide.text);
  const limit = shown === rowSide.text ? rowSide.text.length : shown.indexOf("\n");
  const paragraphs: TextRun[][] = [[]];
  for (const piece of markedPieces(shown, rowSide.changes, limit)) {
    piece.text.split("\n").forEach((part, k) => {
      if (k > 0) paragraphs.push([]);
      if (part !== "") paragraphs[paragraphs.length - 1]?.push(run(part, piece.changed));
    });
  }
  return new TableCell({
    width: { size: 42, type: WidthType.PERCENTAGE },
    children: paragraphs.map((children) => new Paragraph({ children })),
  });
}

function headerRow(cells: readonly string[]): TableRow {
  return new TableRow({ tableHeader: true, children: cells.map((c) => plainCell(c, true)) });
}

function valuesTable(changes: readonly ValueChange[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      headerRow([T.value, T.newColumn, T.oldColumn]),
      ...changes.map(
        (c) =>
          new TableRow({
            children: [plainCell(c.name), plainCell(c.new ?? T.none), plainCell(c.old ?? T.none)],
          }),
      ),
    ],
  });
}

function articlesTable(rows: readonly ComparisonRow[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      headerRow([T.newColumn, T.oldColumn, ""]),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: false,
            children: [
              sideCell(row, row.new),
              sideCell(row, row.old),
              plainCell(`${rowTitle(row)}\n${statusLabel(row)}`, false, 16),
            ],
          }),
      ),
    ],
  });
}

function heading(text: string, center = false): Paragraph {
  return new Paragraph({
    children: [run(text, false, true)],
    spacing: { before: 240, after: 120 },
    ...(center ? { alignment: AlignmentType.CENTER } : {}),
  });
}

export async function comparisonDocx(comparison: Comparison): Promise<Uint8Array> {
  const title = comparison.newTitle ?? comparison.oldTitle ?? "契約書";
  const children: (Paragraph | Table)[] = [heading(`${title}\u3000${T.table}`, true)];
  if (comparison.values.length > 0) children.push(heading(T.values), valuesTable(comparison.values));
  if (comparison.facts.length > 0) children.push(heading(T.facts), valuesTable(comparison.facts));
  if (comparison.rows.length > 0) {
    children.push(
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(T.note)] }),
      articlesTable(comparison.rows),
    );
  }
  if (children.length === 1) children.push(new Paragraph({ children: [run(T.noChange)] }));
  const document = new Document({
    creator: "Keiyaku",
    title: `${title} ${T.table}`,
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
