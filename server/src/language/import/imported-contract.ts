/**
 * What the import recognised in a document, before it is written as a .contract: the parts of
 * the contract, each line of prose as text with the values lifted out of it (`{月額報酬}`).
 */

/**
 * A piece of a prose line: text as written, or a reference to a value or a party's field with the
 * text it stands for (which renders the same).
 */
export type ProseSegment = { readonly text: string } | { readonly ref: string; readonly original: string };

export type ProseLine = readonly ProseSegment[];

export interface ImportedParty {
  readonly symbol: string;
  readonly role: string | null;
  /** name and value, in the document's order; a blank value is written 「＿」. */
  readonly fields: readonly (readonly [name: string, value: string])[];
}

export interface ImportedSection {
  /** The heading line as it will be written (第1条（目的）, 第1章 総則, 別紙1（仕様書）). */
  readonly heading: string;
  readonly lines: readonly ProseLine[];
}

export interface ImportedContract {
  readonly title: string | null;
  readonly parties: readonly ImportedParty[];
  /** Values lifted out of the prose, name and value as written in 条件. */
  readonly terms: readonly (readonly [name: string, value: string])[];
  readonly preamble: readonly ProseLine[];
  /** Articles and chapter headings, in order; a chapter's lines are empty. */
  readonly body: readonly ImportedSection[];
  readonly closing: readonly ProseLine[];
  /** The symbols of the signature blocks, or null when the document has none that Keiyaku lays out. */
  readonly signatures: readonly string[] | null;
  readonly annexes: readonly ImportedSection[];
}

export function plainLine(text: string): ProseLine {
  return [{ text }];
}

/** The line's text as the document has it, each reference replaced by the text it stands for. */
export function originalText(line: ProseLine): string {
  return line.map((segment) => ("text" in segment ? segment.text : segment.original)).join("");
}
