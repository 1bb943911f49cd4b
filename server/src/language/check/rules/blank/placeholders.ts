/** blank.placeholder: marks left in the prose for something to be filled in (＿＿, ●●, 【要確認】 …). */
import { placeholdersIn } from "../../../values/placeholder";
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

export const placeholderRule: Rule = {
  name: "blank/placeholders",
  kinds: [BLANK_PLACEHOLDER],
  check({ index, report }) {
    for (const line of index.proseLines) {
      for (const mark of placeholdersIn(line.text)) {
        const start = line.start + mark.index;
        report(BLANK_PLACEHOLDER, {
          span: { start, end: start + mark.text.length },
          message: `本文に記入待ちの印「${mark.text}」が残っています。実際の文言に置き換えてください。`,
        });
      }
    }
  },
};
