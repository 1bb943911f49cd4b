/**
 * The form in which two spellings of a company name compare equal when a reader would take them
 * for the same name: width (ＡＢＣ/ABC), hiragana for katakana (べータ/ベータ), small kana for large
 * (アルフア/アルファ), 旧字 for 新字 (會社/会社), and invisible or spacing characters dropped.
 */
import { isKanjiOrKana } from "../../vocabulary/kanji-kana";

/** Characters that print nothing or only space: a name typed with one inside still reads the same. */
const IGNORED = /[\s\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/u;

const SMALL_KANA: Readonly<Record<string, string>> = {
  ァ: "ア",
  ィ: "イ",
  ゥ: "ウ",
  ェ: "エ",
  ォ: "オ",
  ッ: "ツ",
  ャ: "ヤ",
  ュ: "ユ",
  ョ: "ヨ",
  ヮ: "ワ",
  ヵ: "カ",
  ヶ: "ケ",
};

/** The 旧字 of characters common in company names; NFKC leaves these as they are. */
const OLD_FORMS: Readonly<Record<string, string>> = {
  會: "会",
  國: "国",
  學: "学",
  澤: "沢",
  邊: "辺",
  邉: "辺",
  齋: "斎",
  齊: "斉",
  髙: "高",
  﨑: "崎",
  濱: "浜",
  櫻: "桜",
  廣: "広",
  榮: "栄",
  實: "実",
  藝: "芸",
  鐵: "鉄",
  號: "号",
  眞: "真",
  德: "徳",
};

const HIRAGANA_FIRST = 0x3041;
const HIRAGANA_LAST = 0x3096;
const KATAKANA_OFFSET = 0x60;

/** One character of source text in folded form: "" for an ignored character, several for ㈱. */
export function foldChar(char: string): string {
  // Kanji and kana are their own NFKC form (vocabulary/kanji-kana.ts): most of a company name.
  if (char.length === 1 && isKanjiOrKana(char.charCodeAt(0))) return foldOne(char);
  if (IGNORED.test(char)) return "";
  return [...char.normalize("NFKC")].map(foldOne).join("");
}

function foldOne(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const katakana =
    code >= HIRAGANA_FIRST && code <= HIRAGANA_LAST ? String.fromCodePoint(code + KATAKANA_OFFSET) : char;
  return SMALL_KANA[katakana] ?? OLD_FORMS[katakana] ?? katakana;
}

/** A whole name in folded form. */
export function foldName(name: string): string {
  return [...name].map(foldChar).join("");
}
