/**
 * consistency.second-cap: a liability cap stated outside the liability articles. Two caps invite
 * a dispute over which one applies (and a court reads the ambiguity against the drafter). The
 * liability articles are found by topic: 損害賠償 and a separate 責任の制限 are both where the cap
 * belongs.
 */
import type { ProseLine } from "../../../model/prose-line";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule } from "../../rule";
import { articleLabel, articlesOn, placeLabel, topicLines } from "../../support/articles";
import { inFile, sentenceAround } from "../../support/prose-text";
import { matchesOf } from "../../../pattern-matches";

export const SECOND_CAP: DiagnosticKind = {
  id: "consistency.second-cap",
  severity: "warning",
  title: "損害賠償の上限が、損害賠償の条の外にも定められています。",
  summary: "A second liability cap is stated outside the liability article.",
  fix: "上限は損害賠償の条（第18条）にまとめ、他の条の上限の定めは削除するか「第18条の定めに従う」としてください。",
  example: {
    bad: "第10条（障害対応）\n障害対応に関する乙の損害賠償額は、金10万円を上限とする。\n\n第18条（損害賠償）\n乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。",
    good: "第10条（障害対応）\n障害対応に関する乙の損害賠償責任は、第18条の定めに従う。\n\n第18条（損害賠償）\n乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。",
  },
};

/** The words that make a sentence a cap; group 1 is what is reported (without を). */
const CAP_WORDS = /を?(上限(?:額|とする)|限度(?:額|とする)|超えない範囲)/gu;
const capWords = matchesOf(CAP_WORDS);
/** …and what makes it a cap on liability rather than on, say, 追加費用. */
const LIABILITY = /賠償|責任/u;

interface CapStatement {
  readonly line: ProseLine;
  readonly start: number;
  readonly text: string;
}

// An array, not a generator: it is asked of every prose line, and most lines hold no cap.
function capStatements(line: ProseLine, needsLiability: boolean): CapStatement[] {
  const text = line.proseOnly;
  const caps: CapStatement[] = [];
  for (const match of capWords(text)) {
    const sentence = sentenceAround(text, match.index);
    if (needsLiability && !LIABILITY.test(text.slice(sentence.start, sentence.end))) continue;
    const word = match[1] ?? "";
    caps.push({ line, start: match.index + match[0].indexOf(word), text: word });
  }
  return caps;
}

function firstCap(lines: readonly ProseLine[]): CapStatement | undefined {
  return lines.flatMap((line) => capStatements(line, false))[0];
}

// In steps: every prose line is read for caps, ~25 ms at 10,000 articles.
export const secondCapRule: Rule = steppedRule({
  name: "consistency/second-cap",
  kinds: [SECOND_CAP],
  *steps({ index, report }) {
    const main = firstCap(topicLines(index, "損害賠償"));
    const liability = main?.line.article;
    if (main === undefined || liability === null || liability === undefined) return;
    const liabilityArticles = new Set(articlesOn(index, "損害賠償"));
    const mainSpan = inFile(main.line, main.start, main.text.length);
    yield* eachInSteps(index.proseLines, (line) => {
      if (line.article !== null && liabilityArticles.has(line.article)) return;
      for (const cap of capStatements(line, true)) {
        report(SECOND_CAP, {
          span: inFile(line, cap.start, cap.text.length),
          message: `${articleLabel(liability)}のほかに、ここでも損害賠償の上限を定めています。上限が二つあると、どちらが適用されるかで争いになります。上限は${articleLabel(liability)}にまとめ、ここは削除するか「第${liability.heading.number.text}条の定めに従う」としてください。`,
          related: [{ span: mainSpan, message: `${placeLabel(index, main.line)}の損害賠償の上限` }],
        });
      }
    });
  },
});
