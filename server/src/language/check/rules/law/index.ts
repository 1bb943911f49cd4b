/** The checks of the laws on payment terms (取適法, フリーランス法), in the order they run. */
import type { Rule } from "../../rule";
import { partySizesRule } from "./party-sizes";
import { paymentMeansRule } from "./payment-means";
import { paymentTermRule } from "./payment-term";

export const LAW_RULES: readonly Rule[] = [partySizesRule, paymentTermRule, paymentMeansRule];
