/**
 * blank.undecided: 「別途定める」「別紙」 — something the contract leaves to another document or a
 * later decision. Not an error, but someone must attach or decide it before signing. A contract
 * that attaches its annexes (別紙 blocks) has decided what 別紙 means.
 */
import type { AnnexBlock } from "../../../ast";
import type { ProseLine } from "../../../model/prose-line";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule } from "../../rule";
import { matchesOf } from "../../../pattern-matches";

export const BLANK_UNDECIDED: DiagnosticKind = {
  id: "blank.undecided",
  severity: "information",
  title: "「別途定める」「別紙」とされた事項があります。",
  summary: "Something is left to be decided separately (別途定める) or to an attachment (別紙).",
  fix: "別紙を添付するか、定める内容を本文に書いてください。",
  example: {
    bad: "2．バックアップデータの保存期間は別途定める。",
    good: "2．バックアップデータの保存期間は30日とする。",
  },
};

const SEPARATELY = /別途(?:定める|定めるところ|協議して定める)/gu;
const separately = matchesOf(SEPARATELY);
const ATTACHMENT = /別紙[\p{Script=Han}\p{Script=Katakana}ー0-9０-９]{0,12}/gu;
const attachments = matchesOf(ATTACHMENT);

// The subject of 「…は別途定める」: the text from the sentence start up to は.
function subjectBefore(text: string, index: number): string | null {
  const sentenceStart = Math.max(text.lastIndexOf("。", index - 1) + 1, 0);
  const before = text.slice(sentenceStart, index).replace(/^\d+[．.]/u, "");
  const match = /^(.+?)(?:は|については|に関しては)$/u.exec(before);
  return match?.[1] ?? null;
}

interface Undecided {
  readonly start: number;
  readonly text: string;
  readonly message: string;
}

// An array, not a generator: it is asked of every prose line, and most lines hold nothing.
function findings(line: ProseLine, annexes: readonly AnnexBlock[]): Undecided[] {
  const found: Undecided[] = [];
  for (const match of separately(line.text)) {
    const subject = subjectBefore(line.text, match.index);
    const what = subject === null ? "その内容" : `「${subject}」`;
    found.push({
      start: line.start + match.index,
      text: match[0],
      message: `${what}は「${match[0]}」とされています。署名までに決めて本文に書くか、別紙として添付してください。`,
    });
  }
  // A contract that attaches its annexes has decided them; one it names but does not attach is
  // ref.unknown-annex.
  if (annexes.length > 0) return found;
  for (const match of attachments(line.text)) {
    found.push({
      start: line.start + match.index,
      text: match[0],
      message: `「${match[0]}」を参照しています。契約書に添付してください。`,
    });
  }
  return found;
}

export const undecidedRule: Rule = steppedRule({
  name: "blank/left-undecided",
  kinds: [BLANK_UNDECIDED],
  steps({ index, report }) {
    return eachInSteps(index.proseLines, (line) => {
      for (const f of findings(line, index.annexes)) {
        report(BLANK_UNDECIDED, {
          span: { start: f.start, end: f.start + f.text.length },
          message: f.message,
        });
      }
    });
  },
});
