/**
 * fast-check generators for hostile contract text: grammar fragments mixed with every kind of line
 * ending, a BOM, surrogate pairs, full-width characters, bidi controls, NUL and random bytes.
 */
import fc from "fast-check";

const FRAGMENTS = [
  "契約書「サーバー管理契約書」",
  "当事者 甲（委託者）",
  "当事者 乙(受託者)",
  "当事者",
  "  会社名：＿",
  "  所在地：東京都港区芝公園1-1-1",
  "条件",
  "  月額報酬：300,000円（消費税別）",
  "  月額報酬：-1.5円（謎）",
  "  契約締結日：令和元年4月30日（火）",
  "  契約期間：1年",
  "  賠償上限期間：6か月",
  "  更新拒絶通知期限：30日前",
  "  支払期日：翌月末日",
  "  作成通数：2通",
  "前文",
  "後文",
  "署名欄",
  "  甲",
  "第1条（目的）",
  "第２条（管理対象",
  "第十八条（損害賠償）",
  "第99条",
  "1．甲は乙に対し{月額報酬}を支払う。",
  "2．前条及び第18条第3項による。",
  "（1）前各号に付随する業務",
  "(2)民法第415条",
  "{甲.会社名}{乙.電話}{未定義}{{}}{",
  "（以下「本契約」という。）本件契約",
  "直近12か月間の報酬総額を上限とする。",
  "●●【要確認】［　］＿＿",
  "別途定める。別紙仕様書",
  "// コメント",
  "2026年2月30日（月）令和8年（2025年）",
];

const ODD = [
  "\r\n",
  "\r",
  "\n",
  "\uFEFF",
  "𠮷",
  "\u3000",
  "１２３",
  "\u202E",
  "\u2066",
  "\u0000",
  "\uD800",
  "\uDC00",
  "}",
  "{",
  "（",
  "）",
  "「",
  "」",
  "：",
  "．",
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 12 }).map((b) => new TextDecoder().decode(b)) },
);

const lineBreak = fc.constantFrom("\n", "\r\n", "\r", "\n\n");

/** A whole hostile document: lines of fragments joined by mixed line endings. */
export const hostileContract = fc
  .array(fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 4 }), lineBreak), { maxLength: 40 })
  .map((lines) => lines.map(([parts, eol]) => parts.join("") + eol).join(""));
