/** The terms checks, in the order they run. */
import type { Rule } from "../../rule";
import { termVariantsRule } from "./term-variants";
import { undefinedTermsRule } from "./undefined-terms";
import { unusedTermsRule } from "./unused-terms";

export const TERMS_RULES: readonly Rule[] = [undefinedTermsRule, unusedTermsRule, termVariantsRule];
