import assert from "node:assert/strict";
import { createContractService } from "../../../server/src/language";
import { resolveSide } from "../../../server/src/language/check/side";
import { readSettings, checkOptionsOf } from "../../../server/src/lsp/settings";
import { check } from "../../helpers/check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../helpers/fixtures";

const service = createContractService();

const CONTRACT = [
  "契約書「サーバー管理契約書」",
  "当事者 甲（委託者）",
  "  会社名：株式会社アルファ",
  "当事者 乙（受託者）",
  "  会社名：株式会社ベータ",
  "条件",
  "  月額報酬：300,000円（消費税別）",
  "  支払期日：翌々月末日",
  "",
  "第5条（再委託）",
  "乙は、自己の責任において業務の全部又は一部を第三者へ再委託することができる。",
  "",
  "第7条（報酬）",
  "甲は乙に対し、月額金{月額報酬}を{支払期日}までに支払う。",
  "",
  "第18条（損害賠償）",
  "1．甲又は乙が本契約に違反し相手方へ損害を与えた場合、直接かつ通常の損害に限り賠償責任を負う。",
  "2．乙の損害賠償責任の総額は、直近6か月間に甲が乙へ支払った報酬総額を上限とする。",
  "",
].join("\n");

function sided(text: string, side: string | null): Map<string, { severity: string; message: string }> {
  const found = check(text, { mode: "draft", severities: {}, side }).filter((d) => d.id.startsWith("side."));
  return new Map(found.map((d) => [d.id, { severity: d.severity, message: d.message }]));
}

describe("立場 (side): one ranking step over the rules' stakes", () => {
  it("without a side, every side finding is information", () => {
    const found = sided(CONTRACT, null);
    assert.deepEqual([...found.keys()].sort(), [
      "side.long-payment-term",
      "side.one-sided-cap",
      "side.unrestricted-subcontracting",
    ]);
    for (const { severity } of found.values()) assert.equal(severity, "information");
  });

  it("甲 (委託者): the one-sided cap and free subcontracting are warnings; the long term is not", () => {
    const found = sided(CONTRACT, "甲");
    assert.equal(found.get("side.one-sided-cap")?.severity, "warning");
    assert.equal(found.get("side.unrestricted-subcontracting")?.severity, "warning");
    assert.equal(found.get("side.long-payment-term")?.severity, "information");
    assert.match(found.get("side.one-sided-cap")?.message ?? "", /【甲（委託者）の立場】委託者として/);
  });

  it("乙 (受託者): the long payment term is the warning, and the message says why for 乙", () => {
    const found = sided(CONTRACT, "乙");
    assert.equal(found.get("side.long-payment-term")?.severity, "warning");
    assert.match(found.get("side.long-payment-term")?.message ?? "", /【乙（受託者）の立場】受託者として/);
    assert.equal(found.get("side.one-sided-cap")?.severity, "information");
    assert.equal(found.get("side.unrestricted-subcontracting")?.severity, "information");
  });

  it("乙's uncapped liability matters to 乙", () => {
    const uncapped = CONTRACT.replace(/2．乙の損害賠償責任の総額は[^\n]*\n/u, "");
    assert.equal(sided(uncapped, "乙").get("side.uncapped-liability")?.severity, "warning");
    assert.equal(sided(uncapped, "甲").get("side.uncapped-liability")?.severity, "information");
  });

  it("roles, not letters, decide: with 甲（受託者） the side 甲 reads as the contractor", () => {
    const swapped = CONTRACT.replace("甲（委託者）", "甲（受託者）").replace("乙（受託者）", "乙（委託者）");
    assert.equal(sided(swapped, "甲").get("side.long-payment-term")?.severity, "warning");
  });

  it("a role, a role of the same kind, or a party's name names the party", () => {
    const parties = service.analyze(CONTRACT).scope.partyOrder;
    assert.equal(resolveSide("委託者", parties)?.symbol, "甲");
    assert.equal(resolveSide("受注者", parties)?.symbol, "乙");
    assert.equal(resolveSide("株式会社ベータ", parties)?.symbol, "乙");
    assert.equal(resolveSide("丙", parties), null);
    assert.equal(resolveSide("none", parties), null);
  });

  it("a side that names no party ranks nothing and the preview says so", () => {
    for (const { severity } of sided(CONTRACT, "丙").values()) assert.equal(severity, "information");
    const preview = service.preview(service.analyze(CONTRACT), { mode: "draft", severities: {}, side: "丙" });
    assert.match(preview.side ?? "", /丙（この契約書の当事者にありません）/);
  });

  it("the preview names the resolved side", () => {
    const preview = service.preview(service.analyze(CONTRACT), {
      mode: "draft",
      severities: {},
      side: "受託者",
    });
    assert.equal(preview.side, "乙（受託者）");
    assert.equal(service.preview(service.analyze(CONTRACT)).side, null);
  });

  it("the user's own severity for an id still wins over the side's", () => {
    const found = check(CONTRACT, {
      mode: "draft",
      severities: { "side.one-sided-cap": "error" },
      side: "乙",
    });
    assert.equal(found.find((d) => d.id === "side.one-sided-cap")?.severity, "error");
  });

  it("the setting travels from the client's settings into the check options", () => {
    assert.equal(checkOptionsOf(readSettings({ side: " 甲 " })).side, "甲");
    assert.equal(checkOptionsOf(readSettings({ side: "none" })).side, null);
    assert.equal(checkOptionsOf(readSettings({ side: 3 })).side, null);
    assert.equal(checkOptionsOf(readSettings(undefined)).side, null);
  });

  it("does not read a mutual NDA as a commission: no side findings from either side", () => {
    // Both parties disclose and receive; there is no 受託者 whose liability a cap would limit.
    const nda = readFileSync(join(ROOT, "samples/types/nda-mutual.filled.contract"), "utf8");
    const uncapped = nda.replace(/^.*上限.*$/gmu, "");
    for (const side of [null, "甲", "乙"])
      assert.deepEqual([...sided(uncapped, side).keys()], [], String(side));
    assert.ok(sided(CONTRACT, null).size > 0, "the same rules report in a service contract");
  });
});
