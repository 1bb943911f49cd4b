/**
 * A blank template made from a contract type's data, for a workspace type that names no template
 * file of its own: its title, its parties with blank fields, its values (blank when required,
 * else their example), a 前文, its standard articles' skeletons numbered in order, and the 後文.
 * A built-in type ships a written template instead (samples/types/).
 */
import type { ContractTypeData } from "./contract-type-data";

function valueLine(value: NonNullable<ContractTypeData["values"]>[number]): string {
  if (value.required === true || value.example === undefined) {
    return `  ${value.name}：${value.type === "money" ? "＿円" : value.type === "date" ? "＿年＿月＿日" : "＿"}`;
  }
  return `  ${value.name}：${value.example}`;
}

export function typeTemplate(type: ContractTypeData): string {
  const parties = type.parties ?? [
    { symbol: "甲" as const, roles: [] },
    { symbol: "乙" as const, roles: [] },
  ];
  const lines = [
    `// ${type.name}（ひな形）`,
    "// 空欄（＿）は、契約書を相手方へ送る前にすべて埋めてください。",
    "",
    `契約書「${type.name}」`,
    "",
  ];
  for (const party of parties) {
    const role = party.roles?.[0];
    lines.push(
      `当事者 ${party.symbol}${role === undefined ? "" : `（${role}）`}`,
      "  会社名：＿",
      "  所在地：＿",
      "  代表者：＿",
      "",
    );
  }
  const values = type.values ?? [];
  if (values.length > 0) lines.push("条件", ...values.map(valueLine), "");
  const names = parties.map((p) => `{${p.symbol}.会社名}（以下「${p.symbol}」という。）`).join("と");
  lines.push("前文", `${names}は、次のとおり契約（以下「本契約」という。）を締結する。`, "");
  type.articles.forEach((article, index) => {
    lines.push(`第${index + 1}条（${article.topic}）`, ...article.skeleton, "");
  });
  lines.push(
    "後文",
    "本契約締結の証として本書を作成し、各当事者記名押印のうえ、各1通を保有する。",
    "",
    "署名欄",
  );
  lines.push(...parties.map((p) => `  ${p.symbol}`), "");
  return lines.join("\n");
}
