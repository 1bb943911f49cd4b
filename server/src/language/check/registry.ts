/**
 * Every check Keiyaku runs, and the catalogue of every diagnostic id with its default severity.
 * The catalogue is what settings, the CLI's --ignore and docs/diagnostics.md are built from.
 */
import type { DiagnosticKind, Rule } from "./rule";
import { INTERNAL_RULE_FAILURE } from "./run-checks";
import { blankPartyRule } from "./rules/blank/party-fields";
import { placeholderRule } from "./rules/blank/placeholders";
import { blankValuesRule } from "./rules/blank/required-values";
import { undecidedRule } from "./rules/blank/left-undecided";
import { CONSISTENCY_RULES } from "./rules/consistency";
import { PARTIES_RULES } from "./rules/parties";
import { REFERENCES_RULES } from "./rules/references";
import { STRUCTURE_RULES } from "./rules/structure";
import { bidiControlRule } from "./rules/security/bidi-controls";
import { invisibleCharactersRule } from "./rules/security/invisible-characters";
import { syntaxRule } from "./rules/syntax";
import { TERMS_RULES } from "./rules/terms";
import { VALUES_RULES } from "./rules/values";

export const RULES: readonly Rule[] = [
  syntaxRule,
  bidiControlRule,
  invisibleCharactersRule,
  blankPartyRule,
  blankValuesRule,
  placeholderRule,
  undecidedRule,
  ...VALUES_RULES,
  ...STRUCTURE_RULES,
  ...REFERENCES_RULES,
  ...TERMS_RULES,
  ...PARTIES_RULES,
  ...CONSISTENCY_RULES,
];

export const CATALOGUE: readonly DiagnosticKind[] = [
  ...RULES.flatMap((rule) => rule.kinds),
  INTERNAL_RULE_FAILURE,
];

export function kindById(id: string): DiagnosticKind | undefined {
  return CATALOGUE.find((kind) => kind.id === id);
}
