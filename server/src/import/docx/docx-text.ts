/**
 * The text of a DOCX as lines, read by mammoth: one line per paragraph (an empty paragraph is an
 * empty line), a line break inside a paragraph a new line, a tab a tab; a table's cells one
 * paragraph after another; footnotes and endnotes after the body; underlined ideographic spaces
 * (how a blank is drawn in Word, and in Keiyaku's own export) as ＿. mammoth's HTML is not wanted:
 * its `transformDocument` hook hands over the document tree, which is walked here, and an empty
 * document goes on to the HTML step (so no image is ever read).
 */
import type { Buffer } from "node:buffer";

/** The parts of mammoth's document tree (lib/documents.js) that carry text. */
interface MammothElement {
  readonly type: string;
  readonly children?: readonly MammothElement[];
  readonly value?: string;
  readonly checked?: boolean;
  readonly isUnderline?: boolean;
  readonly body?: readonly MammothElement[];
}

interface MammothDocument extends MammothElement {
  readonly notes?: { readonly _notes?: Readonly<Record<string, MammothElement>> };
}

/** Underlined ideographic spaces are a blank to fill in (＿＿＿), not layout. */
const BLANK_SPACE = /\u3000/gu;

class Lines {
  readonly lines: string[] = [];
  private current = "";
  /** Inside an underlined run: a blank, as Keiyaku's DOCX export and Word users draw one. */
  underlined = false;

  add(text: string): void {
    this.current += this.underlined ? text.replace(BLANK_SPACE, "＿") : text;
  }

  end(): void {
    this.lines.push(this.current);
    this.current = "";
  }
}

function walk(element: MammothElement, out: Lines): void {
  switch (element.type) {
    case "text":
      out.add(element.value ?? "");
      return;
    case "tab":
      out.add("\t");
      return;
    case "break":
      out.end();
      return;
    case "checkbox":
      out.add(element.checked === true ? "☑" : "☐");
      return;
    case "paragraph":
      for (const child of element.children ?? []) walk(child, out);
      out.end();
      return;
    case "run": {
      const outer = out.underlined;
      out.underlined = element.isUnderline === true;
      for (const child of element.children ?? []) walk(child, out);
      out.underlined = outer;
      return;
    }
    case "note":
      for (const child of element.body ?? []) walk(child, out);
      return;
    default:
      for (const child of element.children ?? []) walk(child, out);
  }
}

export async function docxLines(bytes: Buffer): Promise<string[]> {
  const mammoth = await import("mammoth");
  const out = new Lines();
  await mammoth.convertToHtml(
    { buffer: bytes },
    {
      transformDocument: (document: MammothDocument) => {
        walk(document, out);
        for (const note of Object.values(document.notes?._notes ?? {})) walk(note, out);
        return { ...document, children: [] };
      },
    },
  );
  return out.lines;
}
