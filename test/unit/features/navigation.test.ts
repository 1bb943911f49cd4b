/**
 * Find references and highlight on an article list every mention that names it: 第N条 in prose and
 * {第条:見出し}, which prints as the same number. Before, {第条:…} was left out, so a drafter
 * checking who cites an article before deleting it missed those citations.
 */
import assert from "node:assert/strict";
import { occurrencesOf, targetAt } from "../../../server/src/language/features/navigation";
import { createContractService } from "../../../server/src/language/service";

const service = createContractService();
const SOURCE =
  "第1条（秘密保持）\n甲及び乙は、秘密を保持する。\n\n" +
  "第2条（解除）\n甲は、乙が第1条に違反したときは、本契約を解除できる。乙が{第条:秘密保持}に違反したときも同様とする。\n";
const analysis = service.analyze(SOURCE);

function occurrenceTexts(offset: number): string[] {
  const target = targetAt(analysis, offset);
  assert.ok(target !== null, "nothing found at the offset");
  return occurrencesOf(analysis, target).map((o) => SOURCE.slice(o.span.start, o.span.end));
}

describe("navigation: references to an article", () => {
  it("lists 第N条 and {第条:見出し} from the heading", () => {
    assert.deepEqual(occurrenceTexts(1), ["1", "第1条", "第条:秘密保持"]);
  });

  it("finds the same mentions from a {第条:…} reference", () => {
    assert.deepEqual(occurrenceTexts(SOURCE.indexOf("{第条:") + 2), ["1", "第1条", "第条:秘密保持"]);
  });

  it("leaves out a label that names no article", () => {
    const other = service.analyze(SOURCE.replace("{第条:秘密保持}", "{第条:存在しない}"));
    const target = targetAt(other, 1);
    assert.ok(target !== null);
    assert.equal(occurrencesOf(other, target).length, 2);
  });
});
