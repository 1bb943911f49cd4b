/**
 * The editor-facing files of the extension that VS Code reads without running any of our code:
 * the TextMate grammar (tokenised here with the same engine VS Code uses), the language
 * configuration, the snippets, the icons and the manifest's translations.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  NEW_CONTRACT_SNIPPET,
  renderSnippets,
  renderSnippetsFile,
  SNIPPETS_PATH,
  type Snippet,
} from "../../../scripts/snippets";
import { FILLED_PATH, readRepoFile, ROOT, TEMPLATE_PATH } from "../../helpers/fixtures";
import { GRAMMAR_PATH, tokenize, type TokenizedLine } from "../../helpers/textmate";

/** The first line that starts (after indentation) with `prefix`, or the `nth` such line. */
function lineStarting(doc: readonly TokenizedLine[], prefix: string, nth = 0): TokenizedLine {
  const found = doc.filter((line) => line.text.trimStart().startsWith(prefix))[nth];
  assert.ok(found, `no line starting with ${prefix}`);
  return found;
}

/**
 * The scopes of every token that overlaps the first occurrence of `needle` in the line, or in the
 * first occurrence of `within` when the needle also appears earlier in the line.
 */
function scopesAt(line: TokenizedLine, needle: string, within = needle): string[][] {
  const context = line.text.indexOf(within);
  const start = context < 0 ? -1 : line.text.indexOf(needle, context);
  assert.ok(start >= 0, `「${needle}」 is not in 「${line.text}」`);
  const end = start + needle.length;
  return line.tokens
    .filter((token) => token.startIndex < end && token.endIndex > start)
    .map((token) => token.scopes);
}

function describeScopes(line: TokenizedLine, needle: string, within = needle): string {
  return scopesAt(line, needle, within)
    .map((scopes) => scopes.join(" "))
    .join(" | ");
}

/** Every character of `needle` (looked for inside `within`) carries `scope`. */
function expectScope(line: TokenizedLine, needle: string, scope: string, within = needle): void {
  const all = scopesAt(line, needle, within);
  assert.ok(
    all.length > 0 && all.every((scopes) => scopes.includes(scope)),
    `「${needle}」 in 「${line.text}」 should be ${scope}; got ${describeScopes(line, needle, within)}`,
  );
}

/** No character of `needle` carries a scope starting with `prefix` (prose stays plain text). */
function expectNoScope(line: TokenizedLine, needle: string, prefix: string): void {
  const all = scopesAt(line, needle);
  assert.ok(
    all.every((scopes) => !scopes.some((scope) => scope.startsWith(prefix))),
    `「${needle}」 in 「${line.text}」 should have no ${prefix}* scope; got ${describeScopes(line, needle)}`,
  );
}

/** Only the file and block scopes: text the grammar leaves alone. */
function expectPlain(line: TokenizedLine, needle: string): void {
  for (const scopes of scopesAt(line, needle)) {
    const extra = scopes.filter((scope) => scope !== "source.contract" && !scope.startsWith("meta.block."));
    assert.deepEqual(extra, [], `「${needle}」 in 「${line.text}」 should be plain text`);
  }
}

const BLANK = "meta.blank.contract";
const BLANK_VISIBLE = "invalid.deprecated.blank.contract";
const PLACEHOLDER_VISIBLE = "invalid.deprecated.placeholder.contract";
const REFERENCE = "variable.other.reference.contract";

