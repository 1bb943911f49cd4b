/** The syntax checks: the parser's own findings, reported as diagnostics. */
import type { Rule } from "../../rule";
import { syntaxRule } from "./syntax-errors";

export const SYNTAX_RULES: readonly Rule[] = [syntaxRule];
