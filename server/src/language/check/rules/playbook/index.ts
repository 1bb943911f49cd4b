/**
 * The rules of a team's playbook (types/playbook-data.ts), built per check from the options: each
 * playbook rule whose `when` holds for this contract's type and the reader's side becomes one Rule
 * with one kind, `playbook.<id>`.
 */
import type { ContractType } from "../../../model/contract-type";
import type { PlaybookData, PlaybookRuleData } from "../../../types/playbook-data";
import type { Rule } from "../../rule";
import { requiredArticleRule, requiredPhraseRule } from "./article-rules";
import { forbiddenPhraseRule } from "./phrase-rules";
import { valueRule } from "./value-rules";

function applies(rule: PlaybookRuleData, type: ContractType | null, side: string | null): boolean {
  const when = rule.when;
  if (when === undefined) return true;
  if (when.side !== undefined && when.side !== side) return false;
  return when.types === undefined || (type !== null && when.types.includes(type.id));
}

function ruleOf(rule: PlaybookRuleData): Rule {
  switch (rule.kind) {
    case "requiredArticle":
      return requiredArticleRule(rule);
    case "requiredPhrase":
      return requiredPhraseRule(rule);
    case "forbiddenPhrase":
      return forbiddenPhraseRule(rule);
    case "value":
      return valueRule(rule);
  }
}

export function playbookRules(
  playbook: PlaybookData,
  type: ContractType | null,
  side: string | null,
): Rule[] {
  return playbook.rules.filter((rule) => applies(rule, type, side)).map(ruleOf);
}
