/**
 * consistency.tax-mode: the prose around the fee says 税別 while 月額報酬 says 税込 (or the
 * reverse). Ten percent of the fee then depends on which sentence a court reads first.
 */
import type { RefInline, Span } from "../../../ast";
import type { ProseLine } from "../../../model/prose-line";
import { parseTaxLabel } from "../../../values/tax-label";
import type { TaxLabel } from "../../../values/value";
import { fixData, type QuickFix } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { articleOn, linesOf } from "../../support/articles";
import { inFile, sentenceAround } from "../../support/prose-text";
import { matchesOf } from "../../../pattern-matches";

export const TAX_MODE: DiagnosticKind = {
  id: "consistency.tax-mode",
  severity: "warning",
  title: "本文の消費税の扱い（税別・税込）が月額報酬の値と食い違っています。",
  summary:
    "Prose next to the fee says tax-exclusive (税別) while the fee is tax-inclusive (税込), or the reverse.",
  fix: "本文の税の表記を月額報酬の値に合わせるか、値の括弧書きを直してください。",
  example: {
    bad: "条件\n  月額報酬：330,000円（税込）\n\n第7条（報酬）\n甲は乙に対し、月額金{月額報酬.金額}（消費税別）を支払う。",
    good: "条件\n  月額報酬：330,000円（税込）\n\n第7条（報酬）\n甲は乙に対し、月額金{月額報酬}を支払う。",
  },
};

const MODE_JA: Readonly<Record<TaxLabel["mode"], string>> = { exclusive: "税別", inclusive: "税込" };

/** A tax note written after a reference: {月額報酬.金額}（税込）. */
const NOTE_AFTER = /[ \u3000]*[（(]([^（）()]{1,8})[）)]/uy;
/** Tax words in prose; 消費税を含む/含まない are rewritten as a pair, the others to the value's label. */
const TAX_WORDS =
  /消費税(?:及び地方消費税)?等?を含(?:む|まない)|消費税(?:及び地方消費税)?等?は?別途|消費税(?:別|込み?|抜き?)|税別|税込み?|税抜き?|外税|内税/gu;
const taxWords = matchesOf(TAX_WORDS);
/** The sentence must be about the fee, not about another amount in the same article. */
const ABOUT_FEE = /報酬|月額|金額/u;

function modeOf(word: string): TaxLabel["mode"] {
  return /含まない|別|抜|外/u.test(word) ? "exclusive" : "inclusive";
}

/** The word rewritten to the value's mode, or null when it cannot be rewritten in place (…は別途). */
function rewrite(word: string, tax: TaxLabel): string | null {
  if (/を含(?:む|まない)$/u.test(word))
    return word.replace(/含(?:む|まない)$/u, tax.mode === "inclusive" ? "含む" : "含まない");
  return /別途$/u.test(word) ? null : tax.label;
}

interface Note {
  readonly span: Span;
  readonly text: string;
  readonly mode: TaxLabel["mode"];
  readonly fixes: readonly QuickFix[];
}

function noteAfterRef(line: ProseLine, ref: RefInline, tax: TaxLabel): Note | null {
  const offset = ref.span.end - line.start;
  // Sticky: the note must start right after the reference (a fresh regex: no shared lastIndex).
  const sticky = new RegExp(NOTE_AFTER);
  sticky.lastIndex = offset;
  const match = sticky.exec(line.text);
  const label = parseTaxLabel(match?.[1] ?? "");
  if (match === null || label === null) return null;
  const text = match[0].trimStart();
  const span = inFile(line, offset + match[0].length - text.length, text.length);
  const relabel: QuickFix = {
    title: `「（${tax.label}）」に直す`,
    edits: [{ span, newText: `（${tax.label}）` }],
  };
  // {月額報酬} already prints its own label, so the note is best removed; {月額報酬.金額} prints none.
  const remove: QuickFix = {
    title: "括弧書きを削除する（値の表記が使われます）",
    edits: [{ span: inFile(line, offset, match[0].length), newText: "" }],
    preferred: true,
  };
  const fixes = ref.path[1] === "金額" ? [{ ...relabel, preferred: true }] : [remove, relabel];
  return { span, text, mode: label.mode, fixes };
}

