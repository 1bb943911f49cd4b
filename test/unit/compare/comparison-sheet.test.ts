/**
 * The 新旧対照表 decided for a form that only draws tables (the Word file): the same words, marks
 * and abbreviations as the text form, so that the Word file cannot say something the others do not.
 */
import assert from "node:assert/strict";
import {
  compareContracts,
  comparisonSheet,
  comparisonText,
  type ComparisonSheet,
  type SheetCell,
} from "../../../server/src/language";
import { createContractService } from "../../../server/src/language/service";
import { pair } from "./versions";

const service = createContractService();

function sheetOf(name: string): { sheet: ComparisonSheet; text: string } {
  const p = pair(name);
  const comparison = compareContracts(service.analyze(p.old), service.analyze(p.new));
  return { sheet: comparisonSheet(comparison), text: comparisonText(comparison) };
}

const plain = (cell: SheetCell | undefined) =>
  (cell ?? []).map((p) => p.map((x) => x.text).join("")).join("\n");
const underlined = (cell: SheetCell | undefined) =>
  (cell ?? []).flatMap((p) => p.filter((x) => x.changed).map((x) => x.text));

describe("the comparison sheet (what the Word 新旧対照表 draws)", () => {
  it("a value change: the values table first, then the article with only the changed figures underlined", () => {
    const { sheet } = sheetOf("a value change only");
    assert.deepEqual(
      sheet.tables.map((t) => t.kind),
      ["values", "values", "articles"],
    );
    assert.deepEqual(sheet.tables[0]?.rows[0]?.map(plain), [
      "月額報酬",
      "330,000円（消費税別）",
      "300,000円（消費税別）",
    ]);
    const articles = sheet.tables[2];
    assert.equal(articles?.note, "（傍線部分は改正部分）");
    assert.deepEqual(articles?.columns, ["新（改正後）", "旧（改正前）", ""]);
    const [row] = articles?.rows ?? [];
    assert.deepEqual(underlined(row?.[0]), ["330,000"]);
    assert.deepEqual(underlined(row?.[1]), ["300,000"]);
    assert.equal(plain(row?.[2]), "第7条\n改正");
  });

  it("an inserted and a deleted article fill the empty side with （新設） and （削る）, as the text form does", () => {
    const inserted = sheetOf("an article inserted with renumbering");
    const added = inserted.sheet.tables.at(-1)?.rows[0];
    assert.equal(plain(added?.[1]), "（新設）");
    assert.ok(inserted.text.includes("（新設）"));
    const deleted = sheetOf("an article deleted");
    const gone = deleted.sheet.tables.at(-1)?.rows.find((r) => plain(r[0]) === "（削る）");
    assert.ok(gone !== undefined, "a row whose new side says （削る）");
    assert.ok(deleted.text.includes("（削る）"));
  });

  it("a renumbered article is abbreviated to its heading and （略）, with only its number marked", () => {
    const { sheet } = sheetOf("an article inserted with renumbering");
    const renumbered = sheet.tables.at(-1)?.rows[1];
    assert.match(plain(renumbered?.[0]), /^第10条（.+）\n（略）$/u);
    assert.deepEqual(underlined(renumbered?.[0]), ["10"]);
    assert.match(plain(renumbered?.[2]), /^第10条（旧第9条）\n/u);
  });

  it("identical versions: no table, and the sentence that says so", () => {
    const { sheet } = sheetOf("identical files");
    assert.deepEqual(sheet.tables, []);
    assert.equal(sheet.noChange, "変更はありません。");
    assert.match(sheet.heading, /新旧対照表$/u);
  });
});
