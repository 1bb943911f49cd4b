/**
 * Word's automatic numbering as text. A 「第1条」 or 「1．」 that Word's list numbering draws is not
 * in the paragraph's text, and mammoth does not compute it; without this the articles of a
 * document numbered that way would lose their numbers. Each numbered paragraph gets its number as
 * a run of text, as Word shows it: the level's text (「第%1条」) with each level's counter in its
 * format, then a tab, a space or nothing as the level says. Counted per list (numId); a level
 * restarts when a level above it advances. Numbering set on the paragraph or on its style is read.
 * Every scan is one pass over its part.
 */
import { escapeText, formatNumber } from "./number-formats";

const MAX_LEVEL = 8;

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly suffix: string;
}

interface Numbering {
  readonly levels: ReadonlyMap<string, ReadonlyMap<number, Level>>;
  /** numId → abstractNumId */
  readonly lists: ReadonlyMap<string, string>;
  /** styleId → [numId, ilvl] */
  readonly styles: ReadonlyMap<string, readonly [string, number]>;
}

const ATTRIBUTE = (name: string) => new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`, "u");

function value(xml: string, name: string): string | undefined {
  return ATTRIBUTE(name).exec(xml)?.[1];
}

/** Each <w:name …>…</w:name> as its opening tag and body, in one pass (the element does not nest). */
function* elements(xml: string, name: string): Generator<readonly [tag: string, body: string]> {
  const open = `<w:${name}`;
  const close = `</w:${name}>`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    if (!/[\s>]/u.test(xml[at + open.length] ?? "")) continue;
    const tagEnd = xml.indexOf(">", at);
    const end = tagEnd < 0 ? -1 : xml.indexOf(close, tagEnd);
    if (end < 0) return;
    yield [xml.slice(at, tagEnd + 1), xml.slice(tagEnd + 1, end)];
    at = end;
  }
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`, "u").exec(tag)?.[1];
}

function levelsOf(abstractXml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const [tag, body] of elements(abstractXml, "lvl")) {
    levels.set(Number(attribute(tag, "w:ilvl") ?? "0"), {
      start: Number(value(body, "start") ?? "1"),
      format: value(body, "numFmt") ?? "decimal",
      text: value(body, "lvlText") ?? "",
      suffix: value(body, "suff") ?? "tab",
    });
  }
  return levels;
}

function numberingOf(numberingXml: string, stylesXml: string): Numbering {
  const levels = new Map<string, Map<number, Level>>();
  const lists = new Map<string, string>();
  const styles = new Map<string, readonly [string, number]>();
  for (const [tag, body] of elements(numberingXml, "abstractNum")) {
    levels.set(attribute(tag, "w:abstractNumId") ?? "", levelsOf(body));
  }
  for (const [tag, body] of elements(numberingXml, "num")) {
    lists.set(attribute(tag, "w:numId") ?? "", value(body, "abstractNumId") ?? "");
  }
  for (const [tag, body] of elements(stylesXml, "style")) {
    const numId = value(body, "numId");
    if (numId !== undefined)
      styles.set(attribute(tag, "w:styleId") ?? "", [numId, Number(value(body, "ilvl") ?? "0")]);
  }
  return { levels, lists, styles };
}

/** The paragraph's list and level, from its own properties or its style's. */
function listOf(properties: string, numbering: Numbering): readonly [string, number] | null {
  // A tracked change of the properties holds a second <w:pPr>: where they end is not known here.
  if (properties.includes("<w:pPrChange")) return null;
  const own = properties;
  const numId = value(own, "numId");
  if (numId !== undefined) return numId === "0" ? null : [numId, Number(value(own, "ilvl") ?? "0")];
  const style = value(own, "pStyle");
  return style === undefined ? null : (numbering.styles.get(style) ?? null);
}

class Counters {
  private readonly byList = new Map<string, number[]>();

  next(list: string, level: number, levels: ReadonlyMap<number, Level>): string | null {
    const definition = levels.get(level);
    if (definition === undefined || level > MAX_LEVEL) return null;
    const counts = this.byList.get(list) ?? [];
    counts[level] = (counts[level] ?? definition.start - 1) + 1;
    counts.length = level + 1;
    this.byList.set(list, counts);
    const text = definition.text.replace(/%([1-9])/gu, (_, n: string) => {
      const at = Number(n) - 1;
      const format = levels.get(at)?.format ?? "decimal";
      return formatNumber(counts[at] ?? levels.get(at)?.start ?? 1, format);
    });
    const suffix = definition.suffix === "space" ? " " : definition.suffix === "nothing" ? "" : "\t";
    return text.length === 0 ? null : `${text}${suffix}`;
  }
}

const PARAGRAPH_WITH_PROPERTIES = /<w:p(?:\s[^>]*)?><w:pPr>/gu;
const PROPERTIES_END = "</w:pPr>";

/** document.xml with each automatically numbered paragraph's number written as its first run. */
export function listNumbersAsText(documentXml: string, numberingXml: string, stylesXml: string): string {
  const numbering = numberingOf(numberingXml, stylesXml);
  if (numbering.lists.size === 0) return documentXml;
  const counters = new Counters();
  let out = "";
  let from = 0;
  PARAGRAPH_WITH_PROPERTIES.lastIndex = 0;
  for (
    let m = PARAGRAPH_WITH_PROPERTIES.exec(documentXml);
    m !== null;
    m = PARAGRAPH_WITH_PROPERTIES.exec(documentXml)
  ) {
    const end = documentXml.indexOf(PROPERTIES_END, PARAGRAPH_WITH_PROPERTIES.lastIndex);
    if (end < 0) break;
    const list = listOf(documentXml.slice(PARAGRAPH_WITH_PROPERTIES.lastIndex, end), numbering);
    const levels = list === null ? undefined : numbering.levels.get(numbering.lists.get(list[0]) ?? "");
    const text = list === null || levels === undefined ? null : counters.next(list[0], list[1], levels);
    const after = end + PROPERTIES_END.length;
    if (text !== null) {
      out += `${documentXml.slice(from, after)}<w:r><w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
      from = after;
    }
    PARAGRAPH_WITH_PROPERTIES.lastIndex = after;
  }
  return out + documentXml.slice(from);
}
