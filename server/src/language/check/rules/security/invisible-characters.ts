/**
 * security.control-character, security.invisible-character and security.invisible-in-name:
 * characters a reader cannot see (see bidi.ts). Each renders as a visible ⟨U+XXXX⟩, so the printed
 * contract would show the mark; inside a party's field or a value of 条件 an invisible character
 * also makes two names that look the same differ (株式会社アル(U+200B)ファ is not 株式会社アルファ).
 */
import type { Block, Span } from "../../../ast";
import {
  codePointLabel,
  CONTROL_CHARACTERS,
  INVISIBLE_CHARACTERS,
} from "../../../vocabulary/control-characters";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";

export const CONTROL_CHARACTER: DiagnosticKind = {
  id: "security.control-character",
  severity: "error",
  title: "制御文字（NUL など）が含まれています。",
  summary:
    "A C0 or C1 control character other than tab and line breaks (NUL, vertical tab, form feed, DEL …): invisible, and dropped or replaced by some programs.",
  fix: "削除してください。印刷した契約書では ⟨U+0000⟩ のような印として表示されます。",
  example: {
    bad: "第1条（目的）\n甲は乙に\u0000業務を委託する。",
    good: "第1条（目的）\n甲は乙に業務を委託する。",
  },
};

export const INVISIBLE_CHARACTER: DiagnosticKind = {
  id: "security.invisible-character",
  severity: "warning",
  title: "見えない文字（ゼロ幅スペース・ソフトハイフンなど）が含まれています。",
  summary:
    "An invisible character (zero-width space or joiner, soft hyphen, filler, tag character …) in prose: it shows as nothing, and makes a word differ from the same word without it.",
  fix: "意図したものでなければ削除してください。印刷した契約書では ⟨U+200B⟩ のような印として表示されます。",
  example: {
    bad: "第1条（目的）\n甲は乙に業\u200B務を委託する。",
    good: "第1条（目的）\n甲は乙に業務を委託する。",
  },
};

export const INVISIBLE_IN_NAME: DiagnosticKind = {
  id: "security.invisible-in-name",
  severity: "error",
  title: "当事者の欄か条件の値に、見えない文字が含まれています。",
  summary:
    "An invisible or control character in a party's field or a value of 条件: the name looks like another one and is not (株式会社アル\\u200Bファ).",
  fix: "削除してください。相手方から受け取ったファイルなら、名前や金額が見た目どおりか確かめてください。",
  example: {
    bad: "当事者 甲（委託者）\n  会社名：株式会社アル\u200Bファ",
    good: "当事者 甲（委託者）\n  会社名：株式会社アルファ",
  },
};

/** The spans of every field of a party and every value of 条件, in source order. */
function fieldSpans(blocks: readonly Block[]): Span[] {
  return blocks.flatMap((block) =>
    block.kind === "party" || block.kind === "terms"
      ? block.entries.flatMap((e) => (e.kind === "definition" ? [e.span] : []))
      : [],
  );
}

function reportAll(pattern: RegExp, context: RuleContext, kind: (at: number) => DiagnosticKind): void {
  for (const match of context.analysis.text.matchAll(pattern)) {
    // A U+FEFF at the very start is a byte order mark, not part of the text.
    if (match.index === 0 && match[0] === "\uFEFF") continue;
    const span = { start: match.index, end: match.index + match[0].length };
    const label = codePointLabel(match[0]);
    const reported = kind(match.index);
    const where = reported === INVISIBLE_IN_NAME ? "名前や値の中に" : "";
    context.report(reported, {
      span,
      message: `${where}見えない文字（${label}）があります。見た目は同じでも別の文字列になり、印刷では ⟨${label}⟩ と表示されます。意図したものでなければ削除してください。`,
      data: fixData({ title: `${label} を削除`, edits: [{ span, newText: "" }], preferred: true }),
    });
  }
}

/** Whether an offset is inside one of the sorted spans; offsets arrive in increasing order. */
function insideSpans(spans: readonly Span[]): (offset: number) => boolean {
  let next = 0;
  return (offset) => {
    while (next < spans.length && (spans[next]?.end ?? 0) <= offset) next++;
    const span = spans[next];
    return span !== undefined && span.start <= offset;
  };
}

export const invisibleCharactersRule: Rule = {
  name: "security/invisible-characters",
  kinds: [CONTROL_CHARACTER, INVISIBLE_CHARACTER, INVISIBLE_IN_NAME],
  check(context) {
    // Almost every contract holds none: one shared loop of comparisons instead of two patterns.
    if (!context.views.mayHoldMarkedCharacter) return;
    const inControlField = insideSpans(fieldSpans(context.analysis.document.blocks));
    reportAll(CONTROL_CHARACTERS, context, (at) =>
      inControlField(at) ? INVISIBLE_IN_NAME : CONTROL_CHARACTER,
    );
    const inInvisibleField = insideSpans(fieldSpans(context.analysis.document.blocks));
    reportAll(INVISIBLE_CHARACTERS, context, (at) =>
      inInvisibleField(at) ? INVISIBLE_IN_NAME : INVISIBLE_CHARACTER,
    );
  },
};
