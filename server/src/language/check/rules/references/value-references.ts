/**
 * ref.undefined-value and ref.unknown-field: a {名前} that names neither a value of 条件 nor a
 * party, and a {甲.項目} / {月額報酬.金額} whose part after the dot names nothing. Both render as
 * the raw {…} in the contract, so a reader would see the braces.
 */
import { articleLabelOf } from "../../../model/article-labels";
import type { Definition, PartyBlock, RefInline, Span } from "../../../ast";
import { PARTY_FIELDS } from "../../../standard-values";
import { partyFields } from "../../../model/value-scope";
import { fixData, type QuickFix, type TextEdit } from "../../quick-fix";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule, type RuleContext } from "../../rule";
import { closestName, nameSuggester } from "../../support/names";
import { addFieldEdit, valueAdder } from "../../support/definition-edits";
import { lineBreakOf } from "../../../line-break";
import { lazy } from "../../../model/lazy";

export const REF_UNDEFINED_VALUE: DiagnosticKind = {
  id: "ref.undefined-value",
  severity: "error",
  title: "本文の「{名前}」が、条件の値にも当事者にもありません。",
  summary: "A value reference {名前} that names neither a value of 条件 nor a party.",
  fix: "名前を「条件」にある名前に直すか、「条件」に「名前：値」を書き足してください。",
  example: {
    bad: "条件\n  月額報酬：300,000円（消費税別）\n\n第7条（報酬）\n甲は乙に対し、月額金{月額報酬額}を支払う。",
    good: "条件\n  月額報酬：300,000円（消費税別）\n\n第7条（報酬）\n甲は乙に対し、月額金{月額報酬}を支払う。",
  },
};

export const REF_UNKNOWN_FIELD: DiagnosticKind = {
  id: "ref.unknown-field",
  severity: "error",
  title: "「{甲.項目}」「{値.金額}」の「.」の後の名前がありません。",
  summary:
    "A field after the dot that does not exist: a party field not written (other than 会社名・所在地・代表者), a party not declared, 役割 of a party without a role, or an accessor other than 金額 on money.",
  fix: "項目名を直すか、当事者の欄に「項目：値」を書き足してください。金額には「{月額報酬.金額}」だけが使えます。",
  example: {
    bad: "当事者 甲（委託者）\n  会社名：株式会社アルファ\n\n前文\n連絡先：{甲.電話}",
    good: "当事者 甲（委託者）\n  会社名：株式会社アルファ\n  電話：03-1234-5678\n\n前文\n連絡先：{甲.電話}",
  },
};

const PARTY_SYMBOL = /^[甲乙丙丁]$/u;

interface Problem {
  readonly span: Span;
  readonly message: string;
  readonly fixes: readonly QuickFix[];
}

const replaceFix = (span: Span, suggestion: string): QuickFix => ({
  title: `「${suggestion}」に直す`,
  edits: [{ span, newText: suggestion }],
  preferred: true,
});

const didYouMean = (suggestion: string | null) =>
  suggestion === null ? "" : `「${suggestion}」の書き間違いではありませんか。`;

/** What every finding of one check shares, worked out once (see valueAdder). */
interface Shared {
  readonly context: RuleContext;
  readonly eol: string;
  readonly addValue: (name: string) => TextEdit | null;
  readonly suggestValue: (name: string) => string | null;
}

function sharedOf(context: RuleContext): Shared {
  const { scope } = context.analysis;
  // Made for the first undefined value only: most contracts have none.
  const adder = lazy(() => valueAdder(context.analysis));
  const suggester = lazy(() => nameSuggester([...scope.values.keys(), ...scope.parties.keys()]));
  return {
    context,
    eol: lineBreakOf(context.analysis.text),
    addValue(name) {
      return adder.get()(name);
    },
    suggestValue(name) {
      return suggester.get()(name);
    },
  };
}

function undefinedValue(ref: RefInline, shared: Shared): Problem | null {
  const { context } = shared;
  const [segment] = ref.segments;
  if (segment === undefined) return null;
  const name = segment.text;
  if (PARTY_SYMBOL.test(name)) {
    return {
      span: segment.span,
      message: `当事者「${name}」が書かれていません。「当事者 ${name}（…）」の欄を書くか、記号を直してください。`,
      fixes: [],
    };
  }
  // A required value left out (月額報酬, 契約締結日) is reported once, at 条件, by blank.fee/blank.date.
  if (context.setup.contractType?.requiredValues.includes(name) === true) return null;
  const suggestion = shared.suggestValue(name);
  const add = shared.addValue(name);
  const fixes = [
    ...(suggestion === null ? [] : [replaceFix(segment.span, suggestion)]),
    ...(add === null ? [] : [{ title: `「条件」に「${name}：＿」を追加する`, edits: [add] }]),
  ];
  return {
    span: segment.span,
    message: `「${name}」は「条件」の値にも当事者にもありません。${didYouMean(suggestion)}名前を直すか、「条件」に「${name}：…」を書き足してください。`,
    fixes,
  };
}

function partyLabel(party: PartyBlock): string {
  return party.role === null ? party.symbol : `${party.symbol}（${party.role}）`;
}

