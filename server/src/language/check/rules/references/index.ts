/** The references checks, in the order they run. */
import type { Rule } from "../../rule";

export const REFERENCES_RULES: readonly Rule[] = [];
