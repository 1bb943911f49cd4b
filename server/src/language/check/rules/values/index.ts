/** The values checks, in the order they run. */
import type { Rule } from "../../rule";

export const VALUES_RULES: readonly Rule[] = [];
