/**
 * Writes what the import recognised as a .contract file. Prose is written so that it renders as
 * the document had it: a literal 「{」 or 「}」 doubles (the language's escape), and a line that
 * the language would read as a header or a comment (「前文」, 「第3条（…」 without its 「）」,
 * 「// …」) is written as a reference to a value holding the line (`{原文1}` with 「原文1：前文」
 * in 条件), since a value renders as written and there is no other way to print such a line.
 */
import { headerKindAt } from "../parse/split-blocks";
import { parseValue, formatValue } from "../values/value-parse";
import { isBlankLine } from "./input-lines";
import { originalText, type ImportedContract, type ImportedParty, type ProseLine } from "./imported-contract";
import { withoutLayout } from "../parse/layout-space";

const COMMENT = /^[ \t\u3000]*\/\//u;
const ESCAPE_PREFIX = "原文";

/** Whether a prose line, written as is, would be read as something other than prose. */
export function needsEscape(line: string): boolean {
  return headerKindAt(line, 0) !== null || COMMENT.test(line);
}

function escapeBraces(text: string): string {
  return text.replace(/[{}]/gu, "$&$&");
}

/** Collects the values that hold lines which cannot be written as prose. */
class EscapedLines {
  readonly values: [string, string][] = [];

  /** A reference to a new value holding `text`, or null if that value would not render as `text`. */
  private reference(text: string): string | null {
    if (text.length === 0 || formatValue(parseValue(text)) !== text) return null;
    const name = `${ESCAPE_PREFIX}${this.values.length + 1}`;
    this.values.push([name, text]);
    return `{${name}}`;
  }

  /**
   * The line as a reference to a value holding it; else (a value drops what it ends with when
   * that is a control character, 「// ␋」) to one holding its first character, the rest written
   * after it as prose, which no longer reads as syntax; null if neither renders as the line.
   */
  line(text: string): string | null {
    const trimmed = withoutLayout(text);
    const whole = this.reference(trimmed);
    if (whole !== null) return whole;
    const first = String.fromCodePoint(trimmed.codePointAt(0) ?? 0x20);
    const head = this.reference(first);
    return head === null ? null : `${head}${escapeBraces(trimmed.slice(first.length))}`;
  }
}

function writeLine(line: ProseLine, escaped: EscapedLines): string {
  const written = line.map((s) => ("text" in s ? escapeBraces(s.text) : `{${s.ref}}`)).join("");
  if (!needsEscape(written)) return written;
  const original = originalText(line);
  // Not escaped would be better than lost: a line that cannot be escaped stays as written.
  return escaped.line(original) ?? escapeBraces(original);
}

/** Prose lines; runs of blank lines become one (a paragraph break in 前文・後文・別紙). */
function writeProse(lines: readonly ProseLine[], escaped: EscapedLines, keepBlank: boolean): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const blank = isBlankLine(originalText(line));
    if (blank) {
      if (keepBlank && out.length > 0 && out.at(-1) !== "") out.push("");
      continue;
    }
    out.push(writeLine(line, escaped));
  }
  while (out.at(-1) === "") out.pop();
  return out;
}

function writeParty(party: ImportedParty): string[] {
  const role = party.role === null ? "" : `（${party.role}）`;
  return [`当事者 ${party.symbol}${role}`, ...party.fields.map(([name, value]) => `  ${name}：${value}`)];
}

function section(header: string, lines: readonly string[]): string {
  return [header, ...lines].join("\n");
}

export const IMPORT_NOTE =
  "// Word・テキストから取り込んだ契約書です。条件の値・空欄（＿）・当事者を確かめてください。";

export function writeSource(contract: ImportedContract): string {
  const escaped = new EscapedLines();
  const sections: string[] = [];
  if (contract.title !== null) sections.push(`契約書「${contract.title}」`);
  for (const party of contract.parties) sections.push(writeParty(party).join("\n"));
  const prose: string[] = [];
  const preamble = writeProse(contract.preamble, escaped, true);
  if (preamble.length > 0) prose.push(section("前文", preamble));
  for (const part of contract.body) prose.push(section(part.heading, writeProse(part.lines, escaped, false)));
  const closing = writeProse(contract.closing, escaped, true);
  if (closing.length > 0) prose.push(section("後文", closing));
  if (contract.signatures !== null)
    prose.push(
      section(
        "署名欄",
        contract.signatures.map((s) => `  ${s}`),
      ),
    );
  for (const annex of contract.annexes)
    prose.push(section(annex.heading, writeProse(annex.lines, escaped, true)));
  const terms = [...contract.terms, ...escaped.values];
  if (terms.length > 0)
    sections.push(
      section(
        "条件",
        terms.map(([name, value]) => `  ${name}：${value}`),
      ),
    );
  return `${IMPORT_NOTE}\n\n${[...sections, ...prose].join("\n\n")}\n`;
}
