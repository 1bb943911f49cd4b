/**
 * The grammar reads a definition's value as text; its typed value (an amount, a date, a period…)
 * is read here, by the value's name (standard-values.ts), or as text in a 当事者 block.
 */
import type { Block, Definition, FieldEntry, PartyBlock, TermsBlock } from "../ast";
import { expectedTypeOf } from "../standard-values";
import { parseValue } from "../values/value-parse";
import type { BlockLine } from "./block-lines";
import type { GrammarBlock, GrammarLine, RawDefinition, RawFieldEntry } from "./grammar";
import type { BlockKind } from "./split-blocks";

// Written out rather than spread: a spread copy with one more property was most of this step's
// own cost (the copy is made, then grows its property store for `value`).
function typedDefinition(entry: RawDefinition, isParty: boolean): Definition {
  const { kind, span, name, nameSpan, valueText, valueSpan } = entry;
  const value = parseValue(valueText, isParty ? "text" : expectedTypeOf(name));
  return { kind, span, name, nameSpan, valueText, valueSpan, value };
}

function typedEntries(entries: readonly RawFieldEntry[], isParty: boolean): FieldEntry[] {
  return entries.map((entry) => (entry.kind === "definition" ? typedDefinition(entry, isParty) : entry));
}

export function withTypedValues(block: GrammarBlock): Block {
  if (block.kind === "party")
    return { ...block, entries: typedEntries(block.entries, true) } satisfies PartyBlock;
  if (block.kind === "terms")
    return { ...block, entries: typedEntries(block.entries, false) } satisfies TermsBlock;
  return block;
}

/** The lines of a part of a block of `kind`, with their values typed (only fields have any). */
export function withTypedLines(lines: readonly GrammarLine[], kind: BlockKind): BlockLine[] {
  const isParty = kind === "party";
  return lines.map((line) => (line.kind === "definition" ? typedDefinition(line, isParty) : line));
}
