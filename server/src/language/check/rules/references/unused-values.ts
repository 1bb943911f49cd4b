/** value.unused: a value of 条件 that no {…} in the contract uses, so it says nothing to a reader. */
import type { Definition } from "../../../ast";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { deleteLines } from "../../support/text-edits";

export const VALUE_UNUSED: DiagnosticKind = {
  id: "value.unused",
  severity: "hint",
  title: "条件の値がどこからも参照されていません。",
  summary: "A value of 条件 that no {…} reference uses; it does not appear in the rendered contract.",
  fix: "本文で「{名前}」と参照するか、不要なら行を削除してください。",
  example: {
    bad: "条件\n  月額報酬：300,000円（消費税別）\n  予備費：50,000円\n\n第7条（報酬）\n甲は乙に対し、月額金{月額報酬}を支払う。",
    good: "条件\n  月額報酬：300,000円（消費税別）\n\n第7条（報酬）\n甲は乙に対し、月額金{月額報酬}を支払う。",
  },
};

function usedNames({ index, analysis }: RuleContext): Set<string> {
  // A name that is also a party symbol resolves to the party, so it does not use the value.
  const names = index.references.map(({ ref }) => ref.path[0] ?? "");
  return new Set(names.filter((name) => !analysis.scope.parties.has(name)));
}

function reportUnused(definition: Definition, context: RuleContext): void {
  context.report(VALUE_UNUSED, {
    span: definition.nameSpan,
    message: `「${definition.name}」はどこからも参照されていないため、契約書に表示されません。本文で「{${definition.name}}」と参照するか、不要ならこの行を削除してください。`,
    tags: ["unnecessary"],
    data: fixData({
      title: `使われていない「${definition.name}」の行を削除する`,
      edits: [deleteLines(context.analysis.text, definition.span)],
    }),
  });
}

export const unusedValuesRule: Rule = {
  name: "references/unused-values",
  kinds: [VALUE_UNUSED],
  check(context) {
    const used = usedNames(context);
    for (const definition of context.index.termDefinitions) {
      // A later duplicate is value.duplicate's business: only the definition in force is judged.
      if (context.analysis.scope.values.get(definition.name) !== definition) continue;
      if (!used.has(definition.name)) reportUnused(definition, context);
    }
  },
};
