/**
 * The DOCX export's structure, read back from word/document.xml and its neighbours: page, fonts on
 * every run, heading styles, a bookmark on each article's label and a REF field for each reference
 * that names an article, underlined blanks, the footer's page number and the document properties.
 */
import assert from "node:assert/strict";
import { exportDocx, REFERENCES_PATH, type Exported } from "../../helpers/docx-export";
import { FILLED_PATH } from "../../helpers/fixtures";
import { zipFile } from "../../helpers/zip-read";
import { writeDocx } from "../../../server/src/export/docx/write-docx";
import { createContractService, documentLayout } from "../../../server/src/language";

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Each paragraph's text, as Word shows it (a field's current result, a tab as \t). */
function paragraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((p) =>
    [...(p[1] ?? p[2] ?? "").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => (m[0] === "<w:tab/>" ? "\t" : decode(m[1] ?? "")))
      .join(""),
  );
}

/** The text render's lines as the DOCX prints them: blanks as underlined ideographic spaces, 印 beside each signature line. */
function expectedParagraphs(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(/＿/g, "\u3000"))
    .map((line) => (line.startsWith("署名・押印：") ? `${line}\t㊞` : line));
}

function instructions(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) =>
    decode(m[1] ?? "").trim(),
  );
}

describe("export: a hostile contract's DOCX", () => {
  it("escapes markup and replaces what XML cannot carry, losing no other character", async () => {
    const service = createContractService();
    const text =
      "契約書「悪意\uFFFFの契約書」\n\n第1条（目的）\n<w:t>&amp;</w:t>\u0007 \uFFFE\uD800 第9条 𠮷\n";
    const analysis = service.analyze(text);
    const docx = Buffer.from(await writeDocx(documentLayout(analysis)));
    const xml = zipFile(docx, "word/document.xml");
    assert.doesNotMatch(xml + zipFile(docx, "docProps/core.xml"), /[\uFFFE\uFFFF]/u);
    assert.equal(/[\uD800-\uDFFF]/u.test(xml), false, "no lone surrogate");
    const expected = expectedParagraphs(service.render(analysis, "text")).map((l) =>
      l.replace(/[\uFFFE\uFFFF\uD800-\uDFFF]/gu, "\uFFFD"),
    );
    assert.deepEqual(paragraphTexts(xml), expected);
    assert.ok(expected.some((l) => l.includes("<w:t>&amp;</w:t>⟨U+0007⟩") && l.includes("𠮷")));
  });
});

describe("export: DOCX structure", () => {
  let references: Exported;
  let filled: Exported;
  let documentXml: string;

  before(async () => {
    references = await exportDocx(REFERENCES_PATH);
    filled = await exportDocx(FILLED_PATH);
    documentXml = zipFile(references.docx, "word/document.xml");
  });

  it("has, paragraph by paragraph, the text of the text render", () => {
    for (const exported of [references, filled]) {
      const xml = zipFile(exported.docx, "word/document.xml");
      assert.deepEqual(paragraphTexts(xml), expectedParagraphs(exported.text));
    }
  });

  it("is A4 portrait with Word's Japanese default margins", () => {
    assert.match(documentXml, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    assert.match(documentXml, /<w:pgMar w:top="1984" w:right="1701" w:bottom="1701" w:left="1701"/);
  });

  it("names 游明朝 as the East Asian font of every run, and 10.5 pt by default", () => {
    const runs = [...documentXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? "");
    assert.ok(runs.length > 50, `${runs.length} runs`);
    const without = runs.filter((r) => !/<w:rFonts [^>]*w:eastAsia="游明朝"/.test(r));
    assert.deepEqual(without, []);
    const styles = zipFile(references.docx, "word/styles.xml");
    assert.match(
      styles,
      /<w:docDefaults>[\s\S]*<w:rFonts [^>]*w:eastAsia="游明朝"[\s\S]*<w:sz w:val="21"\/>/,
    );
  });

  it("puts article headings in Heading 2 (the navigation pane) and the title in Title", () => {
    const headings = [...documentXml.matchAll(/<w:pStyle w:val="Heading2"\/>/g)];
    assert.equal(headings.length, 5);
    assert.match(documentXml, /<w:pStyle w:val="Title"\/>[\s\S]*?業務委託契約書/);
    const styles = zipFile(references.docx, "word/styles.xml");
    assert.match(
      styles,
      /<w:style w:type="paragraph" w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>/,
    );
    assert.match(
      styles,
      /<w:style w:type="paragraph" w:styleId="KeiyakuItem">[\s\S]*?<w:ind w:left="420" w:hanging="420"\/>/,
    );
  });

  it("bookmarks each article's label, numbered by a SEQ field", () => {
    const names = [...documentXml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(names, ["_RefArticle1", "_RefArticle2", "_RefArticle3", "_RefArticle4", "_RefArticle5"]);
    const seq = instructions(documentXml).filter((i) => i.startsWith("SEQ"));
    assert.deepEqual(seq, Array(5).fill("SEQ Article \\* ARABIC"));
    // Inside the bookmark: 第, the field with its number as result, 条.
    assert.match(
      documentXml,
      /w:name="_RefArticle3"[^>]*\/>[\s\S]*?第[\s\S]*?SEQ Article[\s\S]*?<w:t[^>]*>3<\/w:t>[\s\S]*?条[\s\S]*?<w:bookmarkEnd/,
    );
  });

  it("makes each reference to an article a REF field to its bookmark, and leaves statutes and other spellings as text", () => {
    const refs = instructions(documentXml).filter((i) => i.startsWith("REF"));
    // 第2条, 第1条, 第2条(第1項), 第3条, {第条:秘密保持} → 第5条; not 民法第415条, 第一条 or 前項.
    assert.deepEqual(
      refs,
      [2, 1, 2, 3, 5].map((n) => `REF _RefArticle${n} \\h`),
    );
    assert.match(
      documentXml,
      /REF _RefArticle5 \\h [\s\S]*?<w:fldChar w:fldCharType="separate"\/>[\s\S]*?<w:t[^>]*>第5条<\/w:t>/,
    );
  });

  it("writes blanks as underlined ideographic spaces as wide as their ＿", () => {
    assert.match(
      documentXml,
      /<w:u w:val="single"\/>[\s\S]*?<w:t[^>]*>\u3000{4}<\/w:t><\/w:r><w:r>(?:(?!<w:u )[\s\S])*?<w:t[^>]*>円<\/w:t>/,
    );
  });

  it("numbers the pages 「- 1 -」 in the footer", () => {
    const footer = zipFile(references.docx, "word/footer1.xml");
    assert.match(footer, /<w:jc w:val="center"\/>/);
    assert.match(footer, /<w:t[^>]*>- <\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*> -<\/w:t>/);
  });

  it("records the title and the date it was made", () => {
    const core = zipFile(references.docx, "docProps/core.xml");
    assert.match(core, /<dc:title>業務委託契約書<\/dc:title>/);
    assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT/);
  });
});
