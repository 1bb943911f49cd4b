/**
 * Which check owns an invalid value of 条件. Each invalid value is reported once, by the most
 * specific check: a date that does not exist, an amount that is not one, a number without its
 * unit, a 和暦・西暦 pair that disagrees; value.invalid takes whatever is left.
 */
import type { Definition } from "../../ast";
import type { ContractIndex } from "../../model/contract-index";
import { parseDate } from "../../values/dates";
import { parseMoney } from "../../values/money";
import { parseNumeral } from "../../values/numerals";
import type { InvalidValue } from "../../values/value";
import { findEraPairs, pairAgrees } from "./era-pairs";
import { definitionSegment } from "./segments";

export type InvalidCategory = "date" | "money" | "missingUnit" | "eraMismatch" | "other";

export interface InvalidDefinition {
  readonly definition: Definition;
  readonly value: InvalidValue;
}

function hasEraMismatch(definition: Definition): boolean {
  return findEraPairs(definitionSegment(definition)).some((pair) => !pairAgrees(pair));
}

function categoryOf(definition: Definition, value: InvalidValue): InvalidCategory {
  if (hasEraMismatch(definition)) return "eraMismatch";
  switch (value.expected) {
    case "date":
      return parseDate(value.raw)?.type === "invalid" ? "date" : "other";
    case "money":
      return parseMoney(value.raw)?.type === "invalid" ? "money" : "other";
    case "duration":
    case "count":
      return parseNumeral(value.raw) !== null ? "missingUnit" : "other";
    default:
      return "other";
  }
}

export function invalidDefinitions(index: ContractIndex, category: InvalidCategory): InvalidDefinition[] {
  const found: InvalidDefinition[] = [];
  for (const definition of index.termDefinitions) {
    const value = definition.value;
    if (value.type !== "invalid") continue;
    if (categoryOf(definition, value) === category) found.push({ definition, value });
  }
  return found;
}
