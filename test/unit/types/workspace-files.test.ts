/**
 * The workspace's .keiyaku/ files read as hostile input: a bad file gets Japanese problems at its
 * exact place (file:line:col on the command line) and never breaks the other types; sizes, nesting,
 * aliases and prototype keys are refused; `keiyaku types`, `new` and `check` use the folder.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadKeiyaku } from "../../../server/src/workspace/keiyaku-folder";
import { checkDataText, MAX_DATA_FILE_BYTES } from "../../../server/src/workspace/data-file";
import { createDataValidators } from "../../../server/src/workspace/validate-data";
import { runCli } from "../../helpers/cli-run";
import { tempFolder } from "../../helpers/temp-folders";

const validators = createDataValidators();
const LEASE = {
  id: "office-lease",
  name: "事務所賃貸借契約書",
  titlePatterns: ["賃貸借"],
  articles: [{ topic: "敷金", essential: true, skeleton: ["乙は甲に敷金を預け入れる。"] }],
};

async function problemsOf(
  name: string,
  text: string,
  schema: "contract-type" | "playbook" = "contract-type",
) {
  return (await checkDataText(name, text, schema, validators)).problems.map(
    (p) => `${p.line + 1}:${p.character + 1} ${p.message}`,
  );
}

function workspace(files: Record<string, string>): string {
  const root = tempFolder("keiyaku-folder");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function inFolder<T>(folder: string, run: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(folder);
  try {
    return await run();
  } finally {
    process.chdir(before);
  }
}

describe("workspace data files", () => {
  it("reports a JSON syntax error at its line and column", async () => {
    assert.deepEqual(await problemsOf("t.json", '{\n  "id": "x",\n  "name" "y"\n}'), [
      "3:10 「:」がありません。",
    ]);
  });

  it("reports a schema error at the key or value it concerns, in Japanese", async () => {
    const text = JSON.stringify({ ...LEASE, id: "Bad Id", nmae: "x" }, null, 2);
    const problems = await problemsOf("t.json", text);
    assert.ok(
      problems.some((p) => p.startsWith("2:9 id：書き方が正しくありません。英小文字")),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((p) => /^\d+:3 項目「nmae」はこの場所に書けません/u.test(p)),
      problems.join("\n"),
    );
  });

  it("reads YAML with the same schema and positions", async () => {
    assert.deepEqual(
      await problemsOf("t.yaml", "id: x\nname: y\ntitlePatterns: [z]\narticles:\n  - topic: a\n"),
      ["5:5 articles[0]：項目「skeleton」がありません。"],
    );
  });

  it("refuses prototype keys, aliases, deep nesting and oversized files", async () => {
    assert.match(
      (await problemsOf("t.json", '{"__proto__": {"generic": true}}'))[0] ?? "",
      /項目名「__proto__」は使えません/u,
    );
    assert.match((await problemsOf("t.yaml", "a: &x [1]\nb: *x\n"))[0] ?? "", /エイリアス/u);
    assert.match(
      (await problemsOf("t.json", "[".repeat(20000) + "]".repeat(20000)))[0] ?? "",
      /入れ子が深すぎ/u,
    );
    assert.match((await problemsOf("t.json", " ".repeat(MAX_DATA_FILE_BYTES + 1)))[0] ?? "", /大きすぎます/u);
    assert.equal(({} as Record<string, unknown>)["generic"], undefined);
  });

  it("validates the playbook's rules by kind", async () => {
    const playbook = { rules: [{ id: "x", kind: "value", value: "支払期日", message: "m" }] };
    const problems = await problemsOf("playbook.json", JSON.stringify(playbook), "playbook");
    assert.ok(
      problems.some((p) => p.includes("atLeast")),
      problems.join("\n"),
    );
  });

  it("keeps the good types when one file is bad, and reports a duplicate id", async () => {
    const root = workspace({
      ".keiyaku/types/a-lease.json": JSON.stringify(LEASE),
      ".keiyaku/types/b-broken.json": "{ not json",
      ".keiyaku/types/c-again.yaml": "id: office-lease\nname: again\ntitlePatterns: [x]\narticles: []\n",
    });
    const config = await loadKeiyaku(join(root, ".keiyaku"), null, validators);
    assert.deepEqual(
      config.types.map((t) => t.data.id),
      ["office-lease"],
    );
    assert.ok(config.problems.some((p) => p.path.endsWith("b-broken.json")));
    assert.ok(
      config.problems.some((p) => p.path.endsWith("c-again.yaml") && p.message.includes("office-lease")),
    );
  });
});

describe("keiyaku types, new and check with a workspace", () => {
  it("lists the workspace's types with the built-in ones, as JSON", async () => {
    const root = workspace({ ".keiyaku/types/lease.json": JSON.stringify(LEASE) });
    const run = await inFolder(root, () => runCli("types", "--format", "json"));
    assert.equal(run.code, 0, run.stderr);
    const { types } = JSON.parse(run.stdout) as { types: { id: string; name: string; source: string }[] };
    assert.deepEqual(types.at(-1), { ...types.at(-1), id: "office-lease", source: "workspace" });
    assert.ok(types.some((t) => t.id === "server-management" && t.name === "サーバー管理契約書"));
  });

  it("writes a new contract from a type, refuses to overwrite, and names the closest id", async () => {
    const root = workspace({ ".keiyaku/types/lease.json": JSON.stringify(LEASE) });
    const file = join(root, "new.contract");
    assert.equal((await runCli("new", "--type", "nda-mutual", "-o", file)).code, 0);
    assert.match(readFileSync(file, "utf8"), /契約書「秘密保持契約書」/u);
    const again = await runCli("new", "--type", "nda-mutual", "-o", file);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /既にあります。上書きするなら --force/u);
    assert.equal((await runCli("new", "--type", "services-work", "-o", file, "--force")).code, 0);
    assert.match(readFileSync(file, "utf8"), /請負/u);
    const wrong = await runCli("new", "--type", "nda-mutal", "-o", join(root, "x.contract"));
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /種類「nda-mutal」はありません。もしかして「nda-mutual」ですか？/u);
    const generated = join(root, "lease.contract");
    assert.equal(
      (await inFolder(root, () => runCli("new", "--type", "office-lease", "-o", generated))).code,
      0,
    );
    assert.match(readFileSync(generated, "utf8"), /第1条（敷金）\n乙は甲に敷金を預け入れる。/u);
  });

  it("checks with the folder above the file and prints a bad file's problems as file:line:col", async () => {
    const root = workspace({
      ".keiyaku/types/lease.json": JSON.stringify(LEASE),
      ".keiyaku/types/broken.json": '{\n  "id": 1\n}\n',
      "contracts/lease.contract": "契約書「事務所賃貸借契約書」\n\n第1条（目的）\nあ\n",
    });
    const run = await inFolder(root, () => runCli("check", "contracts/lease.contract"));
    assert.match(run.stdout, /structure\.missing-essential-article: 「敷金」の条がありません/u);
    assert.match(run.stderr, /^\.keiyaku\/types\/broken\.json:2:9: id：文字列で書いてください。$/mu);
    assert.equal(run.code, 1);
  });

  it("applies the playbook given with --playbook", async () => {
    const root = workspace({
      "team.json": JSON.stringify({
        rules: [{ id: "no-word", kind: "forbiddenPhrase", phrases: ["あ"], message: "「あ」は使わない。" }],
      }),
      "c.contract": "契約書「覚書」\n\n第1条（目的）\nあ\n",
    });
    const run = await runCli(
      "check",
      join(root, "c.contract"),
      "--playbook",
      join(root, "team.json"),
      "--format",
      "json",
    );
    assert.match(run.stdout, /playbook\.no-word/u);
  });
});
