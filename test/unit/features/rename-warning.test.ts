import assert from "node:assert/strict";
import { createContractService } from "../../../server/src/language";
import { marked } from "../../helpers/marked-source";

describe("rename: a standard value's name", () => {
  const service = createContractService();
  /** Renames what ⟦⟧ marks in `source`. */
  const rename = (source: string, newName: string) => {
    const { text, ranges } = marked(source);
    return service.rename(service.analyze(text), ranges[0]?.start ?? -1, newName);
  };

  it("goes ahead, warning that the checks that look for the name will stop", () => {
    const result = rename("条件\n  月額報酬：300,000円\n前文\n月額金{⟦月額報酬⟧}を支払う。\n", "月額委託料");
    assert.ok(result.ok);
    assert.equal(result.edits.length, 2);
    assert.match(result.warning ?? "", /「月額報酬」は標準の値の名前です。「月額委託料」に変えると/);
  });

  it("says nothing for a value of the drafter's own", () => {
    const result = rename("条件\n  保守時間：平日9時から18時\n前文\n{⟦保守時間⟧}に対応する。\n", "対応時間");
    assert.ok(result.ok);
    assert.equal(result.warning, undefined);
  });
});