function notesAfterRefs(line: ProseLine, tax: TaxLabel): Note[] {
  return line.prose.inlines.flatMap((inline) =>
    inline.kind === "ref" && inline.path[0] === "月額報酬"
      ? [noteAfterRef(line, inline, tax)].filter((n) => n !== null)
      : [],
  );
}

/** The first of `spans` (sorted) that ends after `from`; the lookups must come in text order. */
function cursor(spans: readonly Span[]): (from: number) => Span | undefined {
  let next = 0;
  return (from) => {
    while ((spans[next]?.end ?? Infinity) <= from) next++;
    return spans[next];
  };
}

function feeRefSpans(line: ProseLine): Span[] {
  return line.prose.inlines.flatMap((i) =>
    i.kind === "ref" && i.path[0] === "月額報酬"
      ? [{ start: i.span.start - line.start, end: i.span.end - line.start }]
      : [],
  );
}

/** Tax words not inside a note already read, in a sentence about the fee. */
function wordsInProse(line: ProseLine, tax: TaxLabel, taken: readonly Span[]): Note[] {
  const text = line.proseOnly;
  const noteAt = cursor(taken);
  const feeRefAt = cursor(feeRefSpans(line));
  const notes: Note[] = [];
  for (const match of taxWords(text)) {
    const span = inFile(line, match.index, match[0].length);
    const note = noteAt(span.start);
    if (note !== undefined && note.start <= span.start && span.end <= note.end) continue;
    const sentence = sentenceAround(text, match.index);
    const feeRef = feeRefAt(sentence.start);
    const aboutFee =
      ABOUT_FEE.test(text.slice(sentence.start, sentence.end)) ||
      (feeRef !== undefined && feeRef.start < sentence.end);
    if (!aboutFee) continue;
    const newText = rewrite(match[0], tax);
    const fixes =
      newText === null
        ? []
        : [{ title: `「${newText}」に直す`, edits: [{ span, newText }], preferred: true }];
    notes.push({ span, text: match[0], mode: modeOf(match[0]), fixes });
  }
  return notes;
}

/** The fee's tax label, also when the amount itself is still blank (＿円（消費税別）). */
function feeTax({ analysis }: RuleContext): { tax: TaxLabel; span: Span; text: string } | null {
  const definition = analysis.scope.values.get("月額報酬");
  const value = definition?.value;
  if (definition === undefined || (value?.type !== "money" && value?.type !== "blank") || value.tax === null)
    return null;
  return { tax: value.tax, span: definition.valueSpan, text: definition.valueText };
}

function linesNearFee({ index }: RuleContext): ProseLine[] {
  const fee = linesOf(index, articleOn(index, "報酬"));
  const referring = index.references.filter(({ ref }) => ref.path[0] === "月額報酬").map(({ line }) => line);
  return [...new Set([...fee, ...referring])];
}

export const taxModeRule: Rule = {
  name: "consistency/tax-mode",
  kinds: [TAX_MODE],
  check(context) {
    const fee = feeTax(context);
    if (fee === null) return;
    for (const line of linesNearFee(context)) {
      const afterRefs = notesAfterRefs(line, fee.tax);
      const taken = afterRefs.map((n) => n.span);
      const notes = [...afterRefs, ...wordsInProse(line, fee.tax, taken)];
      for (const note of notes.filter((n) => n.mode !== fee.tax.mode)) {
        context.report(TAX_MODE, {
          span: note.span,
          message: `本文では「${note.text}」（${MODE_JA[note.mode]}）とされていますが、月額報酬の値は「${fee.text}」（${MODE_JA[fee.tax.mode]}）です。消費税分の金額が変わるため、本文の表記を値に合わせるか、値の括弧書きを直してください。`,
          related: [{ span: fee.span, message: `月額報酬の値（${fee.text}）` }],
          ...(note.fixes.length > 0 ? { data: fixData(...note.fixes) } : {}),
        });
      }
    }
  },
};
