/**
 * What a drafter should know before renaming a value: the checks find the fee, the term, the cap
 * window … by their standard names, so a renamed standard value silently drops out of them. Value
 * names never print, so there is rarely a reason to; the rename is allowed, with this warning.
 */
import type { Analysis } from "../model/analysis";
import { STANDARD_VALUES } from "../standard-values";
import { targetAt } from "./navigation";

export function renameWarning(analysis: Analysis, offset: number, newName: string): string | null {
  const target = targetAt(analysis, offset);
  if (target?.kind !== "value" || !Object.hasOwn(STANDARD_VALUES, target.name)) return null;
  if (newName === target.name || Object.hasOwn(STANDARD_VALUES, newName)) return null;
  return (
    `「${target.name}」は標準の値の名前です。「${newName}」に変えると、この名前で値を探す検査` +
    `（報酬・期間・賠償上限などの整合）が働かなくなります。値の名前は清書には出ません。` +
    `元に戻すには、もう一度名前を「${target.name}」に変えてください。`
  );
}
