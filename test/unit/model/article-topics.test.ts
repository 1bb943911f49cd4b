import assert from "node:assert/strict";
import fc from "fast-check";
import {
  CUES,
  topicsOfBody,
  topicsOfHeading,
  type ArticleTopic,
} from "../../../server/src/language/model/article-topics";
import { createContractService } from "../../../server/src/language";

// Headings real Japanese contracts use, with the topic a reviewer files them under.
const HEADINGS: readonly (readonly [string, ArticleTopic])[] = [
  ["秘密保持", "秘密保持"],
  ["秘密保持義務", "秘密保持"],
  ["機密保持", "秘密保持"],
  ["機密保持義務", "秘密保持"],
  ["秘密情報の取扱い", "秘密保持"],
  ["秘密情報", "秘密保持"],
  ["損害賠償", "損害賠償"],
  ["損害賠償責任", "損害賠償"],
  ["責任の制限", "損害賠償"],
  ["責任制限", "損害賠償"],
  ["損害賠償の範囲", "損害賠償"],
  ["賠償額の上限", "損害賠償"],
  ["契約期間", "契約期間"],
  ["契約期間及び更新", "契約期間"],
  ["有効期間", "契約期間"],
  ["本契約の有効期間", "契約期間"],
  ["契約の更新", "契約期間"],
  ["契約期間（自動更新）", "契約期間"],
  ["反社会的勢力の排除", "反社会的勢力の排除"],
  ["反社会的勢力の排除条項", "反社会的勢力の排除"],
  ["反社会的勢力の排除等", "反社会的勢力の排除"],
  ["反社会的勢力排除", "反社会的勢力の排除"],
  ["暴力団等反社会的勢力の排除", "反社会的勢力の排除"],
  ["合意管轄", "合意管轄"],
  ["専属的合意管轄", "合意管轄"],
  ["管轄裁判所", "合意管轄"],
  ["管轄", "合意管轄"],
  ["紛争解決", "合意管轄"],
  ["報酬", "報酬"],
  ["委託料", "報酬"],
  ["業務委託料", "報酬"],
  ["支払方法", "支払方法"],
  ["支払条件", "支払方法"],
  ["業務内容", "業務内容"],
  ["委託業務の内容", "業務内容"],
  ["業務範囲外", "業務範囲外"],
  ["対象外業務", "業務範囲外"],
  ["再委託", "再委託"],
  ["再委託（下請を含む）", "再委託"],
  ["個人情報保護", "個人情報保護"],
  ["個人情報の取扱い", "個人情報保護"],
  ["契約解除", "契約解除"],
  ["解除", "契約解除"],
  ["中途解約", "中途解約"],
  ["契約終了後の措置", "契約終了後の措置"],
  ["契約終了時の措置", "契約終了後の措置"],
  ["協議事項", "協議事項"],
  ["準拠法", "準拠法"],
  ["非保証", "非保証"],
  ["保証の否認", "非保証"],
];

describe("article topics", () => {
  it(`files ${HEADINGS.length} real heading variants under their topic`, () => {
    const wrong = HEADINGS.filter(([heading, topic]) => !topicsOfHeading(heading).includes(topic));
    assert.deepEqual(wrong, []);
  });

  it("does not confuse neighbouring topics", () => {
    assert.deepEqual(topicsOfHeading("個人情報の取扱い"), ["個人情報保護"]);
    assert.deepEqual(topicsOfHeading("業務範囲外"), ["業務範囲外"]);
    assert.deepEqual(topicsOfHeading("中途解約"), ["中途解約"]);
    assert.deepEqual(topicsOfHeading("秘密保持期間").includes("契約期間"), false);
    assert.deepEqual(topicsOfHeading("権利義務の譲渡禁止"), []);
    assert.deepEqual(topicsOfHeading("通知"), []);
  });

  it("gives one article every topic its heading names", () => {
    assert.deepEqual(topicsOfHeading("報酬及び支払方法"), ["報酬", "支払方法"]);
    assert.deepEqual(topicsOfHeading("秘密保持及び個人情報の取扱い"), ["秘密保持", "個人情報保護"]);
  });

  it("reads the body only through strong phrases", () => {
    assert.deepEqual(
      topicsOfBody([
        "本契約に関する一切の紛争については、東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
      ]),
      ["合意管轄"],
    );
    assert.deepEqual(topicsOfBody(["甲及び乙は、反社会的勢力に該当しないことを表明する。"]), [
      "反社会的勢力の排除",
    ]);
    assert.deepEqual(topicsOfBody(["乙は、本契約を解除した場合でも損害賠償の請求を妨げられない。"]), []);
  });

  it("classifies the articles of a contract by heading, and by body when the heading names no topic", () => {
    const service = createContractService();
    const text = [
      "契約書「業務委託契約書」",
      "",
      "第1条（機密保持）",
      "甲及び乙は、相手方の秘密を保持する。",
      "",
      "第2条（責任の制限）",
      "乙の損害賠償責任の総額は、金100万円を上限とする。",
      "",
      "第3条（雑則）",
      "本契約に関する紛争は、東京地方裁判所を専属的合意管轄裁判所とする。",
      "",
    ].join("\n");
    const { topics, articles } = service.analyze(text).index;
    assert.deepEqual(
      articles.map((a) => topics.topicsOf(a)),
      [["秘密保持"], ["損害賠償"], ["合意管轄"]],
    );
    assert.equal(topics.articleOn("合意管轄"), articles[2]);
    assert.deepEqual(topics.articlesOn("契約期間"), []);
  });

  it("finds by its index of characters exactly the topics that trying every cue finds", () => {
    // Headings made of the cues' own characters (every fragment of every pattern) and kana:
    // a cue the index left out of a heading's candidates would show here.
    const words = CUES.flatMap((cue) => cue.heading.source.split(/[^\p{L}]+/u).filter((w) => w !== ""));
    const pool = [...new Set([...words, ...words.flatMap((w) => [...w])])];
    const heading = fc
      .array(fc.constantFrom(...pool, "の", "及び", "・"), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(heading, (h) => {
        const tried = CUES.filter((cue) => cue.heading.test(h)).map((cue) => cue.topic);
        assert.deepEqual(topicsOfHeading(h), tried);
      }),
      { seed: 20261203, numRuns: 3000 },
    );
    for (const [h] of HEADINGS) {
      assert.deepEqual(
        topicsOfHeading(h),
        CUES.filter((cue) => cue.heading.test(h)).map((cue) => cue.topic),
      );
    }
  });
});
