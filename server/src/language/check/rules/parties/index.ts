/** The checks about the parties and their roles, in the order they run. */
import type { Rule } from "../../rule";

export const PARTIES_RULES: readonly Rule[] = [];
