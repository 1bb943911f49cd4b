/**
 * The defined terms of a contract 「（以下「本契約」という。）」 and where each defined-term-looking
 * word is used, shared by the three terms checks. Words are found by longest match so that
 * 本件業務 is one use of 本件業務, never also a use of 本件.
 */
import type { Span } from "../ast";
import { MASK, masked } from "./masked-prose";

import type { ProseLine } from "./prose-line";
import { amendedContractQuotes, isQuotationLine } from "./amendment-quotes";
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";
import { unitSearch, wordAutomaton, wordAutomatonInSteps, type WordAutomaton } from "../word-automaton";

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
const SEPARATORS = /[・･ \u3000]/gu;
const SEPARATOR_CHARS: ReadonlySet<string> = new Set(["・", "･", " ", "\u3000"]);
/** The same characters, to tell at once whether a line has any (no g flag: test keeps no state). */
const SEPARATORS_TEST = /[・･ \u3000]/u;
const HAN = /\p{Script=Han}/u;
const HAN_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}ー]/u;
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

// What most lines hold: shared, not a new list per line.
const NO_VARIANTS: readonly TermVariant[] = [];
const NO_USES: readonly TermUse[] = [];

interface ScannedLine {
  readonly start: number;
  /** The line with references and definitions masked out. */
  readonly text: string;
}

function definitionsIn(line: ProseLine, text: string): TermDefinition[] {
  // Every definition holds 以下; most lines hold none, and includes is far cheaper than the pattern.
  if (!text.includes("以下")) return [];
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

/** The noun of a 本-term without its qualifier (委託業務 → 業務), when something is left. */
function withoutQualifier(rest: string): string {
  const qualifier = QUALIFIERS.find((q) => rest.startsWith(q) && rest.length > q.length);
  return qualifier === undefined ? rest : rest.slice(qualifier.length);
}

/**
 * The spellings of a name that count as the same word, from the name's own shape: without
 * separators, and for 本-words of three or more characters also with 件 added or dropped and a
 * qualifier slipped in or left out (本契約 ↔ 本件契約; 本件業務 ↔ 本件委託業務 ↔ 本委託業務). A text
 * is a variant when, with its separators removed, it reads as one of these.
 */
function variantKeys(name: string): string[] {
  const chars = Array.from(name.replace(SEPARATORS, ""));
  if (chars[0] !== "本" || chars.length <= 2) return [chars.join("")];
  const noun = withoutQualifier(chars.slice(chars[1] === "件" ? 2 : 1).join(""));
  const nouns = Array.from(noun).length > 1 ? [noun, ...QUALIFIERS.map((q) => q + noun)] : [noun];
  return nouns.flatMap((n) => [`本${n}`, `本件${n}`]);
}

interface VariantMatcher {
  readonly definitions: readonly TermDefinition[];
  /** The first definition each word of the automaton stands for; -1 for none. */
  readonly owners: readonly number[];
  readonly automaton: WordAutomaton;
}

/**
 * Every candidate's spellings in one automaton, made once, with the candidates each spells: what
 * most contracts define is among them, and a contract that defines only candidates needs no
 * automaton of its own (building one per check was a tenth of the term index at 25 articles).
 * Immutable once made.
 */
const CANDIDATE_SPELLINGS = candidateSpellings();

function candidateSpellings(): {
  readonly automaton: WordAutomaton;
  readonly spelled: readonly (readonly string[])[];
} {
  const spelled = new Map<string, string[]>();
  for (const name of CANDIDATE_TERMS) {
    for (const key of variantKeys(name)) spelled.set(key, [...(spelled.get(key) ?? []), name]);
  }
  return { automaton: wordAutomaton([...spelled.keys()]), spelled: [...spelled.values()] };
}

/** Each spelling's owner: the first definition among the candidates it spells. */
function candidateMatcher(definitions: readonly TermDefinition[]): VariantMatcher {
  const indexOf = new Map(definitions.map((definition, index) => [definition.name, index]));
  const owners = CANDIDATE_SPELLINGS.spelled.map((names) => {
    let owner = -1;
    for (const name of names) {
      const index = indexOf.get(name) ?? -1;
      if (index !== -1 && (owner === -1 || index < owner)) owner = index;
    }
    return owner;
  });
  return { definitions, owners, automaton: CANDIDATE_SPELLINGS.automaton };
}

/** The spellings of the definitions, each owned by the first definition that spells it. */
function* variantMatcherInSteps(definitions: readonly TermDefinition[]): Steps<VariantMatcher> {
  if (definitions.every((definition) => CANDIDATES.has(definition.name)))
    return candidateMatcher(definitions);
  const firstOwner = new Map<string, number>();
  for (let index = 0; index < definitions.length; index++) {
    const { name } = definitions[index] as TermDefinition;
    for (const key of variantKeys(name)) if (!firstOwner.has(key)) firstOwner.set(key, index);
  }
  return {
    definitions,
    owners: [...firstOwner.values()],
    automaton: yield* wordAutomatonInSteps([...firstOwner.keys()]),
  };
}

/**
 * The line without separators, and where each of its characters was in the line (null: at the same
 * offset). Most lines have no separator at all: they are their own result, without copying the
 * line or its offsets (and without a function per line: a closure per line was 4% of the check).
 */
interface StrippedLine {
  readonly text: string;
  readonly offsets: Int32Array | null;
}

function withoutSeparators(text: string): StrippedLine {
  if (!SEPARATORS_TEST.test(text)) return { text, offsets: null };
  const pieces: string[] = [];
  const offsets = new Int32Array(text.length);
  let kept = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (SEPARATOR_CHARS.has(text.charAt(i))) {
      pieces.push(text.slice(runStart, i));
      runStart = i + 1;
    } else offsets[kept++] = i;
  }
  pieces.push(text.slice(runStart));
  return { text: pieces.join(""), offsets };
}

