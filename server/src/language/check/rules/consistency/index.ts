/** The consistency checks, in the order they run. */
import type { Rule } from "../../rule";

export const CONSISTENCY_RULES: readonly Rule[] = [];
