/**
 * A 変更覚書 as a .contract file: the parties (as the new version names them), the amended
 * contract's title and date, one item per 改め文 with the new text it quotes (each line in 「」, so
 * that it is read as a quotation, not as this memorandum's own article or item), the date it takes
 * effect (a blank to fill), and the usual closing and signature block.
 */
import type { Analysis } from "../../model/analysis";
import { layoutTitle } from "../../render/layout";
import type { AmendmentDraft } from "./amendment";

/** Prose as written in a .contract file: a brace is doubled so that it is text, not a reference. */
function prose(text: string): string {
  return text.replace(/[{}]/g, (c) => c + c);
}

function quote(line: string): string {
  return `「${prose(line)}」`;
}

function partySymbols(after: Analysis): string[] {
  const symbols = after.scope.partyOrder.map((p) => p.symbol);
  return symbols.length === 0 ? ["甲", "乙"] : symbols;
}

/** 甲及び乙, 甲、乙及び丙. */
function together(symbols: readonly string[]): string {
  if (symbols.length <= 1) return symbols.join("");
  return `${symbols.slice(0, -1).join("、")}及び${symbols[symbols.length - 1] ?? ""}`;
}

function partyBlocks(after: Analysis): string[] {
  const blocks = after.document.blocks.filter((b) => b.kind === "party");
  if (blocks.length === 0) return ["当事者 甲", "  会社名：＿", "", "当事者 乙", "  会社名：＿", ""];
  return blocks.flatMap((b) => [after.text.slice(b.span.start, b.span.end).replace(/\s+$/u, ""), ""]);
}

/** The amended contract's date as written in it, or a blank. */
function originalDate(before: Analysis): string {
  const written = before.scope.values.get("契約締結日")?.valueText.trim() ?? "";
  return written === "" || /[\r\n]/u.test(written) ? "＿" : written;
}

function changeItems(draft: AmendmentDraft): string[] {
  const lines: string[] = [];
  draft.sentences.forEach((sentence, k) => {
    lines.push(`（${k + 1}）${prose(sentence.text)}`, ...sentence.quoted.map(quote));
  });
  for (const missing of draft.notDrafted) {
    lines.push(
      `// 自動では起案していない変更：${missing.replace(/[\r\n]/gu, " ")}。改め文を書き加えてください。`,
    );
  }
  return lines;
}

export function memorandumText(before: Analysis, after: Analysis, draft: AmendmentDraft): string {
  const symbols = partySymbols(after);
  // The title alone: the whole layout of each version is not needed for it.
  const title = layoutTitle(before.document) ?? layoutTitle(after.document) ?? "契約書";
  return [
    "// 変更覚書（keiyaku amend が新旧二つの版から起案したもの。内容を確かめてから署名に回してください）",
    "契約書「変更覚書」",
    "",
    ...partyBlocks(after),
    "条件",
    `  原契約締結日：${originalDate(before)}`,
    "  効力発生日：＿",
    "  契約締結日：＿",
    `  作成通数：${symbols.length}通`,
    "",
    "前文",
    `${together(symbols)}は、{原契約締結日}付で締結した「${prose(title)}」（以下「原契約」という。）の一部を変更するため、次のとおり覚書（以下「本覚書」という。）を締結する。`,
    "",
    "第1条（原契約の変更）",
    `${together(symbols)}は、原契約を次のように変更する。`,
    ...changeItems(draft),
    "",
    "第2条（効力発生日）",
    "本覚書は、{効力発生日}から効力を生じる。",
    "",
    "第3条（原契約との関係）",
    "本覚書に定めのない事項は、原契約の定めに従う。",
    "",
    "後文",
    `以上、本覚書締結の証として、本書{作成通数}を作成し、${symbols.join("")}各自署名又は記名押印のうえ、各1通を保有する。`,
    "",
    "契約締結日：{契約締結日}",
    "",
    "署名欄",
    ...symbols.map((s) => `  ${s}`),
    "",
  ].join("\n");
}
