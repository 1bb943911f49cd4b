/**
 * The term index's variants: a spelling of a defined term belongs to the first definition that
 * spells it, whether the contract defines candidates only (the shared automaton of every
 * candidate's spellings) or a term of its own (an automaton of its definitions).
 */
import assert from "node:assert/strict";
import { createContractService } from "../../../server/src/language";

const service = createContractService();

function termsOf(preamble: string, body: string) {
  const terms = service.analyze(
    `契約書「業務委託契約書」\n\n前文\n${preamble}\n\n第1条（目的）\n${body}\n`,
  ).terms;
  return {
    definitions: terms.definitions.map((d) => d.name),
    variants: terms.variants.map((v) => `${v.text}→${v.definition.name}`),
    uses: terms.uses.map((u) => u.name),
  };
}

describe("model: defined terms", () => {
  it("finds a defined candidate's other spellings, and not those of a candidate left undefined", () => {
    const found = termsOf(
      "甲は、乙に業務（以下「本件業務」という。）を委託する。",
      "乙は本委託業務及び本件委託業務を行い、本契約に従う。",
    );
    assert.deepEqual(found.definitions, ["本件業務"]);
    assert.deepEqual(found.variants, ["本委託業務→本件業務", "本件委託業務→本件業務"]);
    assert.deepEqual(found.uses, ["本契約"]);
  });

  it("gives a spelling two defined candidates share to the one defined first", () => {
    const found = termsOf(
      "甲及び乙は、この契約（以下「本件契約」という。）及び覚書（以下「本契約」という。）を結ぶ。",
      "本委託契約に定める。",
    );
    assert.deepEqual(found.definitions, ["本件契約", "本契約"]);
    assert.deepEqual(found.variants, ["本委託契約→本件契約"]);
  });

  it("finds the spellings of a term of the contract's own beside a candidate", () => {
    const found = termsOf(
      "甲は、製品（以下「本件製品」という。）を本契約（以下「本契約」という。）により売り渡す。",
      "乙は本製品及び本・件・製品を検収し、本件契約に従う。",
    );
    assert.deepEqual(found.definitions, ["本件製品", "本契約"]);
    assert.deepEqual(found.variants, ["本製品→本件製品", "本・件・製品→本件製品", "本件契約→本契約"]);
  });
});
