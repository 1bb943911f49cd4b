/**
 * Rename refuses a new name that would change what the contract says: renaming 月額報酬 to 甲 made
 * every {月額報酬} a reference to the party, and the printed text read 「月額金甲を支払う」.
 */
import assert from "node:assert/strict";
import { rename } from "../../../server/src/language/features/navigation";
import { createContractService } from "../../../server/src/language/service";

const service = createContractService();
const SOURCE =
  "当事者 甲（委託者）\n  会社名：株式会社アルファ\n  電話：03-0000-0000\n\n条件\n  月額報酬：300,000円（消費税別）\n  期間：1年\n\n" +
  "第1条（報酬）\n本件業務（以下「本業務」という。）の対価として、甲は月額金{月額報酬}を支払う。本業務は{期間}とする。\n";
const analysis = service.analyze(SOURCE);
const VALUE = SOURCE.indexOf("{月額報酬}") + 1;
const TERM = SOURCE.indexOf("「本業務」") + 1;

function refusal(offset: number, newName: string): string {
  const result = rename(analysis, offset, newName);
  assert.ok(!result.ok, `${newName} was accepted`);
  return result.message;
}

describe("rename: names that would change the contract are refused", () => {
  it("refuses party symbols, party fields, keywords, other values and other terms", () => {
    assert.match(refusal(VALUE, "甲"), /当事者の記号/u);
    assert.match(refusal(VALUE, "丙"), /当事者の記号/u, "a party not declared yet");
    assert.match(refusal(VALUE, "電話"), /当事者の欄/u);
    assert.match(refusal(VALUE, "所在地"), /当事者の欄/u);
    assert.match(refusal(VALUE, "前文"), /書式で使う語/u);
    assert.match(refusal(VALUE, "期間"), /すでにあります/u);
    assert.match(refusal(VALUE, "本業務"), /すでにあります/u);
    assert.match(refusal(TERM, "本契約"), /すでにあります/u);
    assert.match(refusal(TERM, "乙"), /当事者の記号/u);
  });

  it("refuses invisible characters, bidi controls and lone surrogates", () => {
    for (const name of [
      "月額\u200B報酬",
      "月額\u202E報酬",
      "月額\u0000報酬",
      "月額\u00AD報酬",
      "月額\uDC00",
    ]) {
      assert.match(refusal(VALUE, name), /見えない文字|壊れた文字/u, JSON.stringify(name));
    }
  });

  it("still renames to a fresh name, and to the same name", () => {
    const result = rename(analysis, VALUE, "基本報酬");
    assert.ok(result.ok);
    assert.equal(result.edits.length, 2);
    assert.ok(rename(analysis, VALUE, "月額報酬").ok);
  });
});
