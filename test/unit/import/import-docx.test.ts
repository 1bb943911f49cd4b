import assert from "node:assert/strict";
import { deflateRawSync } from "node:zlib";
import { createContractService } from "../../../server/src/language";
import { importDocument } from "../../../server/src/import/import-document";
import { buildDocx, deleted, docxOfLines, inserted, paragraph, run } from "../../helpers/docx-builder";
import { GOLDEN_PATH, readRepoFile } from "../../helpers/fixtures";

const service = createContractService();

function rendered(source: string): string {
  return service.render(service.analyze(source), "text");
}

async function importOk(name: string, bytes: Uint8Array, choice: "accept" | "reject" = "accept") {
  const result = await importDocument(name, bytes, choice);
  assert.ok(result.ok, result.ok ? "" : result.message);
  return result;
}

async function importFails(name: string, bytes: Uint8Array): Promise<string> {
  const result = await importDocument(name, bytes);
  assert.ok(!result.ok, "the import should have failed");
  return result.message;
}

/** A ZIP of one stored or deflated entry, with the sizes its directory declares. */
function zipOf(name: string, data: Buffer, declaredSize: number): Buffer {
  const compressed = deflateRawSync(data);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryStart = local.length + nameBytes.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryStart, 16);
  return Buffer.concat([local, nameBytes, compressed, central, nameBytes, end]);
}

