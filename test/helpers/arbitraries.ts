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
  "  支払期日：毎月二十日締め翌月十日払い（休日の場合は翌営業日）",
  "  支払期日：請求書受領後三十日以内",
  "  月額報酬：金参拾萬円也（税込）",
  "  月額報酬：二〇〇万円",
  "  賠償上限期間：半年",
  "  会社名：株式会社ベータ【要確認】",
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

/** One piece of contract text: a grammar fragment, an odd character or random bytes. */
export const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 12 }).map((b) => new TextDecoder().decode(b)) },
);

export const lineBreak = fc.constantFrom("\n", "\r\n", "\r", "\n\n");

/** A whole hostile document: lines of fragments joined by mixed line endings. */
export const hostileContract = fc
  .array(fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 4 }), lineBreak), { maxLength: 40 })
  .map((lines) => lines.map(([parts, eol]) => parts.join("") + eol).join(""));

/**
 * Text a counterparty might type to get markup into the rendered contract: raw HTML, event
 * handlers, script and data URLs (plain, entity-encoded and split by control characters), and
 * Markdown link, image, autolink and reference syntax.
 */
export const MARKUP_INJECTIONS: readonly string[] = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//x.invalid/a.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg/onload=alert(1)>",
  '<a href="javascript:alert(1)">リンク</a>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus '",
  "[リンク](javascript:alert(1))",
  "[リンク](JAVASCRIPT:alert(1))",
  "[リンク](java\tscript:alert(1))",
  "[リンク](&#106;avascript:alert(1))",
  "[リンク](javascript&colon;alert(1))",
  "![画像](javascript:alert(1))",
  '[x](https://example.invalid "title" onclick=alert(1))',
  "<javascript:alert(1)>",
  "<https://example.invalid>",
  "[参照]\n\n[参照]: javascript:alert(1)",
  "[参照][r]",
  "[r]: javascript:alert(1)",
  "<!-- コメント -->",
  "<style>*{}</style>",
  "<iframe src=data:text/html,x>",
  "[データ](data:text/html;base64,PHNjcmlwdD4=)",
  "&lt;script&gt;",
  "*強調*_下線_`コード`",
  "# 見出し",
  "> 引用",
  "- 箇条書き",
  "1. 番号",
  "    字下げコード",
  "```",
  "---",
  "|表|表|",
  "\\",
];

/** One injection, or an ordinary contract word so that the injections land inside real text. */
export const markupInjection = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MARKUP_INJECTIONS) },
  { weight: 1, arbitrary: fc.constantFrom("甲", "乙", "本契約", "{月額報酬}", "{甲.会社名}", "　", "＿") },
);

const injected = fc.array(markupInjection, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));

/**
 * A contract whose every slot that reaches the rendered document (title, party fields, values,
 * headings, paragraphs, items, preamble, closing) carries markup injections.
 */
export const injectedContract = fc
  .record({
    title: injected,
    company: injected,
    address: injected,
    note: injected,
    heading: injected,
    paragraphs: fc.array(injected, { minLength: 1, maxLength: 4 }),
    items: fc.array(injected, { maxLength: 3 }),
    preamble: injected,
    closing: injected,
  })
  .map((c) =>
    [
      `契約書「${c.title}」`,
      "",
      "当事者 甲（委託者）",
      `  会社名：${c.company}`,
      `  所在地：${c.address}`,
      "  代表者：代表取締役 山田太郎",
      "",
      "当事者 乙（受託者）",
      "  会社名：＿",
      "",
      "条件",
      "  月額報酬：300,000円（消費税別）",
      `  備考：${c.note}`,
      "",
      "前文",
      c.preamble,
      "",
      `第1条（${c.heading}）`,
      ...c.paragraphs.map((p, i) => `${i + 1}．${p}`),
      ...c.items.map((item, i) => `（${i + 1}）${item}`),
      "",
      "第2条",
      c.paragraphs.join(""),
      "",
      "後文",
      c.closing,
      "",
      "署名欄",
      "  甲",
      "  乙",
      "",
    ].join("\n"),
  );

const layoutNoise = fc.constantFrom("", "", " ", "  ", "\u3000", "\t");
const noisyBreak = fc.constantFrom("\n", "\n", "\r\n", "\n\n", "\n\n\n");

/**
 * A well-formed contract with layout noise: random indentation and trailing spaces, ASCII
 * punctuation where the formatter writes full-width, and extra blank lines. What formatting must
 * normalise without touching a character of prose.
 */
export function messyContract(source: string): fc.Arbitrary<string> {
  const lines = source.split(/\r\n|\r|\n/);
  return fc
    .array(fc.tuple(layoutNoise, layoutNoise, noisyBreak, fc.boolean()), {
      minLength: lines.length,
      maxLength: lines.length,
    })
    .map((noise) =>
      lines
        .map((line, i) => {
          const [lead, trail, eol, ascii] = noise[i] ?? ["", "", "\n", false];
          const punctuated = ascii
            ? line
                .replace(/：/u, ":")
                .replace(/^(\d+)．/u, "$1.")
                .replace(/^（(\d+)）/u, "($1)")
                .replace(/^(第\S+条)（([^）]*)）/u, "$1($2)")
            : line;
          return `${lead}${punctuated}${trail}${eol}`;
        })
        .join(""),
    );
}

/**
 * Errors a drafter types into an article: none starts a line, so none can make or break a header.
 */
export const TYPED_JUNK: readonly string[] = [
  "{",
  "{月額",
  "}",
  "（",
  "第",
  "{}",
  "𠮷",
  "\r",
  "1．",
  "（1",
  "{{{",
  "\u202E",
  "「",
  "」",
  "（以下「",
  "第3条第",
  "{甲.",
  "＿",
  "\u0000",
  "\uD800",
  "前条",
];