describe("TextMate grammar (syntaxes/contract.tmLanguage.json)", () => {
  it("is JSON with the scope name package.json contributes", () => {
    const grammar = JSON.parse(readRepoFile(GRAMMAR_PATH)) as { scopeName?: unknown };
    assert.equal(grammar.scopeName, "source.contract");
  });

  describe("the blank template", () => {
    let doc: TokenizedLine[] = [];
    before(async () => {
      doc = await tokenize(readRepoFile(TEMPLATE_PATH));
    });

    it("scopes // lines as comments", () => {
      const line = lineStarting(doc, "// サーバー管理契約書");
      expectScope(line, line.text, "comment.line.double-slash.contract");
      expectScope(line, "//", "punctuation.definition.comment.contract");
    });

    it("scopes the title line", () => {
      const line = lineStarting(doc, "契約書「");
      expectScope(line, "契約書", "keyword.control.block.title.contract");
      expectScope(line, "サーバー管理契約書", "entity.name.section.title.contract");
      expectScope(line, "サーバー管理契約書", "markup.heading.title.contract");
      expectScope(line, "「", "punctuation.definition.title.begin.contract");
    });

    it("scopes party headers: keyword, symbol and role", () => {
      const line = lineStarting(doc, "当事者 乙");
      expectScope(line, "当事者", "keyword.control.block.party.contract");
      expectScope(line, "乙", "constant.language.party.contract");
      expectScope(line, "受託者", "entity.other.attribute-name.role.contract");
    });

    it("scopes a party field and its blank", () => {
      const line = lineStarting(doc, "会社名：＿");
      expectScope(line, "会社名", "variable.other.definition.contract");
      expectScope(line, "：", "punctuation.separator.key-value.contract");
      expectScope(line, "＿", BLANK);
      expectScope(line, "＿", BLANK_VISIBLE);
    });

    it("scopes the section keywords", () => {
      expectScope(lineStarting(doc, "条件"), "条件", "keyword.control.block.terms.contract");
      expectScope(lineStarting(doc, "前文"), "前文", "keyword.control.block.preamble.contract");
      expectScope(lineStarting(doc, "後文"), "後文", "keyword.control.block.closing.contract");
      expectScope(lineStarting(doc, "署名欄"), "署名欄", "keyword.control.block.signatures.contract");
    });

    it("scopes the money and date blanks of 条件", () => {
      const fee = lineStarting(doc, "月額報酬：");
      expectScope(fee, "＿円", BLANK);
      expectScope(fee, "消費税別", "constant.language.tax.contract");
      expectScope(lineStarting(doc, "契約締結日："), "＿年＿月＿日", BLANK_VISIBLE);
    });

    it("scopes the typed values of 条件", () => {
      expectScope(lineStarting(doc, "支払期日："), "翌月末日", "constant.numeric.payment-due.contract");
      expectScope(lineStarting(doc, "契約期間："), "1年", "constant.numeric.duration.contract");
      expectScope(lineStarting(doc, "更新拒絶通知期限："), "30日前", "constant.numeric.duration.contract");
      expectScope(lineStarting(doc, "賠償上限期間："), "6か月", "constant.numeric.duration.contract");
      expectScope(lineStarting(doc, "作成通数："), "2通", "constant.numeric.count.contract");
    });

    it("scopes the defined term 「本契約」 in the preamble", () => {
      const line = lineStarting(doc, "サーバー管理契約（以下");
      expectScope(line, "本契約", "entity.name.type.term.contract");
      expectScope(line, "「本契約」", "string.quoted.other.term.contract");
      expectScope(line, "（以下「本契約」という。）", "meta.definition.term.contract");
      expectPlain(line, "サーバー管理契約");
      expectPlain(line, "は、以下の当事者間において締結される。");
    });

    it("scopes {甲.会社名} in prose as a reference, not as a definition", () => {
      const line = lineStarting(doc, "甲（委託者）：");
      expectNoScope(line, "甲（委託者）：", "variable.other.definition");
      expectScope(line, "{", "punctuation.definition.reference.begin.contract");
      expectScope(line, "甲", REFERENCE, "{甲.会社名}");
      expectScope(line, ".", "punctuation.accessor.contract");
      expectScope(line, "会社名", "variable.other.property.contract");
      expectScope(line, "}", "punctuation.definition.reference.end.contract");
    });

    it("scopes 第18条（損害賠償）: number and title separately", () => {
      const line = lineStarting(doc, "第18条");
      expectScope(line, "18", "constant.numeric.article.contract");
      expectScope(line, "損害賠償", "entity.name.section.article.contract");
      expectScope(line, "損害賠償", "markup.heading.article.contract");
      expectScope(line, "第", "keyword.other.article.contract");
      expectScope(line, "（", "punctuation.definition.heading.begin.contract");
      expectNoScope(line, "損害賠償", "constant.numeric");
    });

    it("scopes {月額報酬} in 第7条 as a reference", () => {
      const line = lineStarting(doc, "甲は乙に対し、本契約に基づく");
      expectScope(line, "月額報酬", REFERENCE);
      expectScope(line, "{月額報酬}", "meta.reference.contract");
      expectPlain(line, "甲は乙に対し、");
    });

    it("scopes paragraph numbers 1． and item numbers （1）", () => {
      const paragraph = lineStarting(doc, "2．乙の損害賠償責任");
      expectScope(paragraph, "2", "constant.numeric.paragraph.contract");
      expectScope(paragraph, "．", "punctuation.definition.list.paragraph.contract");
      expectScope(paragraph, "賠償上限期間", REFERENCE);
      const item = lineStarting(doc, "（1）クラウドサーバー");
      expectScope(item, "1", "constant.numeric.item.contract");
      expectScope(item, "（", "punctuation.definition.list.item.begin.contract");
      expectScope(item, "）", "punctuation.definition.list.item.end.contract");
      expectPlain(item, "クラウドサーバー");
    });

    it("leaves prose as plain text", () => {
      const line = lineStarting(doc, "本契約に関する一切の紛争");
      expectPlain(line, line.text);
    });

    it("reads 契約締結日：{契約締結日} in 後文 as prose with a reference", () => {
      const line = lineStarting(doc, "契約締結日：{");
      expectNoScope(line, "契約締結日：", "variable.other.definition");
      expectScope(line, "{契約締結日}", "meta.reference.contract");
    });

    it("scopes the parties listed under 署名欄", () => {
      const doc2 = doc.slice(doc.findIndex((line) => line.text === "署名欄"));
      expectScope(lineStarting(doc2, "甲"), "甲", "constant.language.party.contract");
      expectScope(lineStarting(doc2, "乙"), "乙", "constant.language.party.contract");
    });
  });

  describe("the filled-in contract", () => {
    let doc: TokenizedLine[] = [];
    before(async () => {
      doc = await tokenize(readRepoFile(FILLED_PATH));
    });

    it("scopes 300,000円（消費税別） as money", () => {
      const line = lineStarting(doc, "月額報酬：");
      expectScope(line, "300,000円", "constant.numeric.money.contract");
      expectScope(line, "（消費税別）", "constant.numeric.money.contract");
      expectScope(line, "消費税別", "constant.language.tax.contract");
    });

    it("scopes 令和8年12月1日 as a date", () => {
      const line = lineStarting(doc, "契約締結日：");
      expectScope(line, "令和8年12月1日", "constant.numeric.date.contract");
      expectScope(line, "令和", "support.constant.era.contract");
    });

    it("leaves party fields as text values, never blanks or numbers", () => {
      const line = lineStarting(doc, "所在地：東京都千代田区");
      expectScope(line, "東京都千代田区丸の内1-1-1", "meta.value.contract");
      expectNoScope(line, "東京都千代田区丸の内1-1-1", "constant");
      expectNoScope(line, "東京都千代田区丸の内1-1-1", BLANK);
    });
  });

  describe("hand-written lines", () => {
    it("scopes every form of value in 条件", async () => {
      const doc = await tokenize(
        [
          "条件",
          "  通知：30日前",
          "  期間：6か月",
          "  期間2：６ヶ月",
          "  金額：30万円",
          "  税込：1,100円(税込)",
          "  開始日：2026-12-01",
          "  終了日：2026年12月1日（火）",
          "  漢数字：二〇二六年十二月一日",
          "  元年：令和元年5月1日",
          "  通数：２通",
          "  支払：翌月10日",
          "  締め：毎月二十日締め翌月十日払い",
          "  受領：請求書受領後30日以内",
          "  休日：翌月末日（金融機関の休業日の場合は前営業日）",
          "  漢金額：金参拾萬円（消費税別）",
          "  半期：半年",
          "  空欄：＿＿＿",
          "  数だけ：30",
          "  間付き：1年間",
          "  備考：{月額報酬}の半額",
          "  全角 ： 1年",
          "  // 時刻：10:00 はコメント",
        ].join("\n"),
      );
      expectScope(lineStarting(doc, "通知"), "30日前", "constant.numeric.duration.contract");
      expectScope(lineStarting(doc, "期間："), "6か月", "constant.numeric.duration.contract");
      expectScope(lineStarting(doc, "期間2"), "６ヶ月", "constant.numeric.duration.contract");
      expectScope(lineStarting(doc, "金額"), "30万円", "constant.numeric.money.contract");
      expectScope(lineStarting(doc, "税込"), "税込", "constant.language.tax.contract", "(税込)");
      expectScope(lineStarting(doc, "開始日"), "2026-12-01", "constant.numeric.date.contract");
      const weekday = lineStarting(doc, "終了日");
      expectScope(weekday, "2026年12月1日（火）", "constant.numeric.date.contract");
      expectScope(weekday, "火", "constant.other.weekday.contract");
      expectScope(lineStarting(doc, "漢数字"), "二〇二六年十二月一日", "constant.numeric.date.contract");
      expectScope(lineStarting(doc, "元年"), "令和元年5月1日", "constant.numeric.date.contract");
      expectScope(lineStarting(doc, "通数"), "２通", "constant.numeric.count.contract");
      expectScope(lineStarting(doc, "支払"), "翌月10日", "constant.numeric.payment-due.contract");
      expectScope(
        lineStarting(doc, "締め"),
        "毎月二十日締め翌月十日払い",
        "constant.numeric.payment-due.contract",
      );
      expectScope(lineStarting(doc, "受領"), "請求書受領後30日以内", "constant.numeric.payment-due.contract");
      expectScope(
        lineStarting(doc, "休日"),
        "翌月末日（金融機関の休業日の場合は前営業日）",
        "constant.numeric.payment-due.contract",
      );
      expectScope(lineStarting(doc, "漢金額"), "金参拾萬円", "constant.numeric.money.contract");
      expectScope(lineStarting(doc, "半期"), "半年", "constant.numeric.duration.contract");
      expectScope(lineStarting(doc, "空欄"), "＿＿＿", BLANK);
      // Shapes the value parser does not accept stay unhighlighted, hinting that they are not values.
      expectNoScope(lineStarting(doc, "数だけ"), "30", "constant");
      expectNoScope(lineStarting(doc, "間付き"), "1年間", "constant");
      // A reference inside a value is literal text (docs/language.md §8).
      expectNoScope(lineStarting(doc, "備考"), "月額報酬", "variable.other.reference");
      const spaced = lineStarting(doc, "全角");
      expectScope(spaced, "全角", "variable.other.definition.contract");
      expectScope(spaced, "1年", "constant.numeric.duration.contract");
      const comment = lineStarting(doc, "// 時刻");
      expectScope(comment, "時刻：10:00", "comment.line.double-slash.contract");
      expectNoScope(comment, "時刻", "variable.other.definition");
    });

    it("scopes escaped braces, broken references and placeholders in prose", async () => {
      const doc = await tokenize(
        [
          "前文",
          "{{ escaped }} と {{月額報酬}}",
          "{{{月額報酬}}}",
          "{月額 報酬} と {}",
          "乙は{再委託先の名前を通知する。{契約期間}",
          "甲は乙に対し、●●までに【要確認】を提出する。〇〇、＿＿、［　］",
          "{ 契約期間 }／{甲．会社名}",
        ].join("\n"),
      );
      const escaped = lineStarting(doc, "{{ escaped");
      expectScope(escaped, "{{", "constant.character.escape.brace.contract");
      expectScope(escaped, "}}", "constant.character.escape.brace.contract");
      expectPlain(escaped, " escaped ");
      expectNoScope(escaped, "月額報酬", "variable");
      const triple = lineStarting(doc, "{{{");
      expectScope(triple, "月額報酬", REFERENCE);
      expectScope(triple, "{{", "constant.character.escape.brace.contract");
      const broken = lineStarting(doc, "{月額 報酬}");
      expectScope(broken, "{月額 報酬}", "invalid.illegal.reference.contract");
      expectScope(broken, "{}", "invalid.illegal.reference.contract");
      const unclosed = lineStarting(doc, "乙は{");
      expectScope(unclosed, "{", "invalid.illegal.reference.contract");
      // An unclosed { swallows the rest of the line, so the later reference is not one.
      expectNoScope(unclosed, "契約期間", "variable");
      const placeholders = lineStarting(doc, "甲は乙に対し、●●");
      for (const mark of ["●●", "【要確認】", "〇〇", "＿＿", "［　］"]) {
        expectScope(placeholders, mark, BLANK);
        expectScope(placeholders, mark, PLACEHOLDER_VISIBLE);
      }
      expectPlain(placeholders, "までに");
      const spaced = lineStarting(doc, "{ 契約期間 }");
      expectScope(spaced, "契約期間", REFERENCE);
      expectScope(spaced, "．", "punctuation.accessor.contract");
    });

    it("follows the block structure of docs/language.md", async () => {
      const doc = await tokenize(
        [
          "// 最初のコメント",
          "当事者甲（委託者）",
          "  会社名：株式会社アルファ",
          "前文",
          "月額報酬：300,000円",
          "1．前文では番号も普通の文字",
          "第5条（再委託（下請を含む））",
          "  // 字下げしたコメント",
          "URL は https://example.com とする。 // これは本文の一部",
          "民法第415条に基づく。",
          "第15条の2（監査）",
          "(2)半角の号",
          "1.5倍とする。",
          "第十八条（損害賠償）",
          "第14条（秘密保持）及び第15条の規定は存続する。",
          "第2章　運用",
          "別紙1（仕様書）",
          "対象サーバー：3台",
          "第7条（報酬",
          "第8条 支払方法",
          "条件",
          "  作成通数：2通",
        ].join("\n"),
      );
      const party = lineStarting(doc, "当事者甲");
      expectScope(party, "甲", "constant.language.party.contract");
      expectScope(lineStarting(doc, "会社名"), "会社名", "variable.other.definition.contract");
      const prose = lineStarting(doc, "月額報酬：300,000円");
      expectPlain(prose, prose.text);
      expectPlain(lineStarting(doc, "1．前文"), "1．");
      const nested = lineStarting(doc, "第5条");
      expectScope(nested, "再委託（下請を含む）", "entity.name.section.article.contract");
      assert.ok(nested.tokens.at(-1)?.scopes.includes("punctuation.definition.heading.end.contract"));
      expectScope(lineStarting(doc, "// 字下げ"), "字下げしたコメント", "comment.line.double-slash.contract");
      expectPlain(lineStarting(doc, "URL"), "// これは本文の一部");
      expectPlain(lineStarting(doc, "民法"), "民法第415条");
      const branch = lineStarting(doc, "第15条の2");
      expectScope(branch, "監査", "entity.name.section.article.contract");
      expectScope(branch, "2", "constant.numeric.article.contract", "の2");
      expectScope(lineStarting(doc, "(2)"), "2", "constant.numeric.item.contract");
      expectPlain(lineStarting(doc, "1.5倍"), "1.5倍");
      expectScope(lineStarting(doc, "第十八条"), "十八", "constant.numeric.article.contract");
      expectPlain(lineStarting(doc, "第14条（秘密保持）及び"), "第14条（秘密保持）及び");
      expectScope(lineStarting(doc, "第2章"), "運用", "entity.name.section.chapter.contract");
      expectScope(lineStarting(doc, "第2章"), "第2章", "markup.heading.chapter.contract");
      expectScope(lineStarting(doc, "別紙1"), "仕様書", "entity.name.section.annex.contract");
      expectPlain(lineStarting(doc, "対象サーバー"), "対象サーバー：3台");
      expectScope(lineStarting(doc, "第7条（報酬"), "報酬", "entity.name.section.article.contract");
      expectScope(lineStarting(doc, "第8条 支払方法"), "支払方法", "entity.name.section.article.contract");
      // 条件 after the articles is a block of its own again.
      expectScope(lineStarting(doc, "作成通数"), "2通", "constant.numeric.count.contract");
    });
  });
});

