/**
 * The diagnostic kind of one playbook rule: id `playbook.<rule id>`, the team's message and
 * severity. Built per playbook, so these ids are not in the catalogue of docs/diagnostics.md; the
 * team's playbook documents them (docs/playbook.md).
 */
import type { PlaybookRuleData } from "../../../types/playbook-data";
import type { DiagnosticKind } from "../../rule";

export function playbookKind(rule: PlaybookRuleData): DiagnosticKind {
  return {
    id: `playbook.${rule.id}`,
    severity: rule.severity ?? "warning",
    title: rule.message,
    summary: `Team playbook rule ${rule.id} (${rule.kind}).`,
    fix: rule.message,
    example: { bad: "", good: "" },
  };
}
