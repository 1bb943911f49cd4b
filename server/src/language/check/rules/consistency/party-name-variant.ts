/**
 * consistency.party-name-variant: a party's company name typed into prose a little differently
 * from its 会社名 — 株式会社アルフア for 株式会社アルファ, a zero-width space inside, べータ for
 * ベータ, 旧字 or full-width letters. A reader takes it for the same company; a court may not, and
 * the contract then names a company that is not a party.
 *
 * Linear: each prose line is read once for company-form words (株式会社, 合同会社 …); at each one
 * only the names that carry that word and go on with the same character (ア of 株式会社アルファ)
 * are compared, over their own length. A typo in that first character is the price of linearity.
 */
import type { Definition, PartyBlock } from "../../../ast";
import type { ProseLine } from "../../../model/prose-line";
import { partyField } from "../../../model/value-scope";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { foldChar, foldName } from "../../support/name-fold";
import { widthAt, widthBefore } from "../../../vocabulary/surrogates";
import { matchesOf } from "../../../pattern-matches";

export const PARTY_NAME_VARIANT: DiagnosticKind = {
  id: "consistency.party-name-variant",
  severity: "warning",
  title: "本文に書かれた会社名が、当事者の会社名と少し違います。",
  summary:
    "A party's company name typed into prose close to but not exactly its 会社名 (株式会社アルフア for 株式会社アルファ, a zero-width space, hiragana, 旧字 or width variants).",
  fix: "会社名を直接書かず「{甲.会社名}」と参照してください（クイックフィックス）。",
  example: {
    bad: "当事者 甲\n  会社名：株式会社アルファ\n\n前文\n株式会社アルフアの本店所在地を管轄する裁判所とする。",
    good: "当事者 甲\n  会社名：株式会社アルファ\n\n前文\n{甲.会社名}の本店所在地を管轄する裁判所とする。",
  },
};

/** The words a company name is anchored on, written before (前株) or after (後株) the name. */
const FORMS = [
  "株式会社",
  "有限会社",
  "合同会社",
  "合名会社",
  "合資会社",
  "一般社団法人",
  "一般財団法人",
  "公益社団法人",
  "公益財団法人",
  "特定非営利活動法人",
  "医療法人",
  "学校法人",
  "社会福祉法人",
  "(株)",
];
const COMPANY_FORM = new RegExp(`${FORMS.filter((f) => f !== "(株)").join("|")}|㈱|[（(]株[）)]`, "gu");
const companyForms = matchesOf(COMPANY_FORM);

/** Names longer than this are not compared: no company is called that, and it keeps the scan short. */
const MAX_NAME = 64;
/** A one-letter typo is only read as one in a name whose own part is at least this long. */
const MIN_CORE_FOR_TYPO = 4;

interface PartyName {
  readonly party: PartyBlock;
  readonly field: Definition;
  readonly folded: string;
  /** The company form leads the name (株式会社アルファ) rather than follows it (アルファ株式会社). */
  readonly leading: boolean;
  readonly form: string;
}

/** The names by their company form and the first character of the rest next to it. */
type NameIndex = ReadonlyMap<string, readonly PartyName[]>;

const indexKey = (form: string, leading: boolean, neighbour: string) =>
  `${form}\u0000${leading ? "+" : "-"}${neighbour}`;

function indexNames(names: readonly PartyName[]): NameIndex {
  const index = new Map<string, PartyName[]>();
  for (const name of names) {
    const at = name.leading ? name.form.length : name.folded.length - name.form.length - 1;
    const key = indexKey(name.form, name.leading, name.folded.charAt(at));
    const same = index.get(key);
    if (same === undefined) index.set(key, [name]);
    else same.push(name);
  }
  return index;
}

function partyNames(parties: Iterable<PartyBlock>): PartyName[] {
  const names: PartyName[] = [];
  for (const party of parties) {
    const field = partyField(party, "会社名");
    const folded = field === undefined ? "" : foldName(field.valueText);
    const form = FORMS.find((f) => folded.startsWith(f) || folded.endsWith(f));
    if (field === undefined || form === undefined || folded.length > MAX_NAME) continue;
    names.push({ party, field, folded, leading: folded.startsWith(form), form });
  }
  return names;
}

/** Raw characters from `from`, forward or backward, until their folded form is `length` long. */
function window(
  text: string,
  from: number,
  length: number,
  forward: boolean,
): { folded: string; end: number } {
  let folded = "";
  let at = from;
  const limit = length * 2 + 8;
  for (let steps = 0; folded.length < length && steps < limit; steps++) {
    if (forward ? at >= text.length : at <= 0) break;
    // A surrogate pair is one step, so that the finding's span and its fix never split it.
    const width = forward ? widthAt(text, at) : widthBefore(text, at);
    const char = forward ? text.slice(at, at + width) : text.slice(at - width, at);
    folded = forward ? folded + foldChar(char) : foldChar(char) + folded;
    at += forward ? width : -width;
  }
  return { folded, end: at };
}

/** Same length and one letter off, outside the company form: アルフア, not another company. */
function isTypo(written: string, name: PartyName): boolean {
  if (written.length !== name.folded.length || name.folded.length - name.form.length < MIN_CORE_FOR_TYPO) {
    return false;
  }
  let differences = 0;
  for (let i = 0; i < written.length; i++) if (written[i] !== name.folded[i]) differences++;
  return differences === 1;
}

function reportVariant(line: ProseLine, start: number, end: number, name: PartyName, context: RuleContext) {
  const written = line.text.slice(start, end);
  const reference = `{${name.party.symbol}.会社名}`;
  context.report(PARTY_NAME_VARIANT, {
    span: { start: line.start + start, end: line.start + end },
    message: `本文の「${written}」は、${name.party.symbol}の会社名「${name.field.valueText}」と少し違います（文字の違い・見えない文字・全角半角・旧字など）。会社名は直接書かず「${reference}」と参照してください。`,
    related: [
      { span: name.field.valueSpan, message: `${name.party.symbol}の会社名（${name.field.valueText}）` },
    ],
    data: fixData({
      title: `「${reference}」に置き換える`,
      edits: [{ span: { start: line.start + start, end: line.start + end }, newText: reference }],
      preferred: true,
    }),
  });
}

function checkAt(
  line: ProseLine,
  text: string,
  match: RegExpMatchArray,
  index: NameIndex,
  context: RuleContext,
) {
  const formStart = match.index ?? 0;
  const formEnd = formStart + match[0].length;
  const form = foldName(match[0]);
  const after = window(text, formEnd, 1, true).folded.charAt(0);
  const before = window(text, formStart, 1, false).folded.slice(-1);
  const names = [
    ...(index.get(indexKey(form, true, after)) ?? []),
    ...(index.get(indexKey(form, false, before)) ?? []),
  ];
  for (const name of names) {
    const seen = window(text, name.leading ? formStart : formEnd, name.folded.length, name.leading);
    const [start, end] = name.leading ? [formStart, seen.end] : [seen.end, formEnd];
    if (line.text.slice(start, end) === name.field.valueText) return;
    if (seen.folded === name.folded || isTypo(seen.folded, name)) {
      reportVariant(line, start, end, name, context);
      return;
    }
  }
}

export const partyNameVariantRule: Rule = {
  name: "consistency/party-name-variant",
  kinds: [PARTY_NAME_VARIANT],
  check(context) {
    const names = partyNames(context.analysis.scope.partyOrder);
    if (names.length === 0) return;
    const index = indexNames(names);
    for (const line of context.index.proseLines) {
      const text = line.proseOnly;
      for (const match of companyForms(text)) checkAt(line, text, match, index, context);
    }
  },
};
