/**
 * Completion: value names and party fields inside {…}, the standard values in 条件, payment terms
 * after 支払期日：, and at the start of a line the block headers and a skeleton for every standard
 * article the contract is missing (with its next number).
 */
import { typeSetup } from "../check/check-setup";
import type { ContractType } from "../model/contract-type";
import { articleCovering } from "../model/type-coverage";
import type { ContractTypeData } from "../types/contract-type-data";
import { snapToBoundary } from "../positions";
import type { Analysis } from "../model/analysis";
import type { Span } from "../ast";
import { STANDARD_VALUES } from "../standard-values";
import { signingFields } from "../model/party-kind";
import { formatValue } from "../values/value-parse";

export type CompletionKind = "value" | "field" | "keyword" | "article" | "enum";

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail: string;
  readonly insertText: string;
  /** The text the completion replaces (what the user typed so far). */
  readonly replace: Span;
  /** insertText uses snippet syntax ($1, ${1:…}). */
  readonly snippet: boolean;
  readonly documentation?: string;
}

function lineBefore(text: string, offset: number): { text: string; start: number } {
  let start = offset;
  while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  return { text: text.slice(start, offset), start };
}

function referenceCompletions(analysis: Analysis, typed: string, offset: number): CompletionEntry[] {
  const dot = Math.max(typed.lastIndexOf("."), typed.lastIndexOf("．"));
  const replace = { start: offset - (typed.length - dot - 1), end: offset };
  if (dot >= 0) return fieldCompletions(analysis, typed.slice(0, dot), replace);
  const values = [...analysis.scope.values.values()].map((d): CompletionEntry => ({
    label: d.name,
    kind: "value",
    detail: formatValue(d.value),
    insertText: d.name,
    replace,
    snippet: false,
  }));
  const parties = analysis.scope.partyOrder.map((p): CompletionEntry => ({
    label: p.symbol,
    kind: "value",
    detail: `当事者（${p.role ?? ""}）`,
    insertText: p.symbol,
    replace,
    snippet: false,
  }));
  return [...values, ...parties];
}

function fieldCompletions(analysis: Analysis, owner: string, replace: Span): CompletionEntry[] {
  const party = analysis.scope.parties.get(owner);
  if (party !== undefined) {
    const declared = party.entries.flatMap((e) => (e.kind === "definition" ? [e.name] : []));
    const fields = [...new Set([...signingFields(party), ...declared, "役割"])];
    return fields.map((field) => {
      const definition = party.entries.find((e) => e.kind === "definition" && e.name === field);
      const detail =
        field === "役割"
          ? (party.role ?? "")
          : definition?.kind === "definition"
            ? formatValue(definition.value)
            : "＿";
      return { label: field, kind: "field", detail, insertText: field, replace, snippet: false };
    });
  }
  const value = analysis.scope.values.get(owner)?.value;
  if (value?.type === "money" || (value?.type === "blank" && value.of === "money")) {
    return [
      {
        label: "金額",
        kind: "field",
        detail: "税の表示なしの金額",
        insertText: "金額",
        replace,
        snippet: false,
      },
    ];
  }
  return [];
}

const PAYMENT_TERMS = [
  "当月末日",
  "翌月末日",
  "翌々月末日",
  "翌月10日",
  "翌月15日",
  "毎月末日締め翌月末日払い",
  "請求書受領後30日以内",
  "検収完了後30日以内",
];

function termsCompletions(analysis: Analysis, line: string, offset: number): CompletionEntry[] {
  const colon = /^[ \t\u3000]*([^：:]+)[：:][ \t\u3000]*(\S*)$/u.exec(line);
  if (colon !== null) {
    if (colon[1] !== "支払期日") return [];
    const replace = { start: offset - (colon[2]?.length ?? 0), end: offset };
    return PAYMENT_TERMS.map((t) => ({
      label: t,
      kind: "enum",
      detail: "支払期日",
      insertText: t,
      replace,
      snippet: false,
    }));
  }
  const typed = line.trimStart();
  const replace = { start: offset - typed.length, end: offset };
  return Object.entries(STANDARD_VALUES)
    .filter(([name]) => !analysis.scope.values.has(name))
    .map(([name, standard]) => ({
      label: name,
      kind: "value",
      detail: standard.description,
      insertText: `${name}：$1`,
      replace,
      snippet: true,
    }));
}

const HEADERS: readonly { label: string; insert: string; detail: string }[] = [
  { label: "契約書「…」", insert: "契約書「${1:サーバー管理契約書}」", detail: "契約書のタイトル" },
  {
    label: "当事者 甲（委託者）",
    insert: "当事者 ${1:甲}（${2:委託者}）\n  会社名：${3:＿}\n  所在地：${4:＿}\n  代表者：${5:＿}",
    detail: "当事者と会社名・所在地・代表者",
  },
  { label: "条件", insert: "条件\n  ", detail: "契約の値（月額報酬、契約期間など）" },
  { label: "前文", insert: "前文\n", detail: "条文の前の文" },
  { label: "後文", insert: "後文\n", detail: "条文の後の文（作成通数、署名の前）" },
  { label: "署名欄", insert: "署名欄\n  甲\n  乙\n", detail: "当事者の署名欄" },
];

function headerCompletions(
  analysis: Analysis,
  typed: string,
  offset: number,
  type: ContractType | null,
): CompletionEntry[] {
  const replace = { start: offset - typed.length, end: offset };
  const headers = HEADERS.map((h) => ({
    label: h.label,
    kind: "keyword" as const,
    detail: h.detail,
    insertText: h.insert,
    replace,
    snippet: true,
  }));
  return [...headers, ...articleSkeletons(analysis, replace, type)];
}

function articleSkeletons(analysis: Analysis, replace: Span, type: ContractType | null): CompletionEntry[] {
  if (type === null) return [];
  const numbers = analysis.index.articles.map((a) => a.heading.number.value ?? 0);
  const next = Math.max(0, ...numbers) + 1;
  return type.standardArticles
    .filter((standard) => articleCovering(standard, analysis.index) === undefined)
    .map((standard) => ({
      label: `第${next}条（${standard.topic}）`,
      kind: "article",
      detail: standard.essential ? "標準条項（重要）" : "標準条項",
      insertText: [`第${next}条（${standard.topic}）`, ...standard.skeleton].join("\n").replace(/\$/g, "\\$"),
      replace,
      snippet: true,
      documentation: standard.skeleton.join("\n"),
    }));
}

function blockKindAt(analysis: Analysis, offset: number): string | null {
  const block = analysis.document.blocks.find((b) => b.span.start <= offset && offset <= b.span.end);
  return block?.kind ?? null;
}

/** `types`: the workspace's contract types, as the check options carry them. */
export function completionsAt(
  analysis: Analysis,
  at: number,
  types?: readonly ContractTypeData[],
): CompletionEntry[] {
  const offset = snapToBoundary(analysis.text, at);
  const line = lineBefore(analysis.text, offset);
  const open = line.text.lastIndexOf("{");
  if (open >= 0 && !line.text.slice(open).includes("}")) {
    return referenceCompletions(analysis, line.text.slice(open + 1), offset);
  }
  if (blockKindAt(analysis, offset) === "terms" && line.text.trim() !== "条件") {
    return termsCompletions(analysis, line.text, offset);
  }
  if (/^[^\s]{0,12}$/u.test(line.text))
    return headerCompletions(analysis, line.text, offset, typeSetup(analysis, { types }).contractType);
  return [];
}
