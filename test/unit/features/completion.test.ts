/** Completion never splits a character: asked inside 𠮷 or a CR LF, its edit starts before it. */
import assert from "node:assert/strict";
import { completionsAt } from "../../../server/src/language/features/completion";
import { createContractService } from "../../../server/src/language/service";
import { boundaryProblem } from "../../helpers/text-boundaries";

const service = createContractService();

describe("completion: edit ranges on character boundaries", () => {
  for (const [text, offset] of [
    ["前文\n𠮷", 4],
    ["条件\n  値：1\n\n前文\n{𠮷", 15],
    ["前文\r\n𠮷", 3],
  ] as const) {
    it(`${JSON.stringify(text)} at ${offset}`, () => {
      const entries = completionsAt(service.analyze(text), offset);
      assert.ok(entries.length > 0, "something is offered");
      for (const { replace } of entries) {
        for (const at of [replace.start, replace.end]) assert.equal(boundaryProblem(text, at), null);
      }
    });
  }
});
