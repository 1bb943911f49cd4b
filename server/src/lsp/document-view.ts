/**
 * An open document seen through an analysis: of its current text, or of an earlier version whose
 * shared views are built, with offsets moved through the edits since (as carried diagnostics are).
 *
 * After an edit to a large contract, building the new version's views (document, index, term
 * index) takes a few hundred milliseconds of slices, and every request that waited for them waited
 * that long. The previous version's views, moved through the edit, answer at once: only what lies
 * inside the edited range can be out of date, and the editor asks again after the next change.
 */
import type { Position, Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import {
  changeBetween,
  mapOffset,
  positionAt,
  type Analysis,
  type LineIndex,
  type Span,
  type TextChange,
} from "../language";
import { offsetOf as documentOffsetOf } from "./convert";

export interface DocumentView {
  readonly document: TextDocument;
  readonly analysis: Analysis;
  /** True when the analysis is of the document's current text; false when it is moved through edits. */
  readonly current: boolean;
  /** The offset in the analysis's text of a position the client sent for the document. */
  offsetOf(position: { line: unknown; character: unknown }): number;
  /** A range the client sent for the document as a span of the analysis's text. */
  spanOf(range: Range): Span;
  /** An offset of the analysis's text as a position in the document. */
  positionAt(offset: number): Position;
  /** A span of the analysis's text as a range of the document. */
  rangeOf(span: Span): Range;
  /**
   * A span as a range of the analysis's own text (the document's, in a current view): what a
   * whole-document answer is kept in with its analysis, and moved with `moveRange`.
   */
  analysisRangeOf(span: Span): Range;
  /**
   * A range of the analysis's own text moved into the document, as `rangeOf` moves spans; the
   * same object when the edits since do not move it (all after it, or within other lines).
   */
  moveRange(range: Range): Range;
}

/** The view's span and range conversions from its offset and range mappings. */
function viewOf(
  document: TextDocument,
  analysis: Analysis,
  moved: {
    readonly toAnalysis: (offset: number) => number;
    readonly toDocument: (offset: number, side: -1 | 1) => number;
    readonly analysisRangeOf: (span: Span) => Range;
    readonly moveRange: (range: Range) => Range;
  } | null,
): DocumentView {
  const toAnalysis = moved?.toAnalysis ?? ((offset: number) => offset);
  const toDocument = moved?.toDocument ?? ((offset: number) => offset);
  const offsetOf = (position: { line: unknown; character: unknown }) =>
    toAnalysis(documentOffsetOf(document, position));
  const rangeOf = (span: Span): Range => {
    const start = toDocument(span.start, -1);
    const end = Math.max(start, toDocument(span.end, 1));
    return { start: document.positionAt(start), end: document.positionAt(end) };
  };
  return {
    document,
    analysis,
    current: moved === null,
    offsetOf,
    spanOf(range) {
      const start = offsetOf(range.start);
      const end = offsetOf(range.end);
      return { start: Math.min(start, end), end: Math.max(start, end) };
    },
    positionAt: (offset) => document.positionAt(toDocument(offset, -1)),
    rangeOf,
    analysisRangeOf: moved?.analysisRangeOf ?? rangeOf,
    moveRange: moved?.moveRange ?? ((range) => range),
  };
}

/** The document through the analysis of its current text. */
export function currentView(document: TextDocument, analysis: Analysis): DocumentView {
  return viewOf(document, analysis, null);
}

/**
 * Where a new offset was in the old text: before the change it stays, after it it moves back by
 * the change in length, and inside the new text it goes to the change's start.
 */
function unmapOffset(change: TextChange, offset: number): number {
  if (offset <= change.start) return offset;
  if (offset >= change.newEnd) return offset - (change.newEnd - change.oldEnd);
  return change.start;
}

/**
 * Where an offset of the old text is in the new one. The change is found by comparing the texts
 * (the longest common start first), so text inserted where it could have gone earlier is placed
 * as late as it can be: what starts or ends right at an insertion was after the typing and moves
 * with it (typing "\n" before a heading moves the heading, typing at a line's end extends it).
 */
function moveOffset(change: TextChange, offset: number, side: -1 | 1): number {
  const insertion = change.oldEnd === change.start;
  return insertion && offset === change.start ? change.newEnd : mapOffset(change, offset, side);
}

/** Positions in order: negative when `a` comes first. */
function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Where `text` differs from the analysis's: as the re-parse of `newest` (an analysis of `text`)
 * found it, when that re-parse started from this analysis; else found by comparing the texts,
 * which for 3 MB took 2–5 ms of the first request after each keystroke.
 */
function changeSince(analysis: Analysis, text: string, newest: Analysis | undefined): TextChange {
  const edit = newest?.parse.edit;
  return newest?.text === text && edit?.previousText === analysis.text
    ? edit.change
    : changeBetween(analysis.text, text);
}

/**
 * The document through the analysis of an earlier version, moved through the edits since.
 * `analysisLines` is the line index of the analysis's text (kept with it by the caller);
 * `newest`, the newest analysis of the document, may know the change already.
 */
export function movedView(
  document: TextDocument,
  analysis: Analysis,
  analysisLines: () => LineIndex,
  newest?: Analysis,
): DocumentView {
  const text = document.getText();
  if (analysis.text === text) return currentView(document, analysis);
  const change = changeSince(analysis, text, newest);
  const insertion = change.oldEnd === change.start;
  // The change in positions: where it starts (the same in both texts), where it ended in the old
  // text and where it ends in the new one.
  const start = document.positionAt(change.start);
  const oldEnd = positionAt(analysisLines(), change.oldEnd);
  const newEnd = document.positionAt(change.newEnd);
  const lineShift = newEnd.line - oldEnd.line;
  /** An old position in the new text, as `moveOffset` moves offsets. */
  const movePosition = (position: Position, side: -1 | 1): Position => {
    const atStart = compare(position, start);
    if (insertion && atStart === 0) return newEnd;
    if (atStart <= 0) return position;
    if (compare(position, oldEnd) >= 0) {
      if (position.line === oldEnd.line) {
        return { line: newEnd.line, character: newEnd.character + position.character - oldEnd.character };
      }
      // Past the edited lines, a position that did not move stays the same object (typing within
      // a line moves no other line), so that what was kept written for it can be reused.
      return lineShift === 0 ? position : { line: position.line + lineShift, character: position.character };
    }
    return side < 0 ? start : newEnd;
  };
  return viewOf(document, analysis, {
    toAnalysis: (offset) => unmapOffset(change, offset),
    toDocument: (offset, side) => moveOffset(change, offset, side),
    analysisRangeOf(span) {
      const lines = analysisLines();
      return { start: positionAt(lines, span.start), end: positionAt(lines, span.end) };
    },
    moveRange(range) {
      if (compare(range.end, start) < 0) return range;
      const movedStart = movePosition(range.start, -1);
      const movedEnd = movePosition(range.end, 1);
      if (movedStart === range.start && movedEnd === range.end) return range;
      return { start: movedStart, end: compare(movedEnd, movedStart) < 0 ? movedStart : movedEnd };
    },
  });
}
