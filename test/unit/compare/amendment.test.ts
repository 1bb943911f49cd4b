/**
 * The 変更覚書: its 改め文 are executed against the old version by an applier that knows only the
 * documented sentence forms (test/helpers/amendment-applier.ts), and the result must be the new
 * version, for every pair; the memorandum itself checks clean apart from its own blanks.
 */
import assert from "node:assert/strict";
import { draftAmendment, memorandumText } from "../../../server/src/language";
import { comparedUnits } from "../../../server/src/language/compare/compared-unit";
import type { Analysis } from "../../../server/src/language/model/analysis";
import { createContractService } from "../../../server/src/language/service";
import { amendmentSentences, applyAmendment, type ContractModel } from "../../helpers/amendment-applier";
import { PAIRS } from "./versions";

const service = createContractService();

function modelOf(analysis: Analysis): ContractModel {
  const model: ContractModel = { title: "", parts: new Map(), articles: [] };
  for (const unit of comparedUnits(analysis)) {
    const lines = unit.lines.map((l) => l.text);
    if (unit.kind === "title") model.title = unit.heading;
    else if (unit.kind === "article") model.articles.push({ label: unit.label, title: unit.title, lines });
    else model.parts.set(unit.label, { heading: unit.kind === "annex" ? unit.heading : null, lines });
  }
  return model;
}

const FORMS: Readonly<Record<string, RegExp>> = {
  words: /^原契約第\d+条中「.+」を「.+」に改める。$/u,
  line: /^原契約第\d+条(?:第\d+項)?(?:第\d+号)?を次のように改める。$/u,
  article: /^原契約第\d+条を次のように改める。$/u,
  heading: /^原契約第\d+条の見出しを「（.+）」に改める。$/u,
  deletion: /^原契約第\d+条を削る。$/u,
  insertion: /^原契約(?:.+、)?第\d+条の(?:次|前)に次の.条を加える。$/u,
  renumberAndInsert: /^原契約第\d+条を第\d+条とし、.*第\d+条の次に次の.条を加える。$/u,
  range: /^原契約第\d+条から第\d+条までを.条ずつ繰り(?:下げ|上げ)/u,
  title: /^原契約の題名を「.+」に改める。$/u,
  preamble: /^原契約前文中「.+」を「.+」に改める。$/u,
};

describe("変更覚書 (keiyaku amend)", () => {
  const seen = new Set<string>();

  for (const pair of PAIRS) {
    it(`${pair.name}: executing its 改め文 on the old version gives the new one`, () => {
      const before = service.analyze(pair.old);
      const after = service.analyze(pair.new);
      const draft = draftAmendment(before, after);
      assert.deepEqual(draft.notDrafted, []);
      const memorandum = service.analyze(memorandumText(before, after, draft));
      const findings = service.check(memorandum).filter((d) => !d.id.startsWith("blank."));
      assert.deepEqual(
        findings.map((d) => `${d.id}: ${d.message}`),
        [],
      );
      const sentences = amendmentSentences(service.render(memorandum, "text"));
      assert.equal(sentences.length, draft.sentences.length);
      for (const s of sentences)
        for (const [form, pattern] of Object.entries(FORMS)) if (pattern.test(s.text)) seen.add(form);
      assert.deepEqual(applyAmendment(modelOf(before), sentences), modelOf(after));
    });
  }

  it("the pairs exercise every form the drafter emits", () => {
    assert.deepEqual([...seen].sort(), Object.keys(FORMS).sort());
  });

  it("quotes whole numbers with their units, and says nothing for versions that read the same", () => {
    const [valueOnly] = PAIRS;
    assert.ok(valueOnly !== undefined);
    const draft = draftAmendment(service.analyze(valueOnly.old), service.analyze(valueOnly.new));
    assert.deepEqual(
      draft.sentences.map((s) => s.text),
      ["原契約第7条中「300,000円」を「330,000円」に改める。"],
    );
    const same = service.analyze(valueOnly.old);
    assert.deepEqual(
      draftAmendment(same, service.analyze(valueOnly.old.replace(/\n/g, "\r\n"))).sentences,
      [],
    );
  });
});
