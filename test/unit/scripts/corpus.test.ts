import assert from "node:assert/strict";
import { join } from "node:path";
import { loadCorpus } from "../../../scripts/corpus/load-corpus";
import { parseManifest, type CorpusVariant } from "../../../scripts/corpus/manifest";
import { formatReport } from "../../../scripts/corpus/report";
import { runCorpus } from "../../../scripts/corpus/run-corpus";
import {
  byFindingCategory,
  byVariantCategory,
  meetsTargets,
  precision,
  recall,
  scoreVariant,
  total,
  type ActualFinding,
} from "../../../scripts/corpus/score";
import { ROOT } from "../../helpers/fixtures";

const variant = (overrides: Partial<CorpusVariant> & Pick<CorpusVariant, "file">): CorpusVariant => ({
  category: "ref",
  legitimate: false,
  description: "",
  expected: [],
  ...overrides,
});

const finding = (
  id: string,
  line: number,
  severity: ActualFinding["severity"] = "warning",
): ActualFinding => ({
  id,
  severity,
  line,
  column: 1,
  message: "…",
});

const UNKNOWN_ARTICLE =
  "第1条（目的）\n甲は乙に対し、第3条に定める業務を委託する。\n第2条（業務内容）\n乙はサーバーを管理する。\n";
const UNDEFINED_TERM = "第1条（目的）\n乙は本件業務を行う。\n";
const CLEAN =
  "第1条（目的）\n甲は乙に対し、第2条に定める業務を委託する。\n第2条（業務内容）\n乙はサーバーを管理する。\n";

describe("corpus scorer", () => {
  it("counts a true positive, a false positive and a false negative on a tiny corpus through the checker", () => {
    const expectUnknownArticle = [{ ids: ["ref.unknown-article"], line: 2 }];
    const outcomes = runCorpus([
      {
        variant: variant({ file: "caught.contract", expected: expectUnknownArticle }),
        text: UNKNOWN_ARTICLE,
      },
      {
        variant: variant({ file: "noisy.contract", category: "term", legitimate: true }),
        text: UNDEFINED_TERM,
      },
      { variant: variant({ file: "missed.contract", expected: expectUnknownArticle }), text: CLEAN },
    ]);
    const counts = total(outcomes);
    assert.deepEqual(counts, { truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    assert.equal(precision(counts), 0.5);
    assert.equal(recall(counts), 0.5);
    assert.equal(meetsTargets(counts), false);
    assert.deepEqual(byFindingCategory(outcomes).get("term"), {
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 0,
    });
    assert.deepEqual(byVariantCategory(outcomes).get("ref"), {
      truePositives: 1,
      falsePositives: 0,
      falseNegatives: 1,
    });
    const report = formatReport(outcomes, "mem", new Set(["ref.unknown-article", "term.undefined"]));
    assert.match(report, /mem\/noisy\.contract:2:3 warning term\.undefined: /);
    assert.match(report, /mem\/missed\.contract:2 ref\.unknown-article — /);
    assert.match(report, /NOT met \(precision 50\.0 %, recall 50\.0 %\)/);
  });

  it("matches a line-less expectation anywhere, and any of several acceptable ids", () => {
    const outcome = scoreVariant(
      variant({
        file: "a.contract",
        expected: [
          { ids: ["structure.missing-essential-article"], line: null },
          { ids: ["blank.party", "blank.placeholder"], line: 7 },
        ],
      }),
      [finding("structure.missing-essential-article", 3), finding("blank.placeholder", 7)],
    );
    assert.equal(outcome.truePositives.length, 2);
    assert.equal(outcome.falseNegatives.length, 0);
    assert.equal(outcome.falsePositives.length, 0);
  });

  it("counts the right id on the wrong line as both a miss and a false alarm", () => {
    const outcome = scoreVariant(
      variant({ file: "a.contract", expected: [{ ids: ["consistency.payer-swapped"], line: 73 }] }),
      [finding("consistency.payer-swapped", 72)],
    );
    assert.deepEqual(
      [outcome.truePositives.length, outcome.falsePositives.length, outcome.falseNegatives.length],
      [0, 1, 1],
    );
  });

  it("pairs each expected finding with one reported finding, so two expected on a line need two reported", () => {
    const expected = [
      { ids: ["ref.heading-mismatch"], line: 5 },
      { ids: ["ref.heading-mismatch"], line: 5 },
    ];
    const outcome = scoreVariant(variant({ file: "a.contract", expected }), [
      finding("ref.heading-mismatch", 5),
    ]);
    assert.equal(outcome.truePositives.length, 1);
    assert.equal(outcome.falseNegatives.length, 1);
  });

  it("ignores unexpected information and hints but credits an expected one", () => {
    const outcome = scoreVariant(
      variant({ file: "a.contract", expected: [{ ids: ["blank.undecided"], line: 4 }] }),
      [
        finding("blank.undecided", 4, "information"),
        finding("value.unused", 9, "hint"),
        finding("blank.undecided", 8, "information"),
      ],
    );
    assert.deepEqual(
      [outcome.truePositives.length, outcome.falsePositives.length, outcome.falseNegatives.length],
      [1, 0, 0],
    );
  });
});

describe("corpus manifest", () => {
  it("rejects a legitimate variant with expectations, a defect without, and a malformed id, naming each", () => {
    const result = parseManifest(
      JSON.stringify({
        variants: [
          {
            file: "a.contract",
            category: "ref",
            legitimate: true,
            expected: [{ id: "ref.unknown-article", line: 3 }],
          },
          { file: "b.contract", category: "ref", legitimate: false, expected: [] },
          { file: "c.contract", category: "ref", legitimate: false, expected: [{ id: "第3条", line: 0 }] },
        ],
      }),
    );
    assert.equal(result.ok, false);
    const problems = result.ok ? "" : result.problems.join("\n");
    assert.match(problems, /a\.contract: a legitimate variant expects no finding/);
    assert.match(problems, /b\.contract: a defective variant must expect a finding/);
    assert.match(problems, /c\.contract expected\[0\]: "id" must be/);
    assert.match(problems, /c\.contract expected\[0\]: "line" must be/);
  });

  it("is in step with test/corpus: every file listed, every expected line inside its file", () => {
    const corpus = loadCorpus(join(ROOT, "test", "corpus"));
    assert.deepEqual(corpus.problems, []);
    assert.ok(corpus.inputs.length >= 60, `only ${corpus.inputs.length} variants`);
    const legitimate = corpus.inputs.filter((i) => i.variant.legitimate).length;
    assert.ok(legitimate >= corpus.inputs.length / 3 && legitimate <= (corpus.inputs.length * 2) / 3);
  });
});
