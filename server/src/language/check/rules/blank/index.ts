/** The blank checks, in the order they run. */
import type { Rule } from "../../rule";
import { undecidedRule } from "./left-undecided";
import { blankPartyRule } from "./party-fields";
import { placeholderRule } from "./placeholders";
import { blankValuesRule } from "./required-values";

export const BLANK_RULES: readonly Rule[] = [blankPartyRule, blankValuesRule, placeholderRule, undecidedRule];