/** Where the stripped line's i-th character was in the line. */
function offsetIn(stripped: StrippedLine, i: number): number {
  return stripped.offsets === null ? i : (stripped.offsets[i] ?? 0);
}

// A hostile list of names that are suffixes of each other could make every offset end hundreds of
// words; past this many, the shorter ones at that offset are not looked at.
const MAX_WORDS_PER_OFFSET = 16;

/** Words written like a defined term but not as it: the first definition wins at each offset. */
function variantsIn(
  line: ScannedLine,
  matcher: VariantMatcher,
  defined: ReadonlySet<string>,
): readonly TermVariant[] {
  // Removing separators brings no new character: a line without a key's first unit has no variant.
  if (!matcher.automaton.mayHold(line.text)) return NO_VARIANTS;
  const stripped = withoutSeparators(line.text);
  // Most lines hold no variant: the map is made for the first one found.
  let found: Map<number, { owner: number; end: number }> | undefined;
  matcher.automaton.scan(
    stripped.text,
    (end, word) => {
      const owner = matcher.owners[word] ?? -1;
      // A spelling of a candidate this contract does not define: a shorter word may still be one.
      if (owner === -1) return true;
      const keyLength = matcher.automaton.lengthOf(word);
      const from = offsetIn(stripped, end - keyLength);
      const to = offsetIn(stripped, end - 1) + 1;
      const text = line.text.slice(from, to);
      const earlier = found?.get(from);
      const wins = earlier === undefined || owner < earlier.owner;
      if (wins && !defined.has(text) && startsWord(line.text, from, text))
        (found ??= new Map()).set(from, { owner, end: to });
      return true;
    },
    MAX_WORDS_PER_OFFSET,
  );
  if (found === undefined) return NO_VARIANTS;
  return [...found]
    .sort(([a], [b]) => a - b)
    .flatMap(([from, { owner, end }]) => {
      const definition = matcher.definitions[owner];
      if (definition === undefined) return [];
      const span = { start: line.start + from, end: line.start + end };
      return [{ definition, text: line.text.slice(from, end), span }];
    });
}

interface NameMatcher {
  readonly names: readonly string[];
  /** Built over the names reversed, so that the longest name starting at an offset comes first. */
  readonly automaton: WordAutomaton;
  /**
   * Whether a text holds a code unit that begins a name. A line without one holds no name; read
   * backwards, the automaton would still step at every 約・務・件.
   */
  mayHoldName(text: string): boolean;
}

/** Whether a text holds a code unit that begins one of the words. */
function firstUnitTest(words: readonly string[]): (text: string) => boolean {
  const search = unitSearch(words.filter((word) => word.length > 0).map((word) => word.charCodeAt(0)));
  return search === null ? () => false : (text) => search(text, 0) !== -1;
}

function* nameMatcherInSteps(names: readonly string[]): Steps<NameMatcher> {
  // By code unit, as the automaton reads (split("") made an array of every name per check).
  const reversed = (name: string) => {
    let backwards = "";
    for (let i = name.length - 1; i >= 0; i--) backwards += name.charAt(i);
    return backwards;
  };
  const automaton = yield* wordAutomatonInSteps(names.map(reversed));
  return { names, automaton, mayHoldName: firstUnitTest(names) };
}

/**
 * The names looked for when a contract defines none but candidates (most contracts define only
 * 本契約 or 本件業務): made once, not in every check (an automaton and its pattern per check were
 * a tenth of the term index at 25 articles). Immutable once made.
 */
const CANDIDATES: ReadonlySet<string> = new Set(CANDIDATE_TERMS);
const CANDIDATE_NAMES = drain(nameMatcherInSteps([...CANDIDATES]));

