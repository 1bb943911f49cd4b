/** Counts as 改め文 write them: 一条, 二条 … 十条, then 11条. */
const KANJI = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export function countText(count: number): string {
  return KANJI[count] ?? String(count);
}
