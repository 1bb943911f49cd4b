/**
 * How a Keiyaku contract looks in Word, in one place: what a Japanese legal team expects of a
 * contract they open — A4 portrait, Mincho at 10.5 pt, the margins of Word's Japanese default, a
 * centred title, article headings in a heading style (Word's navigation pane lists them), and the
 * hanging indents of the preview's stylesheet (contract-css.ts).
 */
import {
  AlignmentType,
  PageOrientation,
  TabStopType,
  type IStylesOptions,
  type TabStopDefinition,
} from "docx";
import type { RunStyle } from "./field-runs";

/** 游明朝 (Windows 8.1+, macOS with Office) … */
export const MINCHO = "游明朝";
/** … and the Mincho of older Windows, its alternative in the font table (font-table.ts). */
export const MINCHO_FALLBACK = "MS 明朝";

/** Half-points: 10.5 pt body, 16 pt title. */
export const BODY_SIZE = 21;
const TITLE_SIZE = 32;

/** One em of the body text, in twips (1/20 pt): the unit of the preview's indents. */
const EM = 210;
const MM = 1440 / 25.4;

export const PAGE = {
  size: { width: Math.round(210 * MM), height: Math.round(297 * MM), orientation: PageOrientation.PORTRAIT },
  // Word's Japanese default: 35 mm top, 30 mm bottom, left and right.
  margin: {
    top: Math.round(35 * MM),
    bottom: Math.round(30 * MM),
    left: Math.round(30 * MM),
    right: Math.round(30 * MM),
  },
} as const;

export const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

/** Every run names its fonts, the East Asian one above all, so Word never falls back to a Latin font. */
export const RUN: RunStyle = {
  font: { ascii: MINCHO, hAnsi: MINCHO, eastAsia: MINCHO, cs: MINCHO, hint: "eastAsia" },
  language: { value: "ja-JP", eastAsia: "ja-JP" },
};

export const BLANK_RUN: RunStyle = { ...RUN, underline: { type: "single" } };

/** The seal's place: the right margin of the signature line. */
export const SEAL_TAB: TabStopDefinition = { type: TabStopType.RIGHT, position: TEXT_WIDTH };

export const STYLE_IDS = {
  title: "Title",
  chapter: "Heading1",
  article: "Heading2",
  paragraph: "KeiyakuParagraph",
  item: "KeiyakuItem",
  signature: "KeiyakuSignature",
} as const;

/** The space a new group of lines starts with, where the text render leaves a blank line. */
export const GROUP_SPACING = 200;
/** Before each party's signature block: room between the two parties' seals. */
export const SIGNATORY_SPACING = 560;

const runStyle = { font: RUN.font, size: BODY_SIZE };

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { ...runStyle, language: RUN.language },
      paragraph: { spacing: { line: 340, before: 0, after: 0 }, alignment: AlignmentType.BOTH },
    },
  },
  paragraphStyles: [
    {
      id: STYLE_IDS.title,
      name: "Title",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { ...runStyle, size: TITLE_SIZE, bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 480 }, outlineLevel: 0 },
    },
    {
      id: STYLE_IDS.chapter,
      name: "heading 1",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { ...runStyle, bold: true },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: 400, after: 120 },
        keepNext: true,
        outlineLevel: 0,
      },
    },
    {
      id: STYLE_IDS.article,
      name: "heading 2",
      basedOn: "Normal",
      next: STYLE_IDS.paragraph,
      quickFormat: true,
      run: { ...runStyle, bold: true },
      paragraph: {
        alignment: AlignmentType.LEFT,
        spacing: { before: 280 },
        keepNext: true,
        keepLines: true,
        outlineLevel: 1,
      },
    },
    {
      id: STYLE_IDS.paragraph,
      name: "Keiyaku Paragraph",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { indent: { left: EM, hanging: EM } },
    },
    {
      id: STYLE_IDS.item,
      name: "Keiyaku Item",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { indent: { left: 2 * EM, hanging: 2 * EM } },
    },
    {
      id: STYLE_IDS.signature,
      name: "Keiyaku Signature",
      basedOn: "Normal",
      quickFormat: true,
      // The right half of the page, where the parties sign; 印 at the right margin.
      paragraph: {
        indent: { left: Math.round(TEXT_WIDTH * 0.42) },
        keepLines: true,
        alignment: AlignmentType.LEFT,
      },
    },
  ],
};
