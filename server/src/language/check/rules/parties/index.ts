/** The checks about the parties and their roles, in the order they run. */
import type { Rule } from "../../rule";
import { copiesRule } from "./copies";
import { courtAddressRule } from "./court-address";
import { payerRule } from "./payer";
import { rolesRule } from "./roles";
import { samePartyRule } from "./same-party";

export const PARTIES_RULES: readonly Rule[] = [
  samePartyRule,
  payerRule,
  rolesRule,
  copiesRule,
  courtAddressRule,
];
