/** The structure checks, in the order they run. */
import type { Rule } from "../../rule";

export const STRUCTURE_RULES: readonly Rule[] = [];