describe("import: DOCX", () => {
  it("imports the reference contract written as a Word document, rendering to the golden file", async () => {
    const raw = readRepoFile("test/fixtures/reference-raw.txt").replace(/\[bookmark: [^\]]*\]/gu, "");
    const result = await importOk("reference.docx", await docxOfLines(raw.replace(/\n$/u, "")));
    assert.equal(result.reading, "contract");
    assert.deepEqual(result.notes, []);
    assert.equal(rendered(result.source), readRepoFile(GOLDEN_PATH));
  });

  it("reads line breaks, tabs and tables as lines", async () => {
    const body = [
      paragraph("覚書"),
      paragraph(run("一行目"), "<w:r><w:br/></w:r>", run("二行目")),
      "<w:tbl><w:tr><w:tc>" +
        paragraph("セル1") +
        "</w:tc><w:tc>" +
        paragraph("セル2") +
        "</w:tc></w:tr></w:tbl>",
    ].join("");
    const result = await importOk("memo.docx", await buildDocx(body));
    assert.equal(rendered(result.source), "覚書\n\n一行目\n二行目\nセル1\nセル2\n");
  });

  it("reads the layout of Keiyaku's own export: underlined spaces as blanks, space before as a paragraph break, no seal mark", async () => {
    const underlinedBlank =
      '<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">\u3000\u3000\u3000\u3000</w:t></w:r>';
    const spaced = (text: string) => `<w:p><w:pPr><w:spacing w:before="200"/></w:pPr>${run(text)}</w:p>`;
    const body = [
      paragraph("サーバー管理契約書"),
      paragraph("第1条（報酬）"),
      paragraph("甲は乙に対し、月額金", underlinedBlank, "円（消費税別）を支払う。"),
      paragraph("以上、本契約締結の証として、本書2通を作成する。"),
      spaced("契約締結日：令和8年12月1日"),
      spaced("甲（委託者）"),
      paragraph("会社名：株式会社アルファ"),
      paragraph("所在地：東京都千代田区丸の内1-1-1"),
      paragraph("代表者：代表取締役 山田太郎"),
      paragraph("署名・押印：", underlinedBlank, "<w:r><w:tab/><w:t>㊞</w:t></w:r>"),
    ].join("");
    const result = await importOk("exported.docx", await buildDocx(body));
    assert.equal(result.reading, "contract");
    assert.match(result.source, /月額報酬：＿円（消費税別）/u);
    assert.match(result.source, /署名欄\n {2}甲/u);
    assert.match(
      rendered(result.source),
      /本書2通を作成する。\n\n契約締結日：令和8年12月1日\n\n甲（委託者）/u,
    );
  });

  it("writes Word's automatic numbering as text: 第%1条 in kanji, 1．, （1）", async () => {
    const numbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="japaneseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2．"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%3）"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    </w:numbering>`;
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="Article"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    </w:styles>`;
    const numbered = (level: number, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;
    const article = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Article"/></w:pPr>${run(text)}</w:p>`;
    const body = [
      paragraph("業務委託契約書"),
      article("（目的）"),
      paragraph("甲は乙に業務を委託する。"),
      article("（業務）"),
      numbered(1, "乙は次の業務を行う。"),
      numbered(2, "監視"),
      numbered(2, "保守"),
      numbered(1, "乙は報告する。"),
      article("（協議）"),
      numbered(1, "協議する。"),
    ].join("");
    const result = await importOk(
      "numbered.docx",
      await buildDocx(body, { "word/numbering.xml": numbering, "word/styles.xml": styles }),
    );
    assert.equal(
      rendered(result.source),
      [
        "業務委託契約書",
        "",
        "第一条（目的）",
        "甲は乙に業務を委託する。",
        "",
        "第二条（業務）",
        "1．乙は次の業務を行う。",
        "（1）監視",
        "（2）保守",
        "2．乙は報告する。",
        "",
        "第三条（協議）",
        "1．協議する。",
        "",
      ].join("\n"),
    );
  });

  describe("with tracked changes", () => {
    const body = [
      paragraph("業務委託契約書"),
      paragraph("第1条（報酬）"),
      paragraph(
        "甲は乙に対し、月額金",
        deleted("300,000円"),
        inserted("350,000円"),
        "（消費税別）を支払う。",
      ),
      paragraph("第2条（協議）"),
      paragraph("本契約に定めのない事項は協議する。", inserted("協議は書面で行う。", 3)),
      `<w:p><w:pPr><w:rPr><w:ins w:id="4" w:author="相手方"/></w:rPr></w:pPr>${inserted("新しい段落", 5)}</w:p>`,
      paragraph("以上"),
    ].join("");

    it("takes the accepted text by default, and says the file has tracked changes", async () => {
      const result = await importOk("marked.docx", await buildDocx(body));
      assert.match(result.notes.join(""), /変更履歴があります。変更をすべて承諾した本文/u);
      const text = rendered(result.source);
      assert.match(text, /月額金350,000円（消費税別）/u);
      assert.match(text, /協議する。協議は書面で行う。/u);
      assert.match(text, /新しい段落/u);
      assert.doesNotMatch(text, /300,000円/u);
      assert.match(result.source, /月額報酬：350,000円（消費税別）/u);
    });

    it("takes the original text with reject", async () => {
      const result = await importOk("marked.docx", await buildDocx(body), "reject");
      assert.match(result.notes.join(""), /元に戻した（元の）本文/u);
      const text = rendered(result.source);
      assert.match(text, /月額金300,000円（消費税別）/u);
      assert.doesNotMatch(text, /350,000円|書面で行う|新しい段落/u);
    });

    it("keeps moved text where it was moved to (accepted) or from (rejected)", async () => {
      const moved = [
        paragraph("覚書"),
        paragraph("前", '<w:moveFrom w:id="7" w:author="a">' + run("移動した文") + "</w:moveFrom>"),
        paragraph("後", '<w:moveTo w:id="8" w:author="a">' + run("移動した文") + "</w:moveTo>"),
      ].join("");
      const accepted = rendered((await importOk("moved.docx", await buildDocx(moved))).source);
      assert.match(accepted, /^前\n後移動した文$/mu);
      const rejected = rendered((await importOk("moved.docx", await buildDocx(moved), "reject")).source);
      assert.match(rejected, /^前移動した文\n後$/mu);
    });
  });

  describe("refuses with a Japanese message", () => {
    it("an OLE container (a password-protected DOCX or a .doc)", async () => {
      const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
      assert.match(
        await importFails("secret.docx", ole),
        /^secret\.docx: パスワードで保護された Word 文書か、古い形式（\.doc）/u,
      );
    });

    it("a .docx that is not a ZIP, and a ZIP that is not a Word document", async () => {
      assert.match(await importFails("fake.docx", Buffer.from("hello")), /DOCX（ZIP 形式）ではありません/u);
      const notWord = zipOf("word/document.xml", Buffer.from("<x/>"), 4);
      assert.match(await importFails("x.docx", notWord), /Word 文書（\.docx）ではありません/u);
    });

    it("a truncated DOCX", async () => {
      const whole = await docxOfLines("覚書\n本文");
      assert.match(
        await importFails("cut.docx", whole.subarray(0, whole.length - 30)),
        /壊れているため読めません/u,
      );
    });

    it("a zip bomb: a part that inflates past what it declares", async () => {
      const bomb = zipOf("word/document.xml", Buffer.alloc(50 * 1024 * 1024, 0x20), 1000);
      assert.ok(bomb.length < 100_000);
      assert.match(await importFails("bomb.docx", bomb), /壊れているため読めません/u);
    });

    it("a part that declares more than the limit", async () => {
      const big = zipOf("word/document.xml", Buffer.from("<x/>"), 40 * 1024 * 1024);
      assert.match(await importFails("big.docx", big), /大きすぎるため読みません/u);
    });

    it("deeply nested XML, and a DOCTYPE", async () => {
      const deep = "<w:r>".repeat(100_000) + "</w:r>".repeat(100_000);
      assert.match(await importFails("deep.docx", await buildDocx(paragraph(deep))), /入れ子が深すぎる/u);
      const doctype = await buildDocx(paragraph("x"), {
        "word/document.xml": '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="wordprocessingml"/>',
      });
      assert.match(await importFails("dtd.docx", doctype), /読まない形式/u);
    });

    it("an empty document, a PDF, a Shift_JIS, EUC-JP or UTF-16 text file", async () => {
      assert.match(await importFails("empty.txt", Buffer.alloc(0)), /空のファイルです/u);
      assert.match(await importFails("blank.docx", await buildDocx(paragraph(""))), /空のファイルです/u);
      assert.match(await importFails("a.pdf", Buffer.from("%PDF-1.7\n")), /PDF は取り込めません/u);
      const sjis = Buffer.from([0x8c, 0x5f, 0x96, 0xf1, 0x8f, 0x91, 0x82, 0xcc, 0x96, 0x7b, 0x95, 0xb6]);
      assert.match(await importFails("sjis.txt", sjis), /Shift_JIS/u);
      const eucjp = Buffer.from([0xb7, 0xc0, 0xcc, 0xf3, 0xbd, 0xf1]);
      assert.match(await importFails("euc.txt", eucjp), /EUC-JP/u);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("契約書", "utf16le")]);
      assert.match(await importFails("utf16.txt", utf16), /UTF-16/u);
    });
  });
});
