/**
 * Splits an imported document's lines into the parts of a contract: title, 前文, articles (and
 * chapter headings), 後文, signature blocks and 別紙. Everything not recognised stays in the part
 * around it as prose, so no line is lost.
 */
import { headingOf, type Heading } from "./headings";
import type { ImportedParty, ImportedSection, ProseLine } from "./imported-contract";
import { plainLine } from "./imported-contract";
import { isBlankLine } from "./input-lines";
import { findSignatureBlocks } from "./signature-blocks";
import { titleOf } from "./title-line";

/** How a closing (後文) begins: 「以上、本契約締結の証として…」, 「本契約の成立を証するため…」. */
const CLOSING_START =
  /^[ \t\u3000]*(?:以上|本契約(?:の)?(?:締結|成立)(?:の証|を証)|上記(?:契約)?の?(?:締結|成立)を証|この契約の(?:締結|成立)?を?証)/u;

export interface Outline {
  readonly title: string | null;
  readonly preamble: readonly ProseLine[];
  readonly body: readonly ImportedSection[];
  readonly closing: readonly ProseLine[];
  readonly signatureParties: readonly ImportedParty[] | null;
  readonly annexes: readonly ImportedSection[];
}

interface Located extends Heading {
  readonly line: number;
}

function prose(lines: readonly string[], from: number, to: number): ProseLine[] {
  return lines.slice(from, to).map(plainLine);
}

function firstContentLine(lines: readonly string[]): number {
  let i = 0;
  while (i < lines.length && isBlankLine(lines[i] ?? "")) i++;
  return i;
}

function nextContentLine(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && isBlankLine(lines[i] ?? "")) i++;
  return i;
}

/**
 * The headings from `from` on. A chapter heading counts only when a heading follows it (nothing
 * may stand between a chapter heading and its first article); an annex only after the last article.
 */
function locateHeadings(lines: readonly string[], from: number): Located[] {
  const found: Located[] = [];
  for (let i = from; i < lines.length; i++) {
    const heading = headingOf(lines[i] ?? "");
    if (heading !== null) found.push({ ...heading, line: i });
  }
  const lastArticle = found.findLast((h) => h.kind === "article")?.line ?? -1;
  const kept: Located[] = [];
  for (const [index, heading] of found.entries()) {
    if (heading.kind === "annex" && heading.line < lastArticle) continue;
    if (heading.kind === "chapter") {
      const next = found[index + 1];
      if (
        next === undefined ||
        next.kind === "annex" ||
        next.line !== nextContentLine(lines, heading.line + 1)
      )
        continue;
    }
    kept.push(heading);
  }
  return kept;
}

function sectionsOf(lines: readonly string[], headings: readonly Located[], end: number): ImportedSection[] {
  return headings.map((heading, i) => ({
    heading: heading.source,
    lines: heading.kind === "chapter" ? [] : prose(lines, heading.line + 1, headings[i + 1]?.line ?? end),
  }));
}

function closingStart(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (CLOSING_START.test(lines[i] ?? "")) return i;
  return to;
}

/** Everything as prose under 前文: what an import falls back to. */
export function proseOutline(lines: readonly string[]): Outline {
  return {
    title: null,
    preamble: prose(lines, 0, lines.length),
    body: [],
    closing: [],
    signatureParties: null,
    annexes: [],
  };
}

export function outlineOf(lines: readonly string[]): Outline {
  let start = firstContentLine(lines);
  const title = titleOf(lines[start] ?? "");
  if (title !== null) start++;
  const headings = locateHeadings(lines, start);
  const firstAnnex = headings.findIndex((h) => h.kind === "annex");
  const bodyHeadings = firstAnnex < 0 ? headings : headings.slice(0, firstAnnex);
  const annexHeadings = firstAnnex < 0 ? [] : headings.slice(firstAnnex);
  const annexStart = annexHeadings[0]?.line ?? lines.length;
  const lastHeading = bodyHeadings.at(-1);
  const tailFrom = lastHeading === undefined ? start : lastHeading.line + 1;
  const signatures = findSignatureBlocks(lines, tailFrom, annexStart);
  const signatureStart = signatures?.start ?? annexStart;
  const closingFrom = closingStart(lines, tailFrom, signatureStart);
  const body = sectionsOf(lines, bodyHeadings, closingFrom);
  return {
    title,
    preamble: prose(lines, start, bodyHeadings[0]?.line ?? closingFrom),
    body,
    closing: prose(lines, closingFrom, signatureStart),
    signatureParties: signatures?.parties ?? null,
    annexes: sectionsOf(lines, annexHeadings, lines.length),
  };
}
