/**
 * A DOCX's text, for the import: every XML part inflated within bounds and checked
 * (zip-entries.ts, xml-shape.ts), tracked changes resolved the way the user chose
 * (tracked-changes.ts), automatic list numbers written as text (list-numbers.ts), space before a paragraph made a blank line (paragraph-spacing.ts), then
 * read by mammoth (docx-text.ts) from a new ZIP holding only the
 * checked parts, so the library never inflates a byte that was not checked. The separate bundle
 * `server/dist/docx-reader.js`, loaded only when a DOCX is imported.
 */
import { Buffer } from "node:buffer";
import { DocxProblem } from "./docx-problem";
import { docxLines } from "./docx-text";
import { listNumbersAsText } from "./list-numbers";
import { spacingAsBlankLines } from "./paragraph-spacing";
import { hasTrackedChanges, resolveChanges, type ChangeChoice } from "./tracked-changes";
import { checkXmlShape } from "./xml-shape";
import { readXmlParts } from "./zip-entries";

export { DocxProblem, type DocxProblemKind } from "./docx-problem";
export type { ChangeChoice } from "./tracked-changes";

export interface DocxText {
  readonly text: string;
  /** Whether the document has tracked changes (the text is then the chosen side of them). */
  readonly trackedChanges: boolean;
}

const OFFICE_DOCUMENT = /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*>/u;
const TARGET = /\bTarget="\/?([^"]+)"/u;

/** The main document part, as the package's relationships name it. */
function mainPartName(parts: ReadonlyMap<string, string>): string {
  const relationship = OFFICE_DOCUMENT.exec(parts.get("_rels/.rels") ?? "")?.[0];
  return (relationship === undefined ? undefined : TARGET.exec(relationship)?.[1]) ?? "word/document.xml";
}

async function zipOf(parts: ReadonlyMap<string, string>): Promise<Buffer> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const [name, xml] of parts) zip.file(name, xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}

export async function readDocx(bytes: Buffer, choice: ChangeChoice): Promise<DocxText> {
  const parts = readXmlParts(bytes);
  const mainName = mainPartName(parts);
  const main = parts.get(mainName);
  if (main === undefined || !main.includes("wordprocessingml")) throw new DocxProblem("notWord");
  for (const xml of parts.values()) checkXmlShape(xml);
  const trackedChanges = hasTrackedChanges(main);
  const resolved = trackedChanges ? resolveChanges(main, choice) : main;
  const numbered = listNumbersAsText(
    resolved,
    parts.get("word/numbering.xml") ?? "",
    parts.get("word/styles.xml") ?? "",
  );
  parts.set(mainName, spacingAsBlankLines(numbered));
  let lines: string[];
  try {
    lines = await docxLines(await zipOf(parts));
  } catch (error) {
    throw new DocxProblem("unreadable", error instanceof Error ? error.message : String(error));
  }
  return { text: lines.join("\n"), trackedChanges };
}
