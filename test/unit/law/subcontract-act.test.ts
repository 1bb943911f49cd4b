import assert from "node:assert/strict";
import { createContractService } from "../../../server/src/language";
import { commissionOf } from "../../../server/src/language/law/commission";
import {
  commissionKindOf,
  subcontractAct,
  type Coverage,
} from "../../../server/src/language/law/subcontract-act";

const service = createContractService();

interface Size {
  readonly capital?: string;
  readonly employees?: string;
  readonly individual?: boolean;
}

function party(symbol: string, role: string, size: Size): string {
  const name = size.individual === true ? "  氏名：山田太郎" : `  会社名：株式会社${symbol}`;
  const lines = [`当事者 ${symbol}（${role}）`, name];
  if (size.capital !== undefined) lines.push(`  資本金：${size.capital}`);
  if (size.employees !== undefined) lines.push(`  従業員数：${size.employees}`);
  return lines.join("\n");
}

function coverage(typeId: string, client: Size, contractor: Size): Coverage | undefined {
  const text = `${party("甲", "委託者", client)}\n\n${party("乙", "受託者", contractor)}\n`;
  const analysis = service.analyze(text);
  return subcontractAct(commissionKindOf(typeId), commissionOf(analysis.scope.partyOrder))?.coverage;
}

const status = (typeId: string, client: Size, contractor: Size) =>
  coverage(typeId, client, contractor)?.status;

describe("取適法: who is covered (第2条)", () => {
  describe("役務提供委託 (準委任・請負): 5千万円 / 1千万円 / 100人", () => {
    const SERVICE = "services-quasi-mandate";
    const smallStaff = { employees: "10人" };
    it("a client at exactly 5,000万円 is not over the threshold", () => {
      assert.equal(
        status(SERVICE, { capital: "5,000万円", employees: "50人" }, { capital: "2,000万円", ...smallStaff }),
        "does-not-apply",
      );
    });
    it("one yen over 5,000万円 against exactly 5,000万円 applies", () => {
      const found = coverage(SERVICE, { capital: "50,000,001円" }, { capital: "5,000万円" });
      assert.equal(found?.status, "applies");
      assert.match(found?.status === "applies" ? found.basis : "", /5,000万円超/);
    });
    it("a contractor one yen over 5,000万円 is not covered by the upper capital test", () => {
      assert.equal(
        status(SERVICE, { capital: "1億円", employees: "50人" }, { capital: "50,000,001円", ...smallStaff }),
        "does-not-apply",
      );
    });
    it("exactly 1,000万円 against less is not covered; one yen more is", () => {
      assert.equal(
        status(SERVICE, { capital: "1,000万円", employees: "50人" }, { capital: "500万円", ...smallStaff }),
        "does-not-apply",
      );
      assert.equal(status(SERVICE, { capital: "10,000,001円" }, { capital: "1,000万円" }), "applies");
    });
    it("employees: over 100 against exactly 100 applies; exactly 100 against fewer does not", () => {
      assert.equal(
        status(
          SERVICE,
          { capital: "1,000万円", employees: "101人" },
          { capital: "1,000万円", employees: "100人" },
        ),
        "applies",
      );
      assert.equal(
        status(
          SERVICE,
          { capital: "1,000万円", employees: "100人" },
          { capital: "1,000万円", employees: "50人" },
        ),
        "does-not-apply",
      );
      assert.equal(
        status(
          SERVICE,
          { capital: "1,000万円", employees: "200人" },
          { capital: "1,000万円", employees: "101人" },
        ),
        "does-not-apply",
      );
    });
    it("an individual contractor counts as below every capital threshold", () => {
      assert.equal(status(SERVICE, { capital: "2,000万円" }, { individual: true }), "applies");
    });
    it("unknown sizes say what would make the law apply", () => {
      const found = coverage(SERVICE, {}, {});
      assert.equal(found?.status, "unknown");
      assert.match(found?.status === "unknown" ? found.wouldApply : "", /5,000万円超.*100人超/);
    });
  });

  describe("情報処理 (server management): 3億円 / 1千万円 / 300人", () => {
    const SERVER = "server-management";
    it("exactly 3億円 against 5,000万円 is not covered; over 3億円 is", () => {
      assert.equal(
        status(SERVER, { capital: "3億円", employees: "50人" }, { capital: "5,000万円", employees: "10人" }),
        "does-not-apply",
      );
      assert.equal(status(SERVER, { capital: "300,000,001円" }, { capital: "3億円" }), "applies");
    });
    it("employees: 301 against exactly 300 applies; 300 against fewer does not", () => {
      assert.equal(
        status(
          SERVER,
          { capital: "1,000万円", employees: "301人" },
          { capital: "1,000万円", employees: "300人" },
        ),
        "applies",
      );
      assert.equal(
        status(
          SERVER,
          { capital: "1,000万円", employees: "300人" },
          { capital: "1,000万円", employees: "10人" },
        ),
        "does-not-apply",
      );
    });
  });

  it("a type that commissions no paid work is not checked", () => {
    assert.equal(commissionKindOf("nda-mutual"), null);
    assert.equal(coverage("nda-mutual", { capital: "5億円" }, { capital: "100万円" }), undefined);
  });
});
