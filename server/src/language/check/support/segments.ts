/**
 * A value of 条件 as a text the date checks scan, as written or as its parser saw it (the prose
 * lines are segments as they are; written-dates.ts picks which texts are scanned for what).
 */
import type { Definition } from "../../ast";
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
