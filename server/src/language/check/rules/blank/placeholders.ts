/** blank.placeholder: marks left in the prose for something to be filled in (＿＿, ●●, 【要確認】 …). */
import type { DiagnosticKind, Rule } from "../../rule";

export const BLANK_PLACEHOLDER: DiagnosticKind = {
  id: "blank.placeholder",
  severity: "warning",
  title: "本文に記入待ちの印（＿＿、●●、〇〇、【要確認】、［　］など）が残っています。",
  summary: "A placeholder mark (＿＿, ●●, 〇〇, 【要確認】, ［　］) is left in the prose.",
  fix: "印を実際の文言に置き換えるか、値として「条件」に定義して「{名前}」で参照してください。",
  example: {
    bad: "甲は乙に対し、●●までに【要確認】を提出する。",
    good: "甲は乙に対し、毎月10日までに作業報告書を提出する。",
  },
};

// Runs of blank marks, circled or x'd placeholders, bracketed review notes and empty brackets.
const PLACEHOLDER =
  /＿{2,}|_{3,}|[●○〇◯]{2,}|[×✕]{2,}|【[^】\n]{0,20}?(?:要確認|要検討|未定|確認中|TBD|TODO)[^】\n]{0,20}?】|［[ \u3000]*］|\[[ \u3000]*\]|（[ \u3000]+）/gu;

export const placeholderRule: Rule = {
  name: "blank/placeholders",
  kinds: [BLANK_PLACEHOLDER],
  check({ index, report }) {
    for (const line of index.proseLines) {
      for (const match of line.text.matchAll(PLACEHOLDER)) {
        const start = line.start + match.index;
        report(BLANK_PLACEHOLDER, {
          span: { start, end: start + match[0].length },
          message: `本文に記入待ちの印「${match[0]}」が残っています。実際の文言に置き換えてください。`,
        });
      }
    }
  },
};
