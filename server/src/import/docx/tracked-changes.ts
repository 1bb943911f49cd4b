/**
 * A counterparty's markup: Word's tracked changes in word/document.xml. Insertions are
 * <w:ins>…</w:ins> around runs, deletions <w:del>…</w:del> with their text in <w:delText>, moved
 * text <w:moveFrom>/<w:moveTo>, and a paragraph mark inserted or deleted is an empty <w:ins/> or
 * <w:del/> in the paragraph's properties. mammoth reads the accepted text of insertions and
 * deletions (it merges a paragraph whose mark was deleted into the next) but drops moved text, so
 * the XML is rewritten for it: to the accepted text, moves resolved; to the original, every change
 * undone (an inserted paragraph mark becomes a deleted one, so the paragraphs merge back).
 */
import { DocxProblem } from "./docx-problem";

export type ChangeChoice = "accept" | "reject";

const TRACKED = /<w:(?:ins|del|moveFrom|moveTo)[\s>/]/u;

export function hasTrackedChanges(documentXml: string): boolean {
  return TRACKED.test(documentXml);
}

/**
 * Every <w:name …>…</w:name> (never the self-closing `<w:ins …/>` of a paragraph mark) replaced by
 * its content or by nothing. One pass: the same element is never nested in itself.
 */
function replaceElements(xml: string, name: string, keep: boolean): string {
  const open = `<w:${name}`;
  const close = `</w:${name}>`;
  let out = "";
  let from = 0;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, from)) {
    const after = xml[at + open.length] ?? "";
    const tagEnd = xml.indexOf(">", at);
    if (!/[\s>]/u.test(after) || tagEnd < 0 || xml[tagEnd - 1] === "/") {
      out += xml.slice(from, at + open.length);
      from = at + open.length;
      continue;
    }
    const closeAt = xml.indexOf(close, tagEnd);
    if (closeAt < 0) throw new DocxProblem("corrupt");
    out += xml.slice(from, at) + (keep ? xml.slice(tagEnd + 1, closeAt) : "");
    from = closeAt + close.length;
  }
  return out + xml.slice(from);
}

const PARAGRAPH_MARK = /<w:(ins|del)(\s[^>]*)?\/>/gu;

function accepted(xml: string): string {
  return replaceElements(replaceElements(xml, "moveFrom", false), "moveTo", true);
}

function rejected(xml: string): string {
  const undone = ["ins", "moveTo"].reduce((text, name) => replaceElements(text, name, false), xml);
  return ["del", "moveFrom"]
    .reduce((text, name) => replaceElements(text, name, true), undone)
    .replace(/<(\/?)w:delText\b/gu, "<$1w:t")
    .replace(/<(\/?)w:delInstrText\b/gu, "<$1w:instrText")
    .replace(PARAGRAPH_MARK, (_, kind: string, attributes?: string) =>
      kind === "ins" ? `<w:del${attributes ?? ""}/>` : "",
    );
}

/** document.xml as mammoth should read it for the chosen side of the changes. */
export function resolveChanges(documentXml: string, choice: ChangeChoice): string {
  return choice === "accept" ? accepted(documentXml) : rejected(documentXml);
}
