/**
 * The 新旧対照表 over pairs of versions: articles matched by content and heading, not number;
 * values first; rendered text compared; nothing reported for versions that read the same.
 */
import assert from "node:assert/strict";
import { contractWithArticles } from "../../../bench/bench-inputs";
import {
  compareContracts,
  compareContractsInSteps,
  comparisonHtmlDocument,
  comparisonJson,
  comparisonText,
  isEmptyComparison,
  type Comparison,
  type ComparisonRow,
} from "../../../server/src/language";
import { createContractService } from "../../../server/src/language/service";
import { BASE, pair } from "./versions";

const service = createContractService();

function compare(name: string): Comparison {
  const p = pair(name);
  return compareContracts(service.analyze(p.old), service.analyze(p.new));
}

function statuses(c: Comparison): string[] {
  return c.rows.map(
    (r) => `${r.new?.label ?? "-"}←${r.old?.label ?? "-"}:${r.status}${r.moved ? "+moved" : ""}`,
  );
}

function changedTexts(row: ComparisonRow | undefined, side: "old" | "new"): string[] {
  const s = row?.[side];
  return s === null || s === undefined ? [] : s.changes.map((c) => s.text.slice(c.start, c.end));
}

describe("新旧対照表 (compare two versions)", () => {
  it("a value change only: the value, the facts derived from it, and every article that prints it", () => {
    const c = compare("a value change only");
    assert.deepEqual(c.values, [
      { name: "月額報酬", old: "300,000円（消費税別）", new: "330,000円（消費税別）" },
    ]);
    assert.deepEqual(
      c.facts.map((f) => `${f.name} ${f.old} → ${f.new}`),
      ["賠償上限額 1,800,000円 → 1,980,000円"],
    );
    assert.deepEqual(statuses(c), ["第7条←第7条:changed"]);
    assert.deepEqual(changedTexts(c.rows[0], "new"), ["330,000"]);
    assert.deepEqual(changedTexts(c.rows[0], "old"), ["300,000"]);
  });

  it("an article inserted with renumbering: one 新設, the later articles renumbered, none deleted", () => {
    const c = compare("an article inserted with renumbering");
    const [added, ...rest] = c.rows;
    assert.equal(added?.status, "added");
    assert.equal(added?.new?.label, "第9条");
    assert.equal(added?.old, null);
    assert.equal(rest.length, 17);
    for (const row of rest) {
      assert.equal(row.status, "renumbered");
      assert.equal(row.moved, false);
      const [oldNumber, newNumber] = [row.old?.label, row.new?.label].map((l) =>
        Number(/\d+/.exec(l ?? "")?.[0]),
      );
      assert.equal(newNumber, (oldNumber ?? 0) + 1);
      assert.deepEqual(changedTexts(row, "new"), [String(newNumber)]);
    }
    assert.deepEqual(c.values, []);
  });

  it("an article deleted: one 削る in its place, the later articles renumbered up", () => {
    const c = compare("an article deleted");
    const deleted = c.rows.filter((r) => r.status === "deleted");
    assert.deepEqual(
      deleted.map((r) => r.old?.label),
      ["第22条"],
    );
    assert.equal(deleted[0]?.new, null);
    assert.equal(c.rows[0], deleted[0], "the deletion comes before the articles after it");
    assert.deepEqual(
      c.rows.slice(1).map((r) => r.status),
      ["renumbered", "renumbered", "renumbered"],
    );
  });

  it("a paragraph added: one changed article with the new paragraph marked", () => {
    const c = compare("a paragraph added");
    assert.deepEqual(statuses(c), ["第18条←第18条:changed"]);
    const added = "\n3．前項の上限は、乙の故意又は重大な過失による損害には適用しない。";
    assert.ok(changedTexts(c.rows[0], "new").join("").includes(added.slice(3)));
    assert.equal(c.rows[0]?.new?.text.length, (c.rows[0]?.old?.text.length ?? 0) + added.length);
    assert.deepEqual(changedTexts(c.rows[0], "old"), []);
  });

  it("items reordered: the article changed, nothing else", () => {
    const c = compare("items reordered");
    assert.deepEqual(statuses(c), ["第2条←第2条:changed"]);
    assert.ok(changedTexts(c.rows[0], "new").length > 0);
  });

  it("a heading renamed: matched by its body, only the heading marked", () => {
    const c = compare("a heading renamed");
    assert.deepEqual(statuses(c), ["第12条←第12条:changed"]);
    assert.deepEqual(changedTexts(c.rows[0], "new"), ["情報"]);
    const heading = c.rows[0]?.new?.text.split("\n")[0];
    assert.equal(heading, "第12条（情報セキュリティ）");
  });

  it("an article moved: shown as moved with its content unchanged, never as deleted and added", () => {
    const c = compare("an article moved");
    assert.ok(!c.rows.some((r) => r.status === "added" || r.status === "deleted"), statuses(c).join());
    const moved = c.rows.filter((r) => r.moved);
    assert.equal(moved.length, 1, statuses(c).join());
    assert.match(moved[0]?.old?.text ?? "", /^第5条（再委託）/);
  });

  it("CRLF against LF, and identical files, give an empty comparison", () => {
    for (const name of ["CRLF against LF", "identical files"]) {
      const c = compare(name);
      assert.ok(isEmptyComparison(c), `${name}: ${statuses(c).join()}`);
      assert.match(comparisonText(c), /変更はありません。/);
    }
  });

  it("prints the table as text: values first, new above old, changes bracketed, renumbered abbreviated", () => {
    const text = comparisonText(compare("an article inserted with renumbering"));
    assert.match(text, /── 第9条\u3000新設\n【新（改正後）】\n {2}⟦第9条（緊急連絡）\n/);
    assert.match(
      text,
      /── 第10条（旧第9条）\u3000条名の変更\n【新（改正後）】\n {2}第⟦10⟧条（追加作業）\n {2}（略）\n/,
    );
    const values = comparisonText(compare("a value change only"));
    assert.ok(values.indexOf("■ 値の変更") < values.indexOf("── 第7条"));
    assert.match(values, /月額報酬：300,000円（消費税別） → 330,000円（消費税別）/);
  });

  it("writes JSON for tools: status, old and new numbers, changed spans with their text", () => {
    const json = JSON.parse(comparisonJson(compare("an article deleted"))) as {
      articles: {
        status: string;
        oldNumber: string | null;
        newNumber: string | null;
        new: { changes: { text: string }[] } | null;
      }[];
    };
    assert.deepEqual(json.articles[0], {
      ...json.articles[0],
      status: "deleted",
      oldNumber: "第22条",
      newNumber: null,
      new: null,
    });
    assert.deepEqual(
      json.articles[1]?.new?.changes.map((c) => c.text),
      ["22"],
    );
  });

  it("writes HTML under the exported contract's CSP, new on the left, contract text escaped", () => {
    const hostile = BASE.replace("サーバーの監視及び運用管理", "<script>alert(1)</script>監視");
    const html = comparisonHtmlDocument(compareContracts(service.analyze(BASE), service.analyze(hostile)));
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;|default-src 'none'/,
    );
    assert.match(html, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /&lt;script&gt;/);
    assert.ok(html.indexOf("新（改正後）") < html.indexOf("旧（改正前）"));
    assert.match(html, /（傍線部分は改正部分）/);
    assert.match(html, /<span class="kd-change">/);
  });

  it("compares in steps, as the language server does, to the same table", () => {
    const p = pair("an article inserted with renumbering");
    const before = service.analyze(contractWithArticles(p.old, 300));
    const after = service.analyze(contractWithArticles(p.new, 300));
    const steps = compareContractsInSteps(before, after, { old: "旧", new: "新" });
    let count = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) count += 1;
    assert.deepEqual(step.value, compareContracts(before, after, { old: "旧", new: "新" }));
    assert.ok(count >= 10, `${count} steps: a step per hundred parts`);
  });
});
