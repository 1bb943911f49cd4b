import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createContractService } from "../../../server/src/language";
import { contractForWorkTax, stampDuty } from "../../../server/src/language/law/stamp-duty";
import { runCli } from "../../helpers/cli-run";
import { FILLED_PATH } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

const service = createContractService();

function facts(values: string) {
  return service.analyze(`条件\n${values}\n`).facts;
}

const input = (
  typeId: string | null,
  values: string,
  extra: { electronic?: boolean; business?: boolean } = {},
) => ({
  typeId,
  facts: facts(values),
  lumpSum: null,
  betweenBusinesses: extra.business ?? true,
  electronic: extra.electronic ?? false,
});

describe("印紙税 (印紙税法 別表第一) as a derived fact", () => {
  it("第2号 by 記載金額, at the brackets' edges", () => {
    assert.equal(contractForWorkTax(9_999), 0);
    assert.equal(contractForWorkTax(10_000), 200);
    assert.equal(contractForWorkTax(1_000_000), 200);
    assert.equal(contractForWorkTax(1_000_001), 400);
    assert.equal(contractForWorkTax(3_000_000), 1_000);
    assert.equal(contractForWorkTax(5_000_000), 2_000);
    assert.equal(contractForWorkTax(10_000_000), 10_000);
    assert.equal(contractForWorkTax(100_000_001), 100_000);
    assert.equal(contractForWorkTax(5_000_000_001), 600_000);
    assert.equal(contractForWorkTax(null), 200);
  });

  it("server management with a monthly fee and a term: 第2号, fee × months of the first term", () => {
    const duty = stampDuty(
      input("server-management", "  月額報酬：300,000円\n  契約期間：1年\n  更新期間：1年"),
    );
    assert.equal(duty?.document, "第2号文書");
    assert.equal(duty?.amount, 3_600_000);
    assert.equal(duty?.tax, 2_000);
    assert.match(duty?.basis ?? "", /印紙税法 別表第一 第2号/);
  });

  it("no computable amount, continuing between businesses: 第7号 4,000円", () => {
    const duty = stampDuty(input("server-management", "  月額報酬：300,000円\n  更新期間：1年"));
    assert.equal(duty?.document, "第7号文書");
    assert.equal(duty?.tax, 4_000);
    assert.match(duty?.basis ?? "", /第7号・印紙税法施行令第26条第1号/);
  });

  it("not 第7号 between a business and an individual", () => {
    const duty = stampDuty(input("server-management", "  月額報酬：300,000円", { business: false }));
    assert.equal(duty?.document, "第2号文書");
    assert.equal(duty?.tax, 200);
  });

  it("none for 準委任, a mutual NDA and an electronic contract", () => {
    assert.equal(stampDuty(input("services-quasi-mandate", "  月額報酬：300,000円"))?.tax, 0);
    assert.equal(stampDuty(input("nda-mutual", ""))?.document, null);
    const electronic = stampDuty(
      input("server-management", "  月額報酬：300,000円\n  契約期間：1年", { electronic: true }),
    );
    assert.equal(electronic?.tax, 0);
    assert.match(electronic?.reason ?? "", /電子契約/);
  });

  it("請負 by its stated amount; an unknown type gets no fact", () => {
    assert.equal(
      stampDuty({ ...input("services-work", ""), lumpSum: { type: "money", yen: 12_000_000, tax: null } })
        ?.tax,
      20_000,
    );
    assert.equal(stampDuty(input(null, "  月額報酬：300,000円")), null);
  });

  it("the hover on 月額報酬 shows the 印紙税 with its basis", () => {
    const text = readFileSync(FILLED_PATH, "utf8");
    const analysis = service.analyze(text);
    const hover = service.hover(analysis, text.indexOf("月額報酬："));
    assert.match(hover?.contents ?? "", /印紙税（目安・印紙税法 別表第一 第2号）：第2号文書 2,000円/);
  });
});

describe("keiyaku facts", () => {
  it("lists every derived fact as JSON, the stamp duty and the laws included", async () => {
    const run = await runCli("facts", FILLED_PATH, "--format", "json");
    assert.equal(run.code, 0, run.stderr);
    const parsed = JSON.parse(run.stdout) as {
      file: string;
      facts: { id: string; label: string; text: string; basis: string }[];
    };
    assert.deepEqual(
      parsed.facts.map((f) => f.id),
      [
        "cap",
        "term-end",
        "renewal-deadline",
        "first-payment",
        "payment-allowance",
        "subcontract-act",
        "freelance-act",
        "stamp-duty",
      ],
    );
    const duty = parsed.facts.find((f) => f.id === "stamp-duty");
    assert.match(duty?.text ?? "", /第2号文書 2,000円/);
    assert.equal(duty?.basis, "印紙税法 別表第一 第2号");
    assert.match(parsed.facts.find((f) => f.id === "cap")?.text ?? "", /1,800,000円/);
  });

  it("prints text by default, and says when there is nothing to derive", async () => {
    const folder = tempFolder("facts");
    const empty = join(folder, "empty.contract");
    writeFileSync(empty, "前文\n本契約を締結する。\n");
    const run = await runCli("facts", empty);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /値から導かれる事実はありません/);
    const text = await runCli("facts", FILLED_PATH);
    assert.match(text.stdout, /印紙税：第2号文書 2,000円/);
    assert.match(text.stdout, /根拠：印紙税法 別表第一 第2号/);
  });

  it("usage errors exit 2 with a Japanese message", async () => {
    const run = await runCli("facts", FILLED_PATH, "--format", "xml");
    assert.equal(run.code, 2);
    assert.match(run.stderr, /text・json/);
    assert.equal((await runCli("facts")).code, 2);
  });
});
