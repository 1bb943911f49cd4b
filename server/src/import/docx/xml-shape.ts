/**
 * Refuses XML a DOCX never has and a parser should not be given: a DOCTYPE (entity expansion,
 * "billion laughs") and elements nested deeper than any real document (the XML library converts
 * its tree recursively, so a deep enough nesting would exhaust the stack). One linear pass.
 */
import { DocxProblem } from "./docx-problem";

/** Word's deepest real nesting (tables in tables, text boxes, fields) is a few dozen levels. */
export const MAX_XML_DEPTH = 256;

function closingBracket(xml: string, from: number): number {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote !== "") {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      return i;
    }
  }
  throw new DocxProblem("corrupt");
}

function skipMarkup(xml: string, at: number): number {
  if (xml.startsWith("<!--", at)) return xml.indexOf("-->", at) + 2;
  if (xml.startsWith("<![CDATA[", at)) return xml.indexOf("]]>", at) + 2;
  if (xml.startsWith("<!", at)) throw new DocxProblem("unsupported", "DOCTYPE");
  return xml.indexOf("?>", at) + 1;
}

export function checkXmlShape(xml: string): void {
  let depth = 0;
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) {
    const next = xml[at + 1];
    if (next === "!" || next === "?") {
      at = skipMarkup(xml, at);
      if (at < 1) throw new DocxProblem("corrupt");
    } else if (next === "/") {
      depth--;
      at = closingBracket(xml, at);
    } else {
      const end = closingBracket(xml, at);
      if (xml[end - 1] !== "/" && ++depth > MAX_XML_DEPTH) throw new DocxProblem("tooDeep");
      at = end;
    }
  }
}
