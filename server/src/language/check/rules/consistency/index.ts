/** The consistency checks, in the order they run. */
import type { Rule } from "../../rule";
import { capBeforeFirstPaymentRule } from "./cap-before-first-payment";
import { capWindowRule } from "./cap-window";
import { partyNameVariantRule } from "./party-name-variant";
import { proseValuesRule } from "./prose-values";
import { renewalNoticeRule } from "./renewal-notice";
import { scopeOverlapRule } from "./scope-overlap";
import { secondCapRule } from "./second-cap";
import { subcontractConfidentialityRule } from "./subcontract-confidentiality";
import { taxModeRule } from "./tax-mode";

export const CONSISTENCY_RULES: readonly Rule[] = [
  capWindowRule,
  capBeforeFirstPaymentRule,
  proseValuesRule,
  partyNameVariantRule,
  secondCapRule,
  renewalNoticeRule,
  taxModeRule,
  scopeOverlapRule,
  subcontractConfidentialityRule,
];
