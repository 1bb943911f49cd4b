/** Word's number formats (w:numFmt) as the text Word draws for a list counter. */
const KANJI_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const IROHA =
  "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
const AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
const TEN_STEMS = "甲乙丙丁戊己庚辛壬癸";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** 1 → 一, 10 → 十, 25 → 二十五, 100 → 百 (up to 9999), as Word's japaneseCounting. */
function kanji(n: number): string {
  if (n <= 0 || n > 9999) return String(n);
  const units: readonly [number, string][] = [
    [1000, "千"],
    [100, "百"],
    [10, "十"],
  ];
  let rest = n;
  let out = "";
  for (const [size, unit] of units) {
    const digit = Math.floor(rest / size);
    if (digit > 0) out += (digit === 1 ? "" : KANJI_DIGITS[digit]) + unit;
    rest %= size;
  }
  return out + (rest > 0 ? (KANJI_DIGITS[rest] ?? "") : "");
}

function roman(n: number): string {
  const table: readonly [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let rest = Math.min(Math.max(n, 1), 3999);
  let out = "";
  for (const [size, letters] of table) for (; rest >= size; rest -= size) out += letters;
  return out;
}

function cyclic(letters: string, n: number): string {
  const chars = [...letters];
  return chars[(n - 1) % chars.length] ?? String(n);
}

function letter(n: number): string {
  return String.fromCharCode(0x61 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "japaneseCounting":
    case "japaneseDigitalTenThousand":
    case "ideographDigital":
      return kanji(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? (CIRCLED[n - 1] ?? String(n)) : String(n);
    case "iroha":
    case "irohaFullWidth":
      return cyclic(IROHA, n);
    case "aiueo":
    case "aiueoFullWidth":
      return cyclic(AIUEO, n);
    case "ideographTraditional":
      return cyclic(TEN_STEMS, n);
    case "lowerLetter":
      return letter(n);
    case "upperLetter":
      return letter(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "none":
    case "bullet":
      return "";
    default:
      return String(n);
  }
}

export function escapeText(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}
