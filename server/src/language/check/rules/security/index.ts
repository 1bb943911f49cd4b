/** The security checks, in the order they run. */
import type { Rule } from "../../rule";
import { bidiControlRule } from "./bidi-controls";

export const SECURITY_RULES: readonly Rule[] = [bidiControlRule];
