/**
 * The 改め文 that change one part in place, under its old name, before anything is renumbered:
 *
 * - 「原契約第7条中「A」を「B」に、「C」を「D」に改める。」 — words within lines;
 * - 「原契約第18条第2項を次のように改める。」 — a paragraph or item rewritten (with its new line);
 * - 「原契約第7条の見出しを「（報酬等）」に改める。」 — a heading;
 * - 「原契約第18条を次のように改める。」 — the whole article, when its lines were added, removed or
 *   rearranged, or no smaller form says it (with its new heading and lines).
 *
 * 前文, 後文 and 別紙 take the first and last forms; the title 「原契約の題名を「…」に改める。」.
 */
import type { ComparedUnit, UnitLine } from "../compared-unit";
import { lineLocations, locationText, paragraphCount } from "./locator";
import { lineReplacements, type Replacement } from "./replacement-hunks";
import { AMENDED, type AmendmentSentence } from "./sentence";

function sameShape(a: readonly UnitLine[], b: readonly UnitLine[]): boolean {
  return (
    a.length === b.length && a.every((line, i) => line.kind === b[i]?.kind && line.number === b[i]?.number)
  );
}

function rewrite(unit: ComparedUnit, next: ComparedUnit, label: string): AmendmentSentence {
  const heading =
    unit.kind === "article"
      ? [next.heading.replace(next.label, label)]
      : unit.kind === "annex"
        ? [next.heading]
        : [];
  return {
    text: `${AMENDED}${label}を次のように改める。`,
    quoted: [...heading, ...next.lines.map((l) => l.text)],
  };
}

function headingSentence(label: string, title: string | null): AmendmentSentence | null {
  if (title === null) return null;
  return { text: `${AMENDED}${label}の見出しを「（${title}）」に改める。`, quoted: [] };
}

function replacementSentence(label: string, replacements: readonly Replacement[]): AmendmentSentence {
  const pairs = replacements.map((r) => `「${r.from}」を「${r.to}」に`).join("、");
  return { text: `${AMENDED}${label}中${pairs}改める。`, quoted: [] };
}

const MOSTLY = 0.5;

function quotedShare(replacements: readonly Replacement[], line: string): number {
  return replacements.reduce((sum, r) => sum + r.from.length, 0) / Math.max(1, line.length);
}

/** A line may be rewritten alone when it has a name of its own and no items hang from it. */
function lineName(lines: readonly UnitLine[], index: number, label: string): string | null {
  const locations = lineLocations(lines);
  const location = locations[index];
  const paragraphs = paragraphCount(locations);
  if (location === undefined) return null;
  if (location.item === null && (paragraphs < 2 || lines[index + 1]?.kind === "item")) return null;
  return `${label}${locationText(location, paragraphs)}`;
}

/** The sentences for the lines, or null when the article must be rewritten whole. */
function lineSentences(old: ComparedUnit, next: ComparedUnit, label: string): AmendmentSentence[] | null {
  const lines = old.lines.map((l) => l.text);
  const rewritten: AmendmentSentence[] = [];
  const replacements: Replacement[] = [];
  // Lines rewritten whole come first, so that the words changed after them are quoted from the
  // text as it then reads.
  const pending: number[] = [];
  for (const [i, line] of old.lines.entries()) {
    const target = next.lines[i]?.text ?? "";
    if (line.text === target) continue;
    pending.push(i);
  }
  const wordwise = new Map<number, true>();
  for (const i of pending) {
    const target = next.lines[i]?.text ?? "";
    const found = lineReplacements(lines[i] ?? "", target, lines.join("\n"));
    const name = old.kind === "article" ? lineName(old.lines, i, label) : null;
    // A line mostly rewritten reads better quoted whole, where it has a name of its own.
    if (found !== null && (name === null || quotedShare(found, lines[i] ?? "") <= MOSTLY)) {
      wordwise.set(i, true);
      continue;
    }
    if (name === null) return null;
    rewritten.push({ text: `${AMENDED}${name}を次のように改める。`, quoted: [target] });
    lines[i] = target;
  }
  for (const i of wordwise.keys()) {
    const target = next.lines[i]?.text ?? "";
    const found = lineReplacements(lines[i] ?? "", target, lines.join("\n"));
    if (found === null) return null;
    replacements.push(...found);
    lines[i] = target;
  }
  return replacements.length === 0 ? rewritten : [...rewritten, replacementSentence(label, replacements)];
}

function titleSentence(old: ComparedUnit, next: ComparedUnit): AmendmentSentence[] {
  if (old.heading === next.heading) return [];
  return [{ text: `${AMENDED}の題名を「${next.heading}」に改める。`, quoted: [] }];
}

/** The sentences that make `old` read as `next`, naming it `label` (its old name). */
export function contentSentences(old: ComparedUnit, next: ComparedUnit, label: string): AmendmentSentence[] {
  if (old.kind === "title") return titleSentence(old, next);
  const headingChanged = old.title !== next.title || (old.kind === "annex" && old.heading !== next.heading);
  const linesChanged =
    old.lines.some((l, i) => l.text !== next.lines[i]?.text) || old.lines.length !== next.lines.length;
  if (!headingChanged && !linesChanged) return [];
  if (!sameShape(old.lines, next.lines)) return [rewrite(old, next, label)];
  const heading = headingChanged
    ? old.kind === "article"
      ? headingSentence(label, next.title)
      : null
    : undefined;
  if (heading === null) return [rewrite(old, next, label)];
  const lines = linesChanged ? lineSentences(old, next, label) : [];
  if (lines === null) return [rewrite(old, next, label)];
  return [...(heading === undefined ? [] : [heading]), ...lines];
}
