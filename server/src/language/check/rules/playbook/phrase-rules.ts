/**
 * Playbook rule `forbiddenPhrase`: words the team never signs (「一切の責任を負わない」,
 * 「自動的に更新」). Every occurrence in the prose is a finding; the fix puts the team's preferred
 * wording in its place. One scan of each line per phrase: linear in the text.
 */
import type { ForbiddenPhraseRule } from "../../../types/playbook-data";
import { fixData } from "../../quick-fix";
import type { Rule } from "../../rule";
import { playbookKind } from "./playbook-kind";

export function forbiddenPhraseRule(rule: ForbiddenPhraseRule): Rule {
  const kind = playbookKind(rule);
  const phrases = rule.phrases.filter((p) => p.length > 0);
  return {
    name: `playbook/${rule.id}`,
    kinds: [kind],
    check(context) {
      for (const line of context.analysis.index.proseLines) {
        for (const phrase of phrases) {
          for (
            let at = line.text.indexOf(phrase);
            at >= 0;
            at = line.text.indexOf(phrase, at + phrase.length)
          ) {
            const span = { start: line.start + at, end: line.start + at + phrase.length };
            const preferred = rule.preferred;
            context.report(kind, {
              span,
              message: `${rule.message}（「${phrase}」）`,
              data:
                preferred === undefined
                  ? undefined
                  : fixData({ title: `「${preferred}」に置き換える`, edits: [{ span, newText: preferred }] }),
            });
          }
        }
      }
    },
  };
}
