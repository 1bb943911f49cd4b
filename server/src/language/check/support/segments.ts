/**
 * The texts the prose-date checks scan: every prose line, and the values of 条件 that are free
 * text (a typed value is judged by its parser instead, so it must not be judged twice).
 */
import type { Definition } from "../../ast";
import type { ContractIndex } from "../../model/contract-index";
import type { TextSegment } from "./date-patterns";

export function definitionSegment(definition: Definition): TextSegment {
  return { text: definition.valueText, start: definition.valueSpan.start };
}

/**
 * A value as its parser saw it, with its offset: String.prototype.trim drops more kinds of space
 * than the grammar does, and spans worked out on the parsed text must land on its characters.
 */
export function parsedValue(definition: Definition): TextSegment {
  const { valueText, valueSpan } = definition;
  const lead = valueText.length - valueText.trimStart().length;
  return { text: valueText.trim(), start: valueSpan.start + lead };
}

// A prose line is a segment as it is (its text and start): five checks ask for the segments, and
// each call copied every line into a new object (28,000 of them at 10,000 articles).
export function proseSegments(index: ContractIndex): TextSegment[] {
  const values = index.termDefinitions.filter((d) => d.value.type === "text").map(definitionSegment);
  return [...index.proseLines, ...values];
}

/** Prose and every value of 条件: a 和暦・西暦 pair makes a date value unreadable, so it is looked for there too. */
export function allSegments(index: ContractIndex): TextSegment[] {
  return [...index.proseLines, ...index.termDefinitions.map(definitionSegment)];
}