/** The names to look for: the defined ones and the candidates. */
function* namesForInSteps(defined: ReadonlySet<string>): Steps<NameMatcher> {
  for (const name of defined) {
    if (!CANDIDATES.has(name))
      return yield* nameMatcherInSteps([...new Set([...defined, ...CANDIDATE_TERMS])]);
  }
  return CANDIDATE_NAMES;
}

/** At each offset of the line, the longest name that starts a word there, if any. */
function namesStartingAt(
  text: string,
  matcher: NameMatcher,
  defined: ReadonlySet<string>,
): Map<number, string> {
  const starts = new Map<number, string>();
  matcher.automaton.scanBackwards(
    text,
    (at, word) => {
      const name = matcher.names[word] ?? "";
      // Every name at this offset starts with the same character, so one that cannot start a word
      // here means none can.
      if (!startsWord(text, at, name)) return false;
      if (!defined.has(name) && !endsCandidate(text, at, name)) return true;
      starts.set(at, name);
      return false;
    },
    Infinity,
  );
  return starts;
}

/**
 * Reading left to right, a variant or a name takes its characters, so that no use is found inside
 * another word. Only the offsets where one starts are visited (looking at every character of every
 * prose line was a fifth of the term index).
 */
function usesIn(
  line: ScannedLine,
  matcher: NameMatcher,
  defined: ReadonlySet<string>,
  variants: readonly TermVariant[],
): readonly TermUse[] {
  if (!matcher.mayHoldName(line.text)) return NO_USES;
  const names = namesStartingAt(line.text, matcher, defined);
  if (names.size === 0) return NO_USES;
  // Most lines hold no variant: their starts are the names' alone, without the map and the merge.
  const variantAt =
    variants.length === 0 ? undefined : new Map(variants.map((v) => [v.span.start - line.start, v]));
  const starts = (
    variantAt === undefined ? [...names.keys()] : [...new Set([...names.keys(), ...variantAt.keys()])]
  ).sort((a, b) => a - b);
  const uses: TermUse[] = [];
  let at = 0;
  for (const start of starts) {
    if (start < at) continue;
    const variant = variantAt?.get(start);
    const name = variant === undefined ? names.get(start) : undefined;
    if (name !== undefined) {
      uses.push({ name, span: { start: line.start + start, end: line.start + start + name.length } });
    }
    at = start + (variant?.text.length ?? name?.length ?? 1);
  }
  return uses;
}

function* scan(
  proseLines: readonly ProseLine[],
): Steps<{ definitions: TermDefinition[]; lines: ScannedLine[] }> {
  const byName = new Map<string, TermDefinition>();
  const lines: ScannedLine[] = [];
  const perStep = ITEMS_PER_STEP;
  for (let i = 0; i < proseLines.length; i++) {
    const line = proseLines[i] as ProseLine;
    if (i % perStep === perStep - 1) yield;
    // The amended contract's words, quoted in a 変更覚書, neither define nor use this one's terms.
    if (isQuotationLine(line.text)) {
      lines.push({ start: line.start, text: MASK.repeat(line.text.length) });
      continue;
    }
    const text = masked(line.proseOnly, amendedContractQuotes(line.text));
    const found = definitionsIn(line, text);
    if (found.length === 0) {
      lines.push({ start: line.start, text });
      continue;
    }
    for (const definition of found) {
      if (!byName.has(definition.name)) byName.set(definition.name, definition);
    }
    const spans = found.map((d) => ({ start: d.span.start - line.start, end: d.span.end - line.start }));
    lines.push({ start: line.start, text: masked(text, spans) });
  }
  return { definitions: [...byName.values()], lines };
}

/** The term index in steps (see steps.ts): in 10,000 articles it takes about 100 ms. */
export function* termIndexInSteps(proseLines: readonly ProseLine[]): Steps<TermIndex> {
  const { definitions, lines } = yield* scan(proseLines);
  const defined = new Set(definitions.map((d) => d.name));
  // Built once, and each finds all its words in one pass over a line: trying every name at every
  // character made 8,000 terms on one line take 7–10 s.
  const names = yield* namesForInSteps(defined);
  const variantsOf = yield* variantMatcherInSteps(definitions);
  const uses: TermUse[] = [];
  const variants: TermVariant[] = [];
  const perStep = ITEMS_PER_STEP;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ScannedLine;
    if (i % perStep === perStep - 1) yield;
    // Without definitions there are no variants to look for (most lines of most contracts).
    const found = definitions.length === 0 ? NO_VARIANTS : variantsIn(line, variantsOf, defined);
    if (found.length > 0) variants.push(...found);
    const used = usesIn(line, names, defined, found);
    if (used.length > 0) uses.push(...used);
  }
  return { definitions, uses, variants };
}

/** The definition to suggest for an undefined term: 「…（以下「本件業務」という。）」. */
export function definitionExample(name: string): string {
  return `（以下「${name}」という。）`;
}
