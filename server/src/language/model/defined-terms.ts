/**
 * The defined terms of a contract 「（以下「本契約」という。）」 and where each defined-term-looking
 * word is used, shared by the three terms checks. Words are found by longest match so that
 * 本件業務 is one use of 本件業務, never also a use of 本件.
 */
import type { Span } from "../ast";

import type { ProseLine } from "./prose-line";
import { ITEMS_PER_STEP, type Steps } from "../steps";

export interface TermDefinition {
  readonly name: string;
  /** The name inside 「」. */
  readonly nameSpan: Span;
  /** The whole parenthesis （以下「…」という。）. */
  readonly span: Span;
}

export interface TermUse {
  readonly name: string;
  readonly span: Span;
}

/** A word written differently from a defined term: 本件契約 where 本契約 is defined. */
export interface TermVariant {
  readonly definition: TermDefinition;
  readonly text: string;
  readonly span: Span;
}

export interface TermIndex {
  /** The first definition of each name, in source order. */
  readonly definitions: readonly TermDefinition[];
  /** Uses of defined names and of undefined candidates, outside definitions and variants. */
  readonly uses: readonly TermUse[];
  readonly variants: readonly TermVariant[];
}

/**
 * Self-references a drafter normally defines. 本書・本店・本社・本人 are ordinary words and
 * never need a definition, so they are deliberately absent.
 */
export const CANDIDATE_TERMS: readonly string[] = [
  "本契約",
  "本件契約",
  "本業務",
  "本件業務",
  "本委託業務",
  "本サービス",
  "本件サービス",
  "本システム",
  "本件システム",
  "本規約",
  "本件",
];

const DEFINITION =
  /[（(]以下[、，]?(?:単に)?「([^「」\n]+)」(?:という|といいます|と総称する|と総称します|と略称する|と称する)。?[）)]/gu;
const SEPARATOR = "[・･ \\u3000]?";
const SEPARATORS = /[・･ \u3000]/gu;
const HAN = /\p{Script=Han}/u;
const HAN_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}ー]/u;
// Stands in for a {reference} so that no word is found inside one; neither Han nor a separator.
const MASK = "\uFFFC";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

function mask(text: string, from: number, to: number): string {
  return text.slice(0, from) + MASK.repeat(to - from) + text.slice(to);
}

function withoutReferences(line: ProseLine): string {
  let text = line.text;
  for (const inline of line.prose.inlines) {
    if (inline.kind === "ref")
      text = mask(text, inline.span.start - line.start, inline.span.end - line.start);
  }
  return text;
}

/** 基本契約 or 資本業務 hold 本契約・本業務 by accident: a 本-word must not continue a kanji word. */
function startsWord(text: string, at: number, name: string): boolean {
  return !name.startsWith("本") || !HAN.test(text[at - 1] ?? "");
}

/**
 * 本件 followed by more kanji or katakana (本件取引) is a different compound, not 本件; 本契約書
 * names the document itself, like 本書, and needs no definition.
 */
function endsCandidate(text: string, at: number, name: string): boolean {
  const next = text[at + name.length] ?? "";
  return next !== "書" && (name !== "本件" || !HAN_OR_KATAKANA.test(next));
}

interface ScannedLine {
  readonly start: number;
  /** The line with references and definitions masked out. */
  readonly text: string;
}

function definitionsIn(line: ProseLine, text: string): TermDefinition[] {
  return [...text.matchAll(DEFINITION)].map((match) => {
    const name = match[1] ?? "";
    const nameStart = line.start + match.index + match[0].indexOf("「") + 1;
    return {
      name,
      nameSpan: { start: nameStart, end: nameStart + name.length },
      span: { start: line.start + match.index, end: line.start + match.index + match[0].length },
    };
  });
}

/**
 * Words a drafter slips between 本(件) and the noun without meaning another thing: 本件委託業務
 * and 本委託業務 for 本件業務, 本件業務 for 本件委託業務.
 */
const QUALIFIERS = ["委託", "受託", "対象", "契約"];
const QUALIFIER = `(?:${QUALIFIERS.map((q) => Array.from(q).join(SEPARATOR)).join("|")})?${SEPARATOR}`;

