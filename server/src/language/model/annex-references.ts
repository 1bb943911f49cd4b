/**
 * Mentions of annexes in prose — 別紙1, 別紙「仕様書」, 別紙仕様書, 別紙のとおり — and the annex
 * (別紙 block) each one means. Whether a mention names something that must exist is decided here
 * too: a number or a quoted title does; a bare 別紙 or 別紙記載 names no particular annex.
 */
import type { AnnexBlock, Span } from "../ast";
import type { ProseLine } from "./prose-line";
import { parseNumeral } from "../values/numerals";
import { matchesOf } from "../pattern-matches";

export interface AnnexMention {
  readonly span: Span;
  /** As written: 別紙1, 別紙「仕様書」, 別紙仕様書. */
  readonly written: string;
  /** The annex it means, or null when none (or none in particular). */
  readonly annex: AnnexBlock | null;
  /** True when the mention names one annex (by number or title), so that a missing one is a finding. */
  readonly specific: boolean;
}

// 別紙 then a number (a kanji one only where the word ends: 別紙一覧 is not 別紙1), a quoted title,
// the name of a document (別紙仕様書, 別紙体制図及び… ends at 図), or other words run on
// (別紙運用手順, 別紙記載の).
const MENTION =
  /別紙(?:([0-9０-９]+|[一二三四五六七八九十]+(?!\p{Script=Han}))|「([^」\r\n]{1,40})」|([\p{Script=Han}\p{Script=Katakana}ー]{0,11}?(?:書|表|図|一覧|明細|目録|リスト))|([\p{Script=Han}\p{Script=Katakana}ー]{1,12}))?/gu;
const mentions = matchesOf(MENTION);

function byNumber(annexes: readonly AnnexBlock[], value: number | null): AnnexBlock | null {
  const found = annexes.find((a) => a.number !== null && a.number.value === value);
  if (found !== undefined) return found;
  // A contract with one unnumbered annex calls it 別紙1 as often as 別紙.
  const only = annexes.length === 1 ? annexes[0] : undefined;
  return value === 1 && only?.number === null ? only : null;
}

function byTitle(annexes: readonly AnnexBlock[], title: string, prefix: boolean): AnnexBlock | null {
  return (
    annexes.find((a) => a.title !== null && (prefix ? title.startsWith(a.title) : a.title === title)) ?? null
  );
}

function mentionOf(match: RegExpMatchArray, line: ProseLine, annexes: readonly AnnexBlock[]): AnnexMention {
  const start = line.start + (match.index ?? 0);
  const [written, digits, quoted, document, run] = match;
  const span = { start, end: start + written.length };
  if (digits !== undefined) {
    return { span, written, annex: byNumber(annexes, parseNumeral(digits)), specific: true };
  }
  if (quoted !== undefined) return { span, written, annex: byTitle(annexes, quoted, false), specific: true };
  // A document's name names one annex; other words may be its title (別紙運用手順) or not.
  if (document !== undefined)
    return { span, written, annex: byTitle(annexes, document, true), specific: true };
  if (run !== undefined) {
    const annex = byTitle(annexes, run, true);
    return { span, written, annex: annex ?? only(annexes), specific: annex !== null };
  }
  return { span, written, annex: only(annexes), specific: false };
}

/** The one annex a bare 別紙 can mean. */
function only(annexes: readonly AnnexBlock[]): AnnexBlock | null {
  return annexes.length === 1 ? (annexes[0] ?? null) : null;
}

export function annexMentions(line: ProseLine, annexes: readonly AnnexBlock[]): AnnexMention[] {
  if (!line.text.includes("別紙")) return [];
  return [...mentions(line.text)].map((m) => mentionOf(m, line, annexes));
}
