/**
 * The dates and 和暦・西暦 pairs written in a contract's prose and values, found in one pass per
 * check. Four date checks read them; each used to scan every prose line itself (the dates of a
 * line three times, its pairs five). Only the texts that hold a date or a pair are kept, so the
 * checks walk a short list rather than every line.
 */
import type { ContractIndex } from "../../model/contract-index";
import { eachInSteps, type Steps } from "../../steps";
import { datesIn, type DatesInText } from "./dates-in-text";
import { findEraPairs } from "./era-pairs";
import { definitionSegment } from "./segments";

/**
 * The texts with a date or a pair, in the order of the file's prose lines, then of the values of
 * 条件. Dates written on their own are read in prose and in free-text values only (a typed value
 * is judged by its parser, and must not be judged twice); pairs are read in every value too, as
 * a pair makes a date value unreadable.
 */
export type WrittenDates = readonly DatesInText[];

function keep(found: DatesInText[], dated: DatesInText): void {
  if (dated.dates.length > 0 || dated.pairs.length > 0) found.push(dated);
}

/** A pass over every prose line: in steps, as the language server runs the check in slices. */
export function* writtenDatesInSteps(index: ContractIndex): Steps<WrittenDates> {
  const found: DatesInText[] = [];
  yield* eachInSteps(index.proseLines, (line) => keep(found, datesIn(line)));
  yield* eachInSteps(index.termDefinitions, (definition) => {
    const segment = definitionSegment(definition);
    const dated =
      definition.value.type === "text" ? datesIn(segment) : { dates: [], pairs: findEraPairs(segment) };
    keep(found, dated);
  });
  return found;
}