/** The noun of a 本-term without its qualifier (委託業務 → 業務), when something is left. */
function withoutQualifier(rest: readonly string[]): readonly string[] {
  const joined = rest.join("");
  const qualifier = QUALIFIERS.find((q) => joined.startsWith(q) && joined.length > q.length);
  return qualifier === undefined ? rest : rest.slice(qualifier.length);
}

/**
 * A definition's variants from its own shape: 本契約 → 本件?契約, 本件業務 → 本件?(委託)?業務,
 * with optional ・ or spaces between characters; 保守・運用 → 保守・?運用.
 */
function variantPattern(name: string): RegExp {
  const chars = Array.from(name.replace(SEPARATORS, ""));
  const toggles = chars[0] === "本" && chars.length > 2;
  const rest = toggles ? withoutQualifier(chars.slice(chars[1] === "件" ? 2 : 1)) : chars;
  const head = toggles ? `本${SEPARATOR}(?:件${SEPARATOR})?${rest.length > 1 ? QUALIFIER : ""}` : "";
  return new RegExp(head + rest.map(escapeRegExp).join(SEPARATOR), "gu");
}

interface VariantMatcher {
  readonly definition: TermDefinition;
  readonly pattern: RegExp;
}

function variantsIn(
  line: ScannedLine,
  matchers: readonly VariantMatcher[],
  defined: ReadonlySet<string>,
): TermVariant[] {
  const found = new Map<number, TermVariant>();
  for (const { definition, pattern } of matchers) {
    for (const match of line.text.matchAll(pattern)) {
      if (defined.has(match[0]) || found.has(match.index)) continue;
      if (!startsWord(line.text, match.index, match[0])) continue;
      const start = line.start + match.index;
      found.set(match.index, { definition, text: match[0], span: { start, end: start + match[0].length } });
    }
  }
  return [...found.values()];
}

function nameAt(text: string, at: number, names: readonly string[], defined: ReadonlySet<string>) {
  return names.find(
    (name) =>
      text.startsWith(name, at) &&
      startsWord(text, at, name) &&
      (defined.has(name) || endsCandidate(text, at, name)),
  );
}

function usesIn(
  line: ScannedLine,
  names: readonly string[],
  defined: ReadonlySet<string>,
  variants: readonly TermVariant[],
): TermUse[] {
  const uses: TermUse[] = [];
  let at = 0;
  while (at < line.text.length) {
    const variant = variants.find((v) => v.span.start === line.start + at);
    const name = variant === undefined ? nameAt(line.text, at, names, defined) : undefined;
    if (name !== undefined) {
      uses.push({ name, span: { start: line.start + at, end: line.start + at + name.length } });
    }
    at += variant?.text.length ?? name?.length ?? 1;
  }
  return uses;
}

function* scan(
  proseLines: readonly ProseLine[],
): Steps<{ definitions: TermDefinition[]; lines: ScannedLine[] }> {
  const byName = new Map<string, TermDefinition>();
  const lines: ScannedLine[] = [];
  for (const [i, line] of proseLines.entries()) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    let text = withoutReferences(line);
    for (const definition of definitionsIn(line, text)) {
      if (!byName.has(definition.name)) byName.set(definition.name, definition);
      text = mask(text, definition.span.start - line.start, definition.span.end - line.start);
    }
    lines.push({ start: line.start, text });
  }
  return { definitions: [...byName.values()], lines };
}

/** The term index in steps (see steps.ts): in 10,000 articles it takes about 100 ms. */
export function* termIndexInSteps(proseLines: readonly ProseLine[]): Steps<TermIndex> {
  const { definitions, lines } = yield* scan(proseLines);
  const defined = new Set(definitions.map((d) => d.name));
  const names = [...new Set([...defined, ...CANDIDATE_TERMS])].sort((a, b) => b.length - a.length);
  // Compiled once: compiling each definition's pattern again for every line of prose made the
  // index quadratic in practice (1,000 definitions took 3.5 s).
  const matchers = definitions.map((definition) => ({
    definition,
    pattern: variantPattern(definition.name),
  }));
  const uses: TermUse[] = [];
  const variants: TermVariant[] = [];
  for (const [i, line] of lines.entries()) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const found = variantsIn(line, matchers, defined);
    variants.push(...found);
    uses.push(...usesIn(line, names, defined, found));
  }
  return { definitions, uses, variants };
}

/** The definition to suggest for an undefined term: 「…（以下「本件業務」という。）」. */
export function definitionExample(name: string): string {
  return `（以下「${name}」という。）`;
}
