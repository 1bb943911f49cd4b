/**
 * Every check Keiyaku runs, and the catalogue of every diagnostic id with its default severity.
 * The catalogue is what settings, the CLI's --ignore and docs/diagnostics.md are built from.
 */
import type { DiagnosticKind, Rule } from "./rule";
import { INTERNAL_RULE_FAILURE } from "./run-checks";
import { BLANK_RULES } from "./rules/blank";
import { CONSISTENCY_RULES } from "./rules/consistency";
import { LAW_RULES } from "./rules/law";
import { PARTIES_RULES } from "./rules/parties";
import { REFERENCES_RULES } from "./rules/references";
import { STRUCTURE_RULES } from "./rules/structure";
import { SECURITY_RULES } from "./rules/security";
import { SIDE_RULES } from "./rules/side";
import { SYNTAX_RULES } from "./rules/syntax";
import { TERMS_RULES } from "./rules/terms";
import { VALUES_RULES } from "./rules/values";

export const RULES: readonly Rule[] = [
  ...SYNTAX_RULES,
  ...SECURITY_RULES,
  ...BLANK_RULES,
  ...VALUES_RULES,
  ...STRUCTURE_RULES,
  ...REFERENCES_RULES,
  ...TERMS_RULES,
  ...PARTIES_RULES,
  ...CONSISTENCY_RULES,
  ...LAW_RULES,
  ...SIDE_RULES,
];

export const CATALOGUE: readonly DiagnosticKind[] = [
  ...RULES.flatMap((rule) => rule.kinds),
  INTERNAL_RULE_FAILURE,
];

export function kindById(id: string): DiagnosticKind | undefined {
  return CATALOGUE.find((kind) => kind.id === id);
}
