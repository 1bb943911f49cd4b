/**
 * consistency.subcontract-confidentiality: 乙 may subcontract, but the confidentiality and
 * personal-data articles bind only 甲 and 乙. The subcontractor who actually logs into 甲's
 * servers then owes 甲 nothing. The reference contract has this gap, hence information.
 */
import type { Article } from "../../../ast";
import type { ContractIndex } from "../../../model/contract-index";
import type { ProseLine } from "../../../model/prose-line";
import type { TextEdit } from "../../quick-fix";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule } from "../../rule";
import { articleLabel, articleOn, linesOf } from "../../support/articles";
import { inFile } from "../../support/prose-text";

export const SUBCONTRACT_CONFIDENTIALITY: DiagnosticKind = {
  id: "consistency.subcontract-confidentiality",
  severity: "information",
  title: "再委託を認めていますが、秘密保持・個人情報の義務が再委託先に及んでいません。",
  summary:
    "Subcontracting is allowed while the confidentiality and personal-data articles do not bind the subcontractor.",
  fix: "再委託の条に「乙は、再委託先に本契約と同等の秘密保持義務及び個人情報の保護に関する義務を負わせる」旨を加えてください。",
  example: {
    bad: "第5条（再委託）\n乙は、業務の全部又は一部を第三者へ再委託することができる。\n\n第14条（秘密保持）\n甲及び乙は、相手方の非公開情報を秘密として保持する。",
    good: "第5条（再委託）\n乙は、業務の全部又は一部を第三者へ再委託することができる。\n乙は、再委託先に対し、本契約に基づき乙が負う秘密保持義務と同等の義務を負わせ、再委託先の行為について甲に対して責任を負う。\n\n第14条（秘密保持）\n甲及び乙は、相手方の非公開情報を秘密として保持する。",
  },
};

const PERMISSION = /再委託(?:すること)?が?できる/u;
/** A duty article that reaches the subcontractor. */
const BINDS_THERE = /再?委託先|第三者に[^。]{0,80}(?:同等|同様)の義務|(?:同等|同様)の義務を負わせ/u;
/** …or the 再委託 article itself passing the duties on. */
const BINDS_HERE =
  /再?委託先[^。]{0,80}(?:秘密|守秘|個人情報|(?:同等|同様)の義務|本契約(?:上|に基づく)の?義務)|(?:同等|同様)の義務を負わせ/u;

function permission(lines: readonly ProseLine[]): { line: ProseLine; start: number; text: string } | null {
  for (const line of lines) {
    const match = PERMISSION.exec(line.text);
    if (match !== null) return { line, start: match.index, text: match[0] };
  }
  return null;
}

function dutiesText(unbound: readonly Duty[]): string {
  const confidential = unbound.some((u) => u.topic === "秘密保持");
  const personal = unbound.some((u) => u.topic === "個人情報保護");
  return [confidential ? "秘密保持義務" : null, personal ? "個人情報の保護に関する義務" : null]
    .filter((d) => d !== null)
    .join("及び");
}

/** A new last paragraph of the 再委託 article, numbered like the others. */
function addParagraph(index: ContractIndex, article: Article, sentence: string): TextEdit | null {
  const last = [...article.body].reverse().find((e) => e.kind !== "comment");
  if (last === undefined) return null;
  const numbers = index.paragraphsOf(article).flatMap(({ paragraph }) => paragraph.number?.value ?? []);
  const prefix = numbers.length === 0 ? "" : `${numbers.reduce((a, b) => Math.max(a, b)) + 1}．`;
  return { span: { start: last.span.end, end: last.span.end }, newText: `\n${prefix}${sentence}` };
}

interface Duty {
  readonly topic: "秘密保持" | "個人情報保護";
  readonly article: Article;
}

/** The duty articles present that do not reach the subcontractor. */
function unboundDuties(index: ContractIndex): Duty[] {
  return (["秘密保持", "個人情報保護"] as const)
    .map((topic) => ({ topic, article: articleOn(index, topic) }))
    .filter((d): d is Duty => d.article !== undefined)
    .filter((d) => !linesOf(index, d.article).some((l) => BINDS_THERE.test(l.text)));
}

export const subcontractConfidentialityRule: Rule = {
  name: "consistency/subcontract-confidentiality",
  kinds: [SUBCONTRACT_CONFIDENTIALITY],
  check({ index, report }) {
    const subcontract = articleOn(index, "再委託");
    const lines = linesOf(index, subcontract);
    const allowed = permission(lines);
    if (subcontract === undefined || allowed === null || lines.some((l) => BINDS_HERE.test(l.text))) return;
    const unbound = unboundDuties(index);
    if (unbound.length === 0) return;
    const labels = unbound.map((d) => articleLabel(d.article)).join("・");
    const sentence = `乙は、再委託先に対し、本契約に基づき乙が負う${dutiesText(unbound)}と同等の義務を負わせ、再委託先の行為について甲に対して責任を負う。`;
    const edit = addParagraph(index, subcontract, sentence);
    report(SUBCONTRACT_CONFIDENTIALITY, {
      span: inFile(allowed.line, allowed.start, allowed.text.length),
      message: `乙は業務を第三者へ再委託できますが、${labels}は再委託先に同等の義務を負わせていません。再委託先が甲の情報を漏らしても、再委託先を縛る定めがありません。${articleLabel(subcontract)}に「${sentence}」のような一文を加えてください。`,
      related: unbound.map((d) => ({
        span: d.article.heading.span,
        message: `${articleLabel(d.article)}：再委託先の義務に触れていません`,
      })),
      ...(edit === null
        ? {}
        : {
            data: fixData({
              title: `${articleLabel(subcontract)}に再委託先の義務を定める一文を加える`,
              edits: [edit],
            }),
          }),
    });
  },
};
