/** The checks whose weight depends on the reader's side (立場, check/side.ts), in the order they run. */
import type { Rule } from "../../rule";
import { longPaymentTermRule } from "./long-payment-term";
import { oneSidedCapRule } from "./one-sided-cap";
import { uncappedLiabilityRule } from "./uncapped-liability";
import { unrestrictedSubcontractingRule } from "./unrestricted-subcontracting";

export const SIDE_RULES: readonly Rule[] = [
  oneSidedCapRule,
  unrestrictedSubcontractingRule,
  uncappedLiabilityRule,
  longPaymentTermRule,
];