describe("language configuration (client/language-configuration.json)", () => {
  interface LanguageConfiguration {
    comments: { lineComment: string };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
    wordPattern: string;
  }
  const config = JSON.parse(readRepoFile("client/language-configuration.json")) as LanguageConfiguration;
  const pairs: [string, string][] = [
    ["「", "」"],
    ["『", "』"],
    ["（", "）"],
    ["【", "】"],
    ["{", "}"],
    ["［", "］"],
  ];

  it("has // line comments and the Japanese bracket pairs", () => {
    assert.equal(config.comments.lineComment, "//");
    for (const pair of pairs) {
      assert.ok(
        config.brackets.some(([open, close]) => open === pair[0] && close === pair[1]),
        `bracket ${pair.join("")}`,
      );
      assert.ok(
        config.autoClosingPairs.some(({ open, close }) => open === pair[0] && close === pair[1]),
        `auto-closing ${pair.join("")}`,
      );
      assert.ok(
        config.surroundingPairs.some(([open, close]) => open === pair[0] && close === pair[1]),
        `surrounding ${pair.join("")}`,
      );
    }
  });

  it("has a word pattern that takes a Japanese name as one word", () => {
    // VS Code adds the g flag itself; the pattern must never match the empty string.
    const words = (text: string) => text.match(new RegExp(config.wordPattern, "g")) ?? [];
    assert.equal(new RegExp(config.wordPattern).exec("")?.[0], undefined);
    assert.deepEqual(words("{月額報酬}"), ["月額報酬"]);
    assert.deepEqual(words("{甲.会社名}"), ["甲", "会社名"]);
    assert.deepEqual(words("{更新拒絶通知期限}までに"), ["更新拒絶通知期限", "までに"]);
    assert.deepEqual(words("賠償上限期間：6か月"), ["賠償上限期間", "6か月"]);
    assert.deepEqual(words("「サーバー管理契約書」、𠮷野家・ｻｰﾊﾞｰ"), [
      "サーバー管理契約書",
      "𠮷野家",
      "ｻｰﾊﾞｰ",
    ]);
  });
});

