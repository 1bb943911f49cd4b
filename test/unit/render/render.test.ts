import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContractService } from "../../../server/src/language";
import { FILLED_PATH, GOLDEN_PATH, readRepoFile, ROOT, sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { htmlProblems, openingTags } from "../../helpers/html-structure";

const service = createContractService();

function render(text: string, format: "text" | "markdown" | "html"): string {
  return service.render(service.analyze(text), format);
}

describe("render: the golden text", () => {
  it("renders the blank template exactly as the reference contract (byte for byte)", () => {
    const rendered = render(sample(TEMPLATE_PATH), "text");
    const golden = readRepoFile(GOLDEN_PATH);
    assert.equal(
      Buffer.compare(Buffer.from(rendered, "utf8"), Buffer.from(golden, "utf8")),
      0,
      "differs from golden",
    );
  });

  it("keeps the fixture identical to the shared seed when the seed is present", function () {
    const seed = join(ROOT, "..", "shared", "seed", "golden.txt");
    if (!existsSync(seed)) this.skip();
    assert.equal(readRepoFile(GOLDEN_PATH), readFileSync(seed, "utf8"));
  });

  it("renders the same text from CRLF source, with a BOM", () => {
    const crlf = `\uFEFF${sample(TEMPLATE_PATH).replace(/\n/g, "\r\n")}`;
    assert.equal(render(crlf, "text"), readRepoFile(GOLDEN_PATH));
  });
});

describe("render: the filled contract", () => {
  const text = render(sample(FILLED_PATH), "text");

  it("puts each value in place", () => {
    assert.match(text, /月額金300,000円（消費税別）を支払う。/);
    assert.match(text, /請求月の翌月末日までに/);
    assert.match(text, /直近6か月間に/);
    assert.match(text, /期間満了日の30日前までに/);
    assert.match(text, /本書2通を作成し/);
    assert.match(text, /契約締結日：令和8年12月1日\n/);
    assert.match(text, /甲（委託者）：株式会社アルファ\n/);
    assert.match(
      text,
      /乙（受託者）\n会社名：株式会社ベータ\n\n所在地：東京都港区芝公園1-1-1\n\n代表者：代表取締役 佐藤花子\n/,
    );
  });

  it("leaves only the signature lines blank", () => {
    assert.equal((text.match(/＿/g) ?? []).length, 20);
    assert.equal((text.match(/署名・押印：＿{10}/g) ?? []).length, 2);
  });

  it("renders a 西暦 date as written and money in canonical form", () => {
    const source = sample(FILLED_PATH)
      .replace("契約締結日：令和8年12月1日", "契約締結日：2026-12-01")
      .replace("300,000円", "30万円");
    const out = render(source, "text");
    assert.match(out, /契約締結日：2026年12月1日\n/);
    assert.match(out, /月額金300,000円（消費税別）/);
  });
});

describe("render: values and blanks", () => {
  const base = "条件\n  月額報酬：{fee}\n前文\n{line}\n";
  const cases: [string, string, string][] = [
    ["＿", "{月額報酬}", "＿＿＿＿円"],
    ["＿円（税込）", "{月額報酬}", "＿＿＿＿円（税込）"],
    ["300000円（税別）", "{月額報酬.金額}", "300,000円"],
    ["300000円", "{甲.会社名}", "{甲.会社名}"],
    ["300000円", "{{月額報酬}}", "{月額報酬}"],
    ["300000円", "{未定義}", "{未定義}"],
  ];
  for (const [fee, line, expected] of cases) {
    it(`${line} with 月額報酬：${fee} renders ${expected}`, () => {
      const out = render(base.replace("{fee}", fee).replace("{line}", line), "text");
      assert.equal(out, `${expected}\n`);
    });
  }

  it("renders a party field left out as a blank, and 役割", () => {
    const out = render(
      "当事者 甲（委託者）\n  会社名：株式会社アルファ\n前文\n{甲.所在地}／{甲.役割}／{甲}\n",
      "text",
    );
    assert.equal(out, "＿＿＿＿＿＿＿＿＿＿／委託者／甲\n");
  });

  it("shows a mistyped party field as written instead of as a blank", () => {
    assert.equal(render("当事者 甲（委託者）\n前文\n{甲.会社明}\n", "text"), "{甲.会社明}\n");
  });

  it("keeps an undeclared signatory's signature block", () => {
    assert.match(
      render("署名欄\n  丁\n", "text"),
      /^丁\n会社名：＿+\n\n所在地：＿+\n\n代表者：＿+\n\n署名・押印：＿+\n$/,
    );
  });

  it("renders all parties in the signature blocks when none is listed", () => {
    const out = render("当事者 甲（委託者）\n当事者 乙（受託者）\n署名欄\n", "text");
    assert.match(
      out,
      /^甲（委託者）\n会社名：＿+\n\n所在地：＿+\n\n代表者：＿+\n\n署名・押印：＿+\n\n乙（受託者）/,
    );
  });

  it("signs an individual by 住所 and 氏名, names it by its 氏名, and leaves its sizes out", () => {
    const individual = [
      "当事者 甲（委託者）",
      "  会社名：株式会社アルファ",
      "当事者 乙（受託者）",
      "  氏名：鈴木一郎",
      "  従業員数：0人",
      "  屋号：スズキデザイン",
      "前文",
      "乙（受託者）：{乙.会社名}",
      "署名欄",
      "  乙",
      "",
    ].join("\n");
    assert.match(
      render(individual, "text"),
      /^乙（受託者）：鈴木一郎\n\n乙（受託者）\n住所：＿+\n\n氏名：鈴木一郎\n\n屋号：スズキデザイン\n\n署名・押印：＿+\n$/u,
    );
    const withAddress = individual.replace("  氏名：", "  所在地：東京都港区芝公園1-1-1\n  氏名：");
    assert.match(render(withAddress, "text"), /\n所在地：東京都港区芝公園1-1-1\n\n氏名：鈴木一郎\n/u);
  });

  it("keeps a block the grammar cannot read in the output", () => {
    assert.match(render("当事者\n第1条（目的）\n本文\n", "text"), /^当事者\n\n第1条（目的）\n本文\n$/);
  });

  it("folds runs of blank lines in prose to one", () => {
    assert.equal(render("前文\n\n一\n\n\n\n二\n\n", "text"), "一\n\n二\n");
  });
});

describe("render: Markdown", () => {
  it("marks the title and the article headings", () => {
    const md = render(sample(TEMPLATE_PATH), "markdown");
    assert.match(md, /^# サーバー管理契約書\n/);
    assert.match(md, /\n## 第18条（損害賠償）\n/);
    assert.match(md, /\n2．乙の損害賠償責任の総額は、直近6か月間に/);
  });

  it("escapes Markdown syntax typed into the contract", () => {
    const md = render("前文\n**太字** [x](javascript:alert(1)) <b>\n- 箇条\n1. 番号\n", "markdown");
    assert.match(md, /\\\*\\\*太字\\\*\\\* \\\[x\\\]\(javascript:alert\(1\)\) \\<b\\>/);
    assert.match(md, /\n\\- 箇条\n/);
    assert.match(md, /\n1\\\. 番号\n/);
  });
});

describe("render: HTML", () => {
  const hostile = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[link](javascript:alert(1))",
    "[cmd](command:workbench.action.terminal.new)",
    "<a href='vscode:extension/x'>x</a>",
    "![img](data:text/html;base64,PHNjcmlwdD4=)",
    "&lt;script&gt; &#x3C;script>",
    "<style>body{display:none}</style>",
    "`code` *em* __strong__",
  ];

  it("writes a well-formed document with a strict Content-Security-Policy", () => {
    const html = render(sample(TEMPLATE_PATH), "html");
    assert.deepEqual(htmlProblems(html), []);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/,
    );
    assert.match(html, /<h2 data-line="\d+" class="kc-heading[^"]*">第18条（損害賠償）<\/h2>/);
  });

  it("marks blanks with the offsets of their definition", () => {
    const text = sample(TEMPLATE_PATH);
    const html = render(text, "html");
    const blanks = [
      ...html.matchAll(/<span class="kc-blank" data-start="(\d+)" data-end="(\d+)">([^<]*)<\/span>/g),
    ];
    assert.equal(blanks.length, 10, "2 in 前文, fee, date, 3 fields × 2 parties");
    for (const [, start, end] of blanks) {
      assert.match(text.slice(Number(start), Number(end)), /^＿/);
    }
  });

  it("puts the source line on each block element", () => {
    const text = sample(TEMPLATE_PATH);
    const html = render(text, "html");
    const line = text.split("\n").findIndex((l) => l.startsWith("第18条"));
    assert.match(html, new RegExp(`<h2 data-line="${line}"[^>]*>第18条`));
  });

  for (const attack of hostile) {
    it(`escapes ${attack} typed into prose, a heading and a value`, () => {
      const source = `契約書「${attack}」\n当事者 甲（委託者）\n  会社名：${attack}\n前文\n${attack}\n{甲.会社名}\n第1条（${attack}）\n${attack}\n`;
      const html = render(source, "html");
      assert.deepEqual(htmlProblems(html), []);
      const body = html.slice(html.indexOf("<body>"));
      for (const tag of openingTags(body)) {
        assert.ok(["body", "article", "h1", "h2", "p", "span"].includes(tag.name), `element <${tag.name}>`);
        for (const attribute of tag.attributes) {
          assert.ok(
            ["class", "data-line", "data-start", "data-end"].includes(attribute),
            `attribute ${attribute}`,
          );
        }
      }
    });
  }
});

describe("render: chapters, branch articles, annexes and kept stray lines", () => {
  const source = [
    "社外秘",
    "契約書「業務委託契約書」",
    "第1章（総則）",
    "第1条（目的）",
    "目的を定める。",
    "第1条の2（定義）",
    "定義する。",
    "別紙1（仕様書）",
    "対象サーバー：3台",
    "",
    "監視：24時間",
    "第2章　業務",
    "第2条（業務）",
    "業務を行う。",
    "署名欄",
    "令和8年4月1日",
  ].join("\n");

  it("prints chapter headings, branch articles, the annex after the signatures and every stray line", () => {
    assert.equal(
      render(source, "text"),
      [
        "社外秘",
        "",
        "業務委託契約書",
        "",
        "第1章（総則）",
        "",
        "第1条（目的）",
        "目的を定める。",
        "",
        "第1条の2（定義）",
        "定義する。",
        "",
        "第2章　業務",
        "",
        "第2条（業務）",
        "業務を行う。",
        "",
        "令和8年4月1日",
        "",
        "別紙1（仕様書）",
        "対象サーバー：3台",
        "",
        "監視：24時間",
        "",
      ].join("\n"),
    );
  });

  it("makes chapter, branch article and annex headings Markdown headings", () => {
    const markdown = render(source, "markdown");
    for (const heading of [
      "## 第1章（総則）",
      "## 第1条の2（定義）",
      "## 第2章　業務",
      "## 別紙1（仕様書）",
    ]) {
      assert.ok(markdown.includes(`\n${heading}\n`), heading);
    }
  });

  it("marks chapter headings and annexes in HTML", () => {
    const html = render(source, "html");
    assert.match(html, /<h2 [^>]*class="kc-chapter kc-in-chapter[^"]*"[^>]*>第1章（総則）<\/h2>/);
    assert.match(html, /class="kc-heading kc-in-annex[^"]*"[^>]*>別紙1（仕様書）/);
    assert.match(html, /class="kc-raw kc-in-stray[^"]*"[^>]*>社外秘</);
    assert.ok(
      html.indexOf("別紙1（仕様書）") > html.indexOf("令和8年4月1日"),
      "the annex after the signatures",
    );
  });
});
