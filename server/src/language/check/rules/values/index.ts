/** The values checks, in the order they run. */
import type { Rule } from "../../rule";
import { eraMismatchRule } from "./era-mismatch";
import { feeNotPositiveRule } from "./fee-not-positive";
import { invalidDateRule } from "./invalid-date";
import { invalidMoneyRule } from "./invalid-money";
import { invalidValueRule } from "./invalid-value";
import { missingUnitRule } from "./missing-unit";
import { mixedCalendarRule } from "./mixed-calendar";
import { weekdayMismatchRule } from "./weekday-mismatch";

export const VALUES_RULES: readonly Rule[] = [
  invalidDateRule,
  invalidMoneyRule,
  missingUnitRule,
  invalidValueRule,
  eraMismatchRule,
  weekdayMismatchRule,
  feeNotPositiveRule,
  mixedCalendarRule,
];
