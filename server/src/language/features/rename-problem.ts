/**
 * Why a new name for a value or a defined term would change what the contract says, or null when it
 * would not. Renaming 月額報酬 to 甲 made every {月額報酬} a reference to the party (「月額金甲を支払う」);
 * a name that holds a character the reader cannot see looks like another name and is not.
 */
import type { Analysis } from "../model/analysis";
import { MARKED_CHARACTERS } from "../vocabulary/control-characters";
import { CANDIDATE_TERMS } from "../model/defined-terms";
import { PARTY_FIELDS } from "../standard-values";
import { INDIVIDUAL_FIELDS } from "../model/party-kind";

/** The words that begin a block or a line of the grammar: a name equal to one would read as it. */
const KEYWORDS: readonly string[] = ["契約書", "当事者", "条件", "前文", "後文", "署名欄", "役割", "金額"];
const PARTY_SYMBOLS = /^[甲乙丙丁]$/u;
const SYNTAX = /[\s{}.．：:「」（）()]/u;
const LONE_SURROGATE = /\p{Surrogate}/u;
const INVISIBLE = new RegExp(MARKED_CHARACTERS.source, "u");

export type RenameKind = "value" | "term";

function collision(analysis: Analysis, kind: RenameKind, name: string): string | null {
  const { scope } = analysis;
  if (PARTY_SYMBOLS.test(name) || scope.parties.has(name))
    return `「${name}」は当事者の記号です。値や用語の名前にすると、本文の意味が変わります。`;
  const fields = new Set<string>([...PARTY_FIELDS, ...INDIVIDUAL_FIELDS]);
  for (const party of scope.partyOrder)
    for (const entry of party.entries) if (entry.kind === "definition") fields.add(entry.name);
  if (fields.has(name)) return `「${name}」は当事者の欄の名前です。別の名前にしてください。`;
  if (KEYWORDS.includes(name)) return `「${name}」は契約書の書式で使う語です。別の名前にしてください。`;
  if (scope.values.has(name)) return `値「${name}」はすでにあります。別の名前にしてください。`;
  const terms = analysis.terms.definitions.map((d) => d.name);
  if (terms.includes(name) || (kind === "term" && CANDIDATE_TERMS.includes(name)))
    return `用語「${name}」はすでにあります。別の名前にしてください。`;
  return null;
}

export function renameProblem(
  analysis: Analysis,
  kind: RenameKind,
  oldName: string,
  newName: string,
): string | null {
  if (newName === oldName) return null;
  if (newName.length === 0 || SYNTAX.test(newName))
    return `「${newName}」は名前に使えません。空白・括弧・「{」「}」「.」「：」を含まない名前にしてください。`;
  if (INVISIBLE.test(newName) || LONE_SURROGATE.test(newName))
    return "新しい名前に、見えない文字（制御文字・ゼロ幅文字など）か壊れた文字が含まれています。目に見える文字だけで書いてください。";
  return collision(analysis, kind, newName);
}
