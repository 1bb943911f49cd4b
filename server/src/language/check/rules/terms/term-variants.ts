/**
 * term.variant: a defined term written another way (本契約 defined, 本件契約 used; 保守・運用業務
 * and 保守運用業務). Two spellings read as two things, and a court may give them two meanings.
 */
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule } from "../../rule";

export const TERM_VARIANT: DiagnosticKind = {
  id: "term.variant",
  severity: "warning",
  title: "定義された用語が、定義と違う書き方で使われています（本契約と本件契約など）。",
  summary: "A defined term is written in a variant form (本件契約 for 本契約, 保守運用 for 保守・運用).",
  fix: "定義したとおりの用語に書き換えてください。",
  example: {
    bad: "前文\nサーバー管理契約（以下「本契約」という。）を締結する。\n第1条（目的）\n本件契約の目的は次のとおりとする。",
    good: "前文\nサーバー管理契約（以下「本契約」という。）を締結する。\n第1条（目的）\n本契約の目的は次のとおりとする。",
  },
};

export const termVariantsRule: Rule = {
  name: "terms/term-variants",
  kinds: [TERM_VARIANT],
  check({ analysis, report }) {
    for (const variant of analysis.terms.variants) {
      const name = variant.definition.name;
      report(TERM_VARIANT, {
        span: variant.span,
        message: `「${variant.text}」は定義された用語「${name}」と書き方が違います。同じものを指すなら「${name}」に揃えてください。`,
        related: [{ span: variant.definition.nameSpan, message: `「${name}」はここで定義されています。` }],
        data: fixData({
          title: `「${name}」に書き換える`,
          edits: [{ span: variant.span, newText: name }],
          preferred: true,
        }),
      });
    }
  },
};
