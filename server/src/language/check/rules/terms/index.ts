/** The terms checks, in the order they run. */
import type { Rule } from "../../rule";

export const TERMS_RULES: readonly Rule[] = [];