function partyProblem(ref: RefInline, party: PartyBlock, eol: string): Problem | null {
  const segment = ref.segments[1];
  if (segment === undefined) return null;
  const field = segment.text;
  if (field === "役割") {
    if (party.role !== null) return null;
    return {
      span: segment.span,
      message: `${party.symbol}には役割が書かれていません。見出しを「当事者 ${party.symbol}（委託者）」のように書くか、「.役割」を消してください。`,
      fixes: [],
    };
  }
  // Most fields referenced are standard or written (a contract refers to its parties' 会社名 in
  // every signature block): answered without listing the party's fields.
  const standard: readonly string[] = PARTY_FIELDS;
  if (standard.includes(field) || partyFields(party).some((d) => d.name === field)) return null;
  const fields = [...new Set([...PARTY_FIELDS, ...partyFields(party).map((d) => d.name)])];
  const available = [...fields, ...(party.role === null ? [] : ["役割"])];
  const suggestion = closestName(field, available);
  const add = addFieldEdit(eol, party, field);
  return {
    span: segment.span,
    message: `${partyLabel(party)}には「${field}」がありません（使える項目：${available.join("・")}）。${didYouMean(suggestion)}項目名を直すか、「当事者 ${party.symbol}」の下に「${field}：…」を書き足してください。`,
    fixes: [
      ...(suggestion === null ? [] : [replaceFix(segment.span, suggestion)]),
      ...(add === null ? [] : [{ title: `${party.symbol}に「${field}：＿」を追加する`, edits: [add] }]),
    ],
  };
}

function isMoney(definition: Definition): boolean {
  const value = definition.value;
  if (value.type === "money") return true;
  if (value.type === "blank") return value.of === "money";
  return value.type === "invalid" && value.expected === "money";
}

function valueProblem(ref: RefInline, definition: Definition): Problem | null {
  const segment = ref.segments[1];
  if (segment === undefined) return null;
  if (isMoney(definition)) {
    if (segment.text === "金額") return null;
    return {
      span: segment.span,
      message: `金額の値「${definition.name}」の後に書けるのは「.金額」（税表示なしの金額）だけです。「{${definition.name}.金額}」か「{${definition.name}}」と書いてください。`,
      fixes: [replaceFix(segment.span, "金額")],
    };
  }
  return {
    span: segment.span,
    message: `「${definition.name}」には「.${segment.text}」のような項目はありません。「{${definition.name}}」と書いてください。`,
    fixes: [
      {
        title: `「{${definition.name}}」に直す`,
        edits: [{ span: ref.span, newText: `{${definition.name}}` }],
      },
    ],
  };
}

function tooDeep(ref: RefInline): Problem | null {
  const extra = ref.segments[2];
  if (extra === undefined) return null;
  const last = ref.segments[ref.segments.length - 1] ?? extra;
  const kept = ref.segments
    .slice(0, 2)
    .map((s) => s.text)
    .join(".");
  return {
    span: { start: extra.span.start, end: last.span.end },
    message: `「.」で続けられるのは一段だけです（「{甲.会社名}」「{月額報酬.金額}」など）。「{${kept}}」と書いてください。`,
    fixes: [{ title: `「{${kept}}」に直す`, edits: [{ span: ref.span, newText: `{${kept}}` }] }],
  };
}

function fieldProblem(ref: RefInline, shared: Shared): Problem | null {
  const [first, second] = ref.segments;
  if (first === undefined || second === undefined) return null;
  const { scope } = shared.context.analysis;
  const party = scope.parties.get(first.text);
  if (party !== undefined) return tooDeep(ref) ?? partyProblem(ref, party, shared.eol);
  const definition = scope.values.get(first.text);
  if (definition !== undefined) return valueProblem(ref, definition) ?? tooDeep(ref);
  if (!PARTY_SYMBOL.test(first.text)) return null;
  return {
    span: first.span,
    message: `当事者「${first.text}」が書かれていません。「当事者 ${first.text}（…）」の欄を書くか、記号を直してください。`,
    fixes: [],
  };
}

function isDefined(ref: RefInline, context: RuleContext): boolean {
  const name = ref.path[0] ?? "";
  const { scope } = context.analysis;
  return (
    scope.parties.has(name) || scope.values.has(name) || (PARTY_SYMBOL.test(name) && ref.path.length > 1)
  );
}

function report(kind: DiagnosticKind, problem: Problem, context: RuleContext): void {
  context.report(kind, {
    span: problem.span,
    message: problem.message,
    ...(problem.fixes.length === 0 ? {} : { data: fixData(...problem.fixes) }),
  });
}

// In steps: a finding per reference, and a contract may hold 100,000 of them on one line.
export const valueReferencesRule: Rule = steppedRule({
  name: "references/value-references",
  kinds: [REF_UNDEFINED_VALUE, REF_UNKNOWN_FIELD],
  steps(context) {
    const shared = sharedOf(context);
    return eachInSteps(context.index.references, ({ ref }) => {
      // {第条:見出し} names an article, not a value: ref.unknown-article-label checks it.
      if (articleLabelOf(ref) !== null) return;
      const defined = isDefined(ref, context);
      const problem = defined ? fieldProblem(ref, shared) : undefinedValue(ref, shared);
      if (problem !== null) report(defined ? REF_UNKNOWN_FIELD : REF_UNDEFINED_VALUE, problem, context);
    });
  },
});
