/** security.bidi-control: an invisible character that reorders how text is displayed. */
import { BIDI_CONTROLS, bidiName } from "../../../vocabulary/control-characters";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule } from "../../rule";

export const BIDI_CONTROL: DiagnosticKind = {
  id: "security.bidi-control",
  severity: "error",
  title: "表示の順序を変える不可視の制御文字（双方向制御文字）が含まれています。",
  summary:
    "An invisible bidirectional control character that can make text display in another order than it reads (Trojan Source).",
  fix: "意図したものでなければ削除してください。相手方から受け取ったファイルなら、内容が見た目どおりか確かめてください。",
  example: {
    bad: "甲は乙に対し、月額金\u202E円000,003\u202Cを支払う。",
    good: "甲は乙に対し、月額金300,000円を支払う。",
  },
};

export const bidiControlRule: Rule = {
  name: "security/bidi-controls",
  kinds: [BIDI_CONTROL],
  check({ analysis, views, report }) {
    // Bidi controls are marked characters: a contract without any is passed over at once.
    if (!views.mayHoldMarkedCharacter) return;
    for (const match of analysis.text.matchAll(BIDI_CONTROLS)) {
      const span = { start: match.index, end: match.index + match[0].length };
      report(BIDI_CONTROL, {
        span,
        message: `見えない双方向制御文字（${bidiName(match[0])}）があります。表示される文字の順序が実際と異なる可能性があります。意図したものでなければ削除してください。`,
        data: fixData({ title: "制御文字を削除", edits: [{ span, newText: "" }], preferred: true }),
      });
    }
  },
};
