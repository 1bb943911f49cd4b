/**
 * structure.unknown-contract-type: the title names no known kind of contract, so the checks of a
 * kind (its standard articles, required parties and values) do not run. Saying so, with the kinds
 * that exist, keeps a retitled contract from silently losing those checks: the drafter can put the
 * kind's name in the title or add the kind to the workspace (.keiyaku/types/). A contract between
 * companies is still checked for the essentials of every business contract (the generic kind).
 */
import type { DiagnosticKind, Rule } from "../../rule";

export const STRUCTURE_UNKNOWN_CONTRACT_TYPE: DiagnosticKind = {
  id: "structure.unknown-contract-type",
  severity: "information",
  title: "タイトルがどの種類の契約書にも当たらないため、種類ごとの検査（標準の条・必要な値）が行われません。",
  summary:
    "The title matches no contract type (built-in or in .keiyaku/types/), so the type's checks (standard articles, required parties and values) do not run; the message lists the known types. A contract between companies is still checked for the essentials of any business contract.",
  fix: "タイトルに種類の名前（サーバー管理契約書、業務委託契約書（準委任）など）を含めるか、.keiyaku/types/ にこの種類を追加してください。",
  example: {
    bad: "契約書「取引契約書」",
    good: "契約書「サーバー管理契約書」",
  },
};

export const unknownContractTypeRule: Rule = {
  name: "structure/unknown-contract-type",
  kinds: [STRUCTURE_UNKNOWN_CONTRACT_TYPE],
  check({ analysis, setup, report }) {
    const title = analysis.document.blocks.find((b) => b.kind === "title");
    if (title?.kind !== "title" || isRecognised(setup.contractType)) return;
    const known = setup.catalog.types
      .filter((type) => !type.generic)
      .map((type) => `${type.name}（${type.id}）`)
      .join("、");
    const fallback =
      setup.contractType === null
        ? ""
        : `事業者間の契約に共通の条（${essentials(setup.contractType)}）だけを確かめます。`;
    report(STRUCTURE_UNKNOWN_CONTRACT_TYPE, {
      span: title.titleSpan,
      message: `タイトル「${title.title}」はどの種類の契約書にも当たらないため、種類ごとの検査（標準の条・必要な当事者と値）は行われません。${fallback}既知の種類：${known}。タイトルに種類の名前を含めるか、.keiyaku/types/ にこの種類を追加してください。`,
    });
  },
};

function essentials(type: { readonly standardArticles: readonly { readonly topic: string }[] }): string {
  return type.standardArticles.map((a) => a.topic).join("・");
}

/** No type, or the catch-all type (business-contract) that stands for "a kind we do not know". */
function isRecognised(type: { readonly catchAll: boolean } | null): boolean {
  return type !== null && !type.catchAll;
}
