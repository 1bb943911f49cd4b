/** A new number written the way the old one was: 12, １２ or 十二. */
import { toHalfWidthDigits } from "../../values/numerals";

const KANJI = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const UNITS: readonly [number, string][] = [
  [1000, "千"],
  [100, "百"],
  [10, "十"],
];

function toKanji(n: number): string {
  if (n === 0) return "〇";
  let rest = n;
  let text = "";
  for (const [unit, name] of UNITS) {
    const digit = Math.floor(rest / unit);
    if (digit > 0) text += (digit === 1 ? "" : (KANJI[digit] ?? "")) + name;
    rest %= unit;
  }
  return rest > 0 ? text + (KANJI[rest] ?? "") : text;
}

function toFullWidth(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

export function formatLike(written: string, n: number): string {
  if (/^[0-9]+$/.test(written)) return String(n);
  if (/^[０-９]+$/.test(written)) return toFullWidth(n);
  if (/^[0-9０-９]+$/.test(toHalfWidthDigits(written))) return String(n);
  return n > 0 && n < 10000 ? toKanji(n) : String(n);
}
