/**
 * Playbook rules, one kind at a time: each becomes a finding playbook.<id> with the team's message
 * and severity, and a fix where the playbook gives the preferred text.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createContractService,
  type CheckOptions,
  type PlaybookRuleData,
} from "../../../server/src/language";
import { applyQuickFix } from "../../helpers/check";
import { FILLED_PATH, ROOT } from "../../helpers/fixtures";

const service = createContractService();
const FILLED = readFileSync(join(ROOT, FILLED_PATH), "utf8");

function findings(text: string, rules: readonly PlaybookRuleData[], extra: Partial<CheckOptions> = {}) {
  const options: CheckOptions = { mode: "draft", severities: {}, playbook: { rules }, ...extra };
  return service.check(service.analyze(text), options).filter((d) => d.id.startsWith("playbook."));
}

const CAP: PlaybookRuleData = {
  id: "cap-12",
  kind: "value",
  value: "賠償上限期間",
  atLeast: "12か月",
  preferred: "12か月",
  message: "賠償上限期間は12か月以上にしてください。",
};

describe("playbook rules", () => {
  it("value atLeast: reports the value below the limit at the value, with the preferred value as a fix", () => {
    const [finding, ...rest] = findings(FILLED, [CAP]);
    assert.equal(rest.length, 0);
    assert.ok(finding !== undefined);
    assert.equal(finding.id, "playbook.cap-12");
    assert.equal(finding.severity, "warning");
    assert.match(finding.message, /^賠償上限期間は12か月以上にしてください。（賠償上限期間：6か月/u);
    assert.equal(FILLED.slice(finding.span.start, finding.span.end), "6か月");
    const fixed = applyQuickFix(FILLED, finding.data?.fixes[0]);
    assert.deepEqual(findings(fixed, [CAP]), []);
    assert.deepEqual(findings(FILLED.replace("賠償上限期間：6か月", "賠償上限期間：1年"), [CAP]), []);
  });

  it("value atMost on 支払期日: measures the payment term in days (翌月末日 is up to 31)", () => {
    const rule: PlaybookRuleData = {
      id: "pay-30",
      kind: "value",
      value: "支払期日",
      atMost: "30日",
      message: "30日以内払い",
    };
    assert.equal(findings(FILLED, [rule]).length, 1);
    assert.deepEqual(
      findings(FILLED.replace("支払期日：翌月末日", "支払期日：請求書受領後30日以内"), [rule]),
      [],
    );
    assert.equal(
      findings(FILLED.replace("支払期日：翌月末日", "支払期日：請求書受領後31日以内"), [rule]).length,
      1,
    );
  });

  it("requiredPhrase: the article on the topic must say it; the fix rewrites the article", () => {
    const rule: PlaybookRuleData = {
      id: "court-tokyo",
      kind: "requiredPhrase",
      topic: "合意管轄",
      phrases: ["東京地方裁判所"],
      message: "管轄は東京地方裁判所とすること。",
      preferred: ["本契約に関する一切の紛争は、東京地方裁判所を第一審の専属的合意管轄裁判所とする。"],
      severity: "error",
    };
    const [finding] = findings(FILLED, [rule]);
    assert.ok(finding !== undefined);
    assert.equal(finding.severity, "error");
    assert.match(FILLED.slice(finding.span.start, finding.span.end), /^第25条（合意管轄）/u);
    const fixed = applyQuickFix(FILLED, finding.data?.fixes[0]);
    assert.match(fixed, /第25条（合意管轄）\n本契約に関する一切の紛争は、東京地方裁判所を/u);
    assert.deepEqual(findings(fixed, [rule]), []);
  });

  it("requiredArticle: a topic with no article (存続条項) is reported; the fix adds the team's article", () => {
    const rule: PlaybookRuleData = {
      id: "survival",
      kind: "requiredArticle",
      topic: "存続条項",
      aliases: ["存続"],
      message: "存続条項を置くこと。",
      preferred: ["本契約の終了後も、第14条及び第18条の規定はなお効力を有する。"],
    };
    const [finding] = findings(FILLED, [rule]);
    assert.ok(finding !== undefined);
    const fixed = applyQuickFix(FILLED, finding.data?.fixes[0]);
    assert.match(fixed, /\n第26条（存続条項）\n本契約の終了後も/u);
    assert.deepEqual(findings(fixed, [rule]), []);
    const governing: PlaybookRuleData = {
      id: "law",
      kind: "requiredArticle",
      topic: "準拠法",
      message: "準拠法を置くこと。",
    };
    assert.equal(findings(FILLED, [governing]).length, 1);
  });

  it("forbiddenPhrase: every occurrence is reported where it stands, with the preferred wording as a fix", () => {
    const rule: PlaybookRuleData = {
      id: "no-waiver",
      kind: "forbiddenPhrase",
      phrases: ["責任を負わない"],
      message: "全面免責は受け入れない。",
      preferred: "責任を負わない（ただし故意又は重大な過失による場合を除く）",
    };
    const found = findings(FILLED, [rule]);
    assert.ok(found.length >= 2);
    for (const finding of found)
      assert.equal(FILLED.slice(finding.span.start, finding.span.end), "責任を負わない");
    assert.ok(found[0]?.data?.fixes[0]?.title.includes("故意又は重大な過失"));
  });

  it("when.side applies a rule only on that side; when.types only to those types", () => {
    const ours: PlaybookRuleData = { ...CAP, id: "cap-ko", when: { side: "甲" } };
    assert.deepEqual(findings(FILLED, [ours]), []);
    assert.equal(findings(FILLED, [ours], { side: "甲" }).length, 1);
    assert.deepEqual(findings(FILLED, [ours], { side: "乙" }), []);
    const nda: PlaybookRuleData = { ...CAP, id: "cap-nda", when: { types: ["nda-mutual"] } };
    assert.deepEqual(findings(FILLED, [nda]), []);
    const server: PlaybookRuleData = { ...CAP, id: "cap-sm", when: { types: ["server-management"] } };
    assert.equal(findings(FILLED, [server]).length, 1);
  });

  it("follows the user's severity setting for its id", () => {
    assert.deepEqual(findings(FILLED, [CAP], { severities: { "playbook.cap-12": "off" } }), []);
    assert.equal(
      findings(FILLED, [CAP], { severities: { "playbook.cap-12": "error" } })[0]?.severity,
      "error",
    );
  });
});
