/**
 * The built-in contract types: valid against the schema the extension contributes, their blank
 * templates render and check with only blanks, their filled examples check clean, and each is
 * recognised from its title.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_TYPES } from "../../../server/src/language/types/builtin-types";
import { CATALOGUE } from "../../../server/src/language/check/registry";
import { buildCatalog, contractTypeOf } from "../../../server/src/language/model/contract-type";
import { createContractService } from "../../../server/src/language";
import { parseJsonData } from "../../../server/src/workspace/parse-json";
import { createDataValidators } from "../../../server/src/workspace/validate-data";
import { ROOT } from "../../helpers/fixtures";

const service = createContractService();
const offered = BUILTIN_TYPES.filter((type) => type.generic !== true);
const UNKNOWN_TYPE = "structure.unknown-contract-type";

function templatePath(id: string): string {
  return id === "server-management" ? "samples/server-management.contract" : `samples/types/${id}.contract`;
}

function filledPath(id: string): string {
  return templatePath(id).replace(/\.contract$/u, ".filled.contract");
}

function read(path: string): string {
  return readFileSync(join(ROOT, path), "utf8");
}

describe("built-in contract types", () => {
  it("are the ids other parts of Keiyaku rely on", () => {
    assert.deepEqual(
      offered.map((type) => type.id),
      ["server-management", "services-quasi-mandate", "services-work", "nda-mutual", "software-maintenance"],
    );
  });

  for (const file of BUILTIN_TYPES.map((type) => `${type.id}.json`)) {
    it(`${file} is valid against schemas/contract-type.schema.json`, async () => {
      const parsed = parseJsonData(read(`server/src/language/types/builtin/${file}`));
      assert.ok(parsed.root !== null, JSON.stringify(parsed.problems));
      assert.deepEqual(await createDataValidators().validate("contract-type", parsed.root), []);
    });
  }

  it("turn off only diagnostic ids that exist", () => {
    const ids = new Set(CATALOGUE.map((kind) => kind.id));
    for (const type of BUILTIN_TYPES) {
      for (const id of type.checks?.off ?? []) assert.ok(ids.has(id), `${type.id}: ${id}`);
    }
  });

  for (const type of offered) {
    describe(type.id, () => {
      it("its template renders and checks with only its blanks", () => {
        const analysis = service.analyze(read(templatePath(type.id)));
        assert.ok(service.render(analysis, "text").includes(type.name));
        const findings = service.check(analysis);
        const serious = findings.filter((d) => d.severity === "error" || d.severity === "warning");
        assert.ok(serious.length > 0, "the template has blanks");
        assert.deepEqual(
          serious.filter((d) => !d.id.startsWith("blank.")),
          [],
        );
        assert.ok(!findings.some((d) => d.id === UNKNOWN_TYPE));
      });

      it("its filled example checks clean and is recognised as the type", () => {
        const analysis = service.analyze(read(filledPath(type.id)));
        const findings = service.check(analysis);
        assert.deepEqual(
          findings.filter((d) => d.severity === "error" || d.severity === "warning"),
          [],
        );
        assert.equal(contractTypeOf(analysis.document, buildCatalog())?.id, type.id);
      });

      it("misses each essential article when it is taken out", () => {
        const text = read(filledPath(type.id));
        const essential = type.articles.find((a) => a.essential === true && a.topic !== "報酬");
        assert.ok(essential !== undefined);
        const analysis = service.analyze(text);
        const heading = analysis.index.articles.find((a) =>
          a.heading.title?.includes(essential.topic.slice(0, 2)),
        );
        assert.ok(heading !== undefined, essential.topic);
        const end = analysis.index.articles[analysis.index.articles.indexOf(heading) + 1]?.heading.span.start;
        assert.ok(end !== undefined);
        const cut = text.slice(0, heading.heading.span.start) + text.slice(end);
        const ids = service.check(service.analyze(cut)).map((d) => d.id);
        assert.ok(ids.includes("structure.missing-essential-article"), ids.join(", "));
      });
    });
  }
});

describe("recognising the type from the title", () => {
  const typeOf = (title: string) =>
    contractTypeOf(service.analyze(`契約書「${title}」\n`).document, buildCatalog())?.id ?? null;

  it("takes the type whose title word is the longest match", () => {
    assert.equal(typeOf("業務委託契約書（準委任）"), "services-quasi-mandate");
    assert.equal(typeOf("ソフトウェア開発業務の請負契約書"), "services-work");
    assert.equal(typeOf("相互秘密保持契約書"), "nda-mutual");
    assert.equal(typeOf("サーバ保守契約書"), "server-management");
    assert.equal(typeOf("覚書"), null);
  });

  it("says so when the title names no known type, listing the types", () => {
    const findings = service.check(service.analyze("契約書「業務提携契約書」\n\n第1条（目的）\nあ\n"));
    const unknown = findings.find((d) => d.id === UNKNOWN_TYPE);
    assert.ok(unknown !== undefined);
    assert.equal(unknown.severity, "information");
    for (const type of offered) assert.ok(unknown.message.includes(type.id), type.id);
  });

  it("reports the catch-all kind and no other generic kind (a 変更覚書 between companies is recognised)", () => {
    const parties = "\n当事者 甲\n  会社名：株式会社アルファ\n\n当事者 乙\n  会社名：株式会社ベータ\n\n";
    const idsOf = (title: string) =>
      service.check(service.analyze(`契約書「${title}」\n${parties}第1条（目的）\nあ\n`)).map((d) => d.id);
    assert.ok(idsOf("業務提携契約書").includes(UNKNOWN_TYPE));
    assert.ok(!idsOf("報酬の変更に関する覚書").includes(UNKNOWN_TYPE));
    // A workspace fallback kind is recognised unless it says it stands for "unknown".
    const fallback = { id: "memo", name: "メモ", titlePatterns: ["メモ"], generic: true, articles: [] };
    const options = (catchAll: boolean) => ({
      mode: "draft" as const,
      severities: {},
      types: [{ ...fallback, catchAll }],
    });
    const memo = service.analyze(`契約書「打合せメモ」\n${parties}第1条（目的）\nあ\n`);
    assert.ok(!service.check(memo, options(false)).some((d) => d.id === UNKNOWN_TYPE));
    assert.ok(service.check(memo, options(true)).some((d) => d.id === UNKNOWN_TYPE));
  });

  it("uses a workspace type passed in the options, and a workspace type replaces a built-in of its id", () => {
    const text = "契約書「サーバー管理契約書」\n\n第1条（目的）\nあ\n";
    const replaced = {
      id: "server-management",
      name: "サーバー管理契約書（社内版）",
      titlePatterns: ["サーバー管理"],
      articles: [{ topic: "監査", essential: true, skeleton: ["甲は乙の業務を監査できる。"] }],
    };
    const findings = service.check(service.analyze(text), {
      mode: "draft",
      severities: {},
      types: [replaced],
    });
    const missing = findings.filter((d) => d.id.startsWith("structure.missing"));
    assert.deepEqual(
      missing.map((d) => d.message.startsWith("「監査」の条がありません")),
      [true],
    );
  });
});