describe("snippets (client/snippets/contract.code-snippets)", () => {
  const snippets = renderSnippets();

  /** What VS Code inserts when every tab stop keeps its default. */
  function expandDefaults(body: readonly string[]): string[] {
    return body.map((line) =>
      line
        .replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, (_, text: string) => text.replace(/\\(.)/g, "$1"))
        .replace(/\\([$\\])/g, "$1"),
    );
  }

  it("is what scripts/snippets.ts generates (npx tsx scripts/snippets.ts --write)", () => {
    assert.equal(readFileSync(SNIPPETS_PATH, "utf8"), renderSnippetsFile());
  });

  it("is JSON once its header comments are dropped", () => {
    const text = readFileSync(SNIPPETS_PATH, "utf8")
      .split("\n")
      .filter((line) => !line.startsWith("//"))
      .join("\n");
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(snippets)));
  });

  it("inserts the whole blank template, without its comments", () => {
    const snippet = snippets[NEW_CONTRACT_SNIPPET];
    assert.ok(snippet);
    assert.deepEqual(snippet.prefix, ["keiyaku", "契約書"]);
    const template = readRepoFile(TEMPLATE_PATH)
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("//"))
      .join("\n")
      .trim();
    assert.equal(expandDefaults(snippet.body).join("\n"), template);
  });

  it("puts tab stops on the party blanks, the fee and the signing date", () => {
    const body = snippets[NEW_CONTRACT_SNIPPET]?.body.join("\n") ?? "";
    const stops = [...body.matchAll(/\$\{(\d+):([^}]*)\}/g)].map((m) => [Number(m[1]), m[2]]);
    assert.deepEqual(stops, [
      [1, "＿"],
      [2, "＿"],
      [3, "＿"],
      [4, "＿"],
      [5, "＿"],
      [6, "＿"],
      [7, "＿円（消費税別）"],
      [8, "＿年＿月＿日"],
    ]);
    assert.match(body, /月額報酬：\$\{7:/);
    assert.match(body, /契約締結日：\$\{8:/);
  });

  it("has one snippet per standard article, with the number as the first tab stop", () => {
    const articles = Object.entries(snippets).filter(([name]) => name !== NEW_CONTRACT_SNIPPET);
    assert.equal(articles.length, 25);
    const prefixes = articles.flatMap(([, snippet]: [string, Snippet]) => snippet.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length, "prefixes are unique");
    const damages = snippets["第18条（損害賠償）"];
    assert.ok(damages);
    assert.deepEqual(damages.prefix, ["第条損害賠償", "article-liability"]);
    assert.equal(damages.body[0], "第${1:18}条（損害賠償）");
    assert.ok(damages.body.some((line) => line.includes("{賠償上限期間}")));
    assert.ok(snippets["第1条（目的）"]?.prefix.includes("article-purpose"));
  });
});

