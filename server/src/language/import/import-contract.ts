/**
 * Text → .contract: what `keiyaku import` and the editor's 「Word・テキストから取り込む」 write.
 * Pure: the DOCX reading (and any file) is the host's; this takes the document's text.
 *
 * Three readings are tried, most to least recognised, and the first whose .contract parses
 * without a syntax error and renders every character of the document (keeps-every-character.ts)
 * is the result: the contract with its parts, parties and standard values lifted into 条件; the
 * parts alone, the prose as written; and, as the last resort, the whole text as prose under 前文.
 * So an import never loses text, whatever the document.
 */
import { analyze } from "../model/analysis";
import { renderText } from "../render/text";
import type { ImportedContract } from "./imported-contract";
import { importedText, importLines } from "./input-lines";
import { keepsEveryCharacter } from "./keeps-every-character";
import { outlineOf, proseOutline, type Outline } from "./outline";
import { liftPreambleParties } from "./preamble-parties";
import { liftValues } from "./value-lifts";
import { writeSource } from "./write-source";

export type ImportReading = "contract" | "structure" | "prose";

export interface ImportResult {
  /** The .contract file's text. */
  readonly source: string;
  /** How much was recognised: parts and values, parts only, or everything kept as prose. */
  readonly reading: ImportReading;
}

function asWritten(outline: Outline): ImportedContract {
  const parties = outline.signatureParties ?? [];
  return {
    title: outline.title,
    parties,
    terms: [],
    preamble: outline.preamble,
    body: outline.body,
    closing: outline.closing,
    signatures: outline.signatureParties === null ? null : parties.map((p) => p.symbol),
    annexes: outline.annexes,
  };
}

function withValues(outline: Outline): ImportedContract {
  const written = asWritten(outline);
  const { preamble, parties } = liftPreambleParties(written.preamble, written.parties);
  const { parts, terms } = liftValues([...written.body.map((s) => s.lines), written.closing]);
  const body = written.body.map((section, i) => ({ ...section, lines: parts[i] ?? section.lines }));
  const closing = parts[written.body.length] ?? written.closing;
  return { ...written, parties, terms, preamble, body, closing };
}

function faithful(text: string, source: string): boolean {
  const analysis = analyze(source);
  return analysis.problems.length === 0 && keepsEveryCharacter(text, renderText(analysis.layout));
}

export function importContract(text: string): ImportResult {
  const lines = importLines(text);
  const kept = importedText(text);
  const outline = outlineOf(lines);
  const readings: readonly [ImportReading, () => ImportedContract][] = [
    ["contract", () => withValues(outline)],
    ["structure", () => asWritten(outline)],
  ];
  for (const [reading, contract] of readings) {
    const source = writeSource(contract());
    if (faithful(kept, source)) return { source, reading };
  }
  return { source: writeSource(asWritten(proseOutline(lines))), reading: "prose" };
}
