/**
 * ref.unknown-annex: prose names an annex (別紙2, 別紙「料金表」, 別紙料金表) that the contract does
 * not attach, while it does attach annexes. A contract that attaches none is told to attach them
 * by blank.undecided instead.
 */
import { annexLabel } from "../../../article-label";
import { annexMentions } from "../../../model/annex-references";
import type { DiagnosticKind, Rule } from "../../rule";

export const REF_UNKNOWN_ANNEX: DiagnosticKind = {
  id: "ref.unknown-annex",
  severity: "warning",
  title: "本文が参照している別紙が添付されていません。",
  summary:
    "Prose names an annex (別紙2, 別紙「料金表」) that the contract does not attach, although it attaches others.",
  fix: "別紙の番号・名前を添付した別紙に合わせるか、その別紙を「別紙2（料金表）」の見出しで添付してください。",
  example: {
    bad: "第3条（業務内容）\n乙は別紙2に定める業務を行う。\n\n別紙1（仕様書）\n対象サーバー：3台",
    good: "第3条（業務内容）\n乙は別紙1に定める業務を行う。\n\n別紙1（仕様書）\n対象サーバー：3台",
  },
};

export const annexReferencesRule: Rule = {
  name: "references/annex-references",
  kinds: [REF_UNKNOWN_ANNEX],
  check({ index, report }) {
    const { annexes } = index;
    if (annexes.length === 0) return;
    const attached = annexes.map((a) =>
      a.title === null ? annexLabel(a) : `${annexLabel(a)}（${a.title}）`,
    );
    for (const line of index.proseLines) {
      for (const mention of annexMentions(line, annexes)) {
        if (!mention.specific || mention.annex !== null) continue;
        report(REF_UNKNOWN_ANNEX, {
          span: mention.span,
          message: `「${mention.written}」は添付されていません（添付されている別紙：${attached.join("、")}）。別紙の番号・名前を確かめるか、その別紙を添付してください。`,
          related: annexes.map((a) => ({ span: a.headerSpan, message: `${annexLabel(a)}はここです。` })),
        });
      }
    }
  },
};