describe("icons (client/media)", () => {
  it("icon.png is a 128×128 PNG that scripts/make-icon.mjs reproduces", () => {
    const png = readFileSync(join(ROOT, "client/media/icon.png"));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString("ascii", 12, 16), "IHDR");
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
    // Throws (exit code 1) when the committed PNG is not what the script draws.
    execFileSync(process.execPath, [join(ROOT, "scripts/make-icon.mjs"), "--check"], { stdio: "pipe" });
  });

  it("file-icon.svg is a standalone SVG", () => {
    const svg = readRepoFile("client/media/file-icon.svg");
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 32 32"/);
    assert.doesNotMatch(svg, /<text|<script|href=/, "paths only: no fonts, scripts or links");
  });
});

describe("manifest translations (package.nls.json, package.nls.ja.json)", () => {
  const manifestKeys = [...readRepoFile("package.json").matchAll(/"%([^"%]+)%"/g)].map((m) => m[1] ?? "");
  const english = JSON.parse(readRepoFile("package.nls.json")) as Record<string, string>;
  const japanese = JSON.parse(readRepoFile("package.nls.ja.json")) as Record<string, string>;

  it("have exactly the same keys", () => {
    assert.deepEqual(Object.keys(japanese).sort(), Object.keys(english).sort());
  });

  it("translate every %key% of package.json, and nothing else", () => {
    assert.ok(manifestKeys.length > 0);
    assert.deepEqual([...new Set(manifestKeys)].sort(), Object.keys(english).sort());
  });

  it("are non-empty, and Japanese in package.nls.ja.json", () => {
    for (const [key, text] of Object.entries(english)) assert.ok(text.trim().length > 0, key);
    for (const [key, text] of Object.entries(japanese)) assert.match(text, /[ぁ-んァ-ヶ一-龠]/, key);
  });
});
