import assert from "node:assert/strict";
import { TextDocument } from "vscode-languageserver-textdocument";
import { buildLineIndex, createContractService } from "../../../server/src/language";
import { currentView, movedView } from "../../../server/src/lsp/document-view";

const service = createContractService();
const TEXT =
  "契約書「テスト契約書」\n\n第1条（目的）\n甲は{月額報酬}を払う。\n\n第2条（期間）\n乙は{期間}働く。\n";

/** The document after typing `inserted` at `offset`, as TextDocuments applies an edit. */
function edited(offset: number, inserted: string): TextDocument {
  const document = TextDocument.create("file:///a.contract", "contract", 1, TEXT);
  const at = document.positionAt(offset);
  return TextDocument.update(document, [{ range: { start: at, end: at }, text: inserted }], 2);
}

describe("lsp: a document seen through an earlier version's analysis", () => {
  const analysis = service.analyze(TEXT);
  const first = TEXT.indexOf("{月額報酬}");
  const second = TEXT.indexOf("{期間}");

  it("is the current view when the analysis is of the document's text", () => {
    const document = TextDocument.create("file:///a.contract", "contract", 1, TEXT);
    const view = movedView(document, analysis, () => buildLineIndex(TEXT));
    assert.equal(view.current, true);
    assert.deepEqual(view.rangeOf({ start: second, end: second + 4 }), {
      start: document.positionAt(second),
      end: document.positionAt(second + 4),
    });
  });

  it("moves through the change the newest analysis's re-parse found, as through the texts' own", () => {
    for (const [at, inserted] of [
      [TEXT.indexOf("払う"), "必ず\n"],
      [TEXT.indexOf("月額"), "毎月の"],
      [TEXT.indexOf("を払う"), "を"],
      [TEXT.length, "第3条（解除）\n"],
    ] as const) {
      const document = edited(at, inserted);
      const newest = service.analyze(document.getText(), analysis);
      assert.ok(newest.parse.edit !== undefined, "the re-parse records its change");
      const known = movedView(document, analysis, () => buildLineIndex(TEXT), newest);
      const found = movedView(document, analysis, () => buildLineIndex(TEXT));
      for (let offset = 0; offset <= TEXT.length; offset++) {
        const span = { start: offset, end: Math.min(TEXT.length, offset + 3) };
        assert.deepEqual(known.rangeOf(span), found.rangeOf(span), `${inserted} at ${at}: ${offset}`);
      }
      const position = document.positionAt(at + 1);
      assert.equal(known.offsetOf(position), found.offsetOf(position));
    }
  });

  it("finds the change itself when the newest analysis started from another version", () => {
    const document = edited(TEXT.indexOf("払う"), "必ず");
    const other = service.analyze(`${TEXT}\n`);
    const newest = service.analyze(document.getText(), other);
    const view = movedView(document, analysis, () => buildLineIndex(TEXT), newest);
    assert.deepEqual(view.rangeOf({ start: second, end: second + 4 }), {
      start: document.positionAt(second + 2),
      end: document.positionAt(second + 6),
    });
  });

  it("moves spans after the edit by its length and keeps those before it", () => {
    const at = TEXT.indexOf("払う");
    const document = edited(at, "必ず\n");
    const view = movedView(document, analysis, () => buildLineIndex(TEXT));
    assert.equal(view.current, false);
    // Before the edit: where it was.
    assert.deepEqual(view.rangeOf({ start: first, end: first + 6 }), {
      start: document.positionAt(first),
      end: document.positionAt(first + 6),
    });
    // After it: three characters later, one line down.
    const moved = view.rangeOf({ start: second, end: second + 4 });
    assert.deepEqual(moved, { start: document.positionAt(second + 3), end: document.positionAt(second + 7) });
    assert.equal(document.getText().slice(second + 3, second + 7), "{期間}");
    // A position the client sends after the edit is read back in the analysis's text.
    assert.equal(view.offsetOf(moved.start), second);
    assert.deepEqual(view.spanOf(moved), { start: second, end: second + 4 });
    assert.deepEqual(view.positionAt(second), moved.start);
  });

  it("reads a position inside the typed text as the edit's start, and never makes a range end before it starts", () => {
    const at = TEXT.indexOf("月額");
    const document = edited(at, "毎月の");
    const view = movedView(document, analysis, () => buildLineIndex(TEXT));
    assert.equal(view.offsetOf(document.positionAt(at + 2)), at);
    const range = view.rangeOf({ start: first, end: first + 6 });
    assert.deepEqual(range, { start: document.positionAt(first), end: document.positionAt(first + 9) });
    const inside = view.rangeOf({ start: at, end: at });
    assert.ok(document.offsetAt(inside.end) >= document.offsetAt(inside.start));
  });

  it("answers from an analysis of the current text exactly as the document's own positions", () => {
    const document = TextDocument.create("file:///a.contract", "contract", 1, TEXT);
    const view = currentView(document, analysis);
    for (const offset of [0, first, second, TEXT.length]) {
      assert.equal(view.offsetOf(document.positionAt(offset)), offset);
      assert.deepEqual(view.positionAt(offset), document.positionAt(offset));
    }
  });

  it("moves a range kept in the analysis's own lines exactly as it moves the span", () => {
    const edits: { at: number; remove: number; insert: string }[] = [
      { at: TEXT.indexOf("払う"), remove: 0, insert: "必ず\n" },
      { at: TEXT.indexOf("\n第2条"), remove: 0, insert: "\n" },
      { at: TEXT.indexOf("\n第2条") + 1, remove: 0, insert: "あ" },
      { at: TEXT.indexOf("甲は"), remove: TEXT.indexOf("乙は") - TEXT.indexOf("甲は"), insert: "丙は\r\n" },
      { at: TEXT.length, remove: 0, insert: "\n末尾" },
    ];
    for (const edit of edits) {
      const document = TextDocument.create("file:///a.contract", "contract", 1, TEXT);
      const range = { start: document.positionAt(edit.at), end: document.positionAt(edit.at + edit.remove) };
      TextDocument.update(document, [{ range, text: edit.insert }], 2);
      const view = movedView(document, analysis, () => buildLineIndex(TEXT));
      for (let start = 0; start <= TEXT.length; start += 3) {
        for (const end of [start, Math.min(TEXT.length, start + 5), TEXT.length]) {
          const span = { start, end };
          assert.deepEqual(
            view.moveRange(view.analysisRangeOf(span)),
            view.rangeOf(span),
            JSON.stringify({ edit, span }),
          );
        }
      }
    }
  });

  it("keeps a range that typing within another line does not move the same object", () => {
    const document = edited(TEXT.indexOf("払う"), "必ず");
    const view = movedView(document, analysis, () => buildLineIndex(TEXT));
    const range = (start: number, end: number) => view.analysisRangeOf({ start, end });
    // On a later line: the same object, so that what was written for it is sent as it was.
    const later = range(second, second + 4);
    assert.equal(view.moveRange(later), later);
    // On the edited line, after the typing: moved.
    const after = range(TEXT.indexOf("払う") + 1, TEXT.indexOf("払う") + 2);
    assert.notEqual(view.moveRange(after), after);
    assert.deepEqual(view.moveRange(after).start, {
      line: after.start.line,
      character: after.start.character + 2,
    });
    // Typing a line break moves every later line.
    const broken = edited(TEXT.indexOf("払う"), "\n");
    const brokenView = movedView(broken, analysis, () => buildLineIndex(TEXT));
    const moved = brokenView.moveRange(later);
    assert.notEqual(moved, later);
    assert.equal(moved.start.line, later.start.line + 1);
  });
});
