/**
 * The places where a contract usually writes a value's number again in prose, and how to read
 * that number: 「直近12か月」 in the liability article, 「1年間」「30日前」 in the term article,
 * 「金300,000円」 in the fee article, 「本書2通」 in 後文.
 */
import type { Span } from "../../ast";
import type { ProseLine } from "../../model/prose-line";
import type { Analysis } from "../../model/analysis";
import { parseCount } from "../../values/count";
import { parseDuration } from "../../values/duration";
import { parseMoney } from "../../values/money";
import { KANJI_NUMERAL_CHARS, NUMERAL_PATTERN } from "../../values/numerals";
import type { Value } from "../../values/value";
import type { ContractIndex } from "../../model/contract-index";
import type { ArticleTopic } from "../../model/article-topics";
import { ITEMS_PER_STEP, type Steps } from "../../steps";
import { closingLines } from "./articles";
import { clauseAround, inFile, sentenceAround } from "./prose-text";
import { matchesOf, type Matches } from "../../pattern-matches";

/** A number written in prose where a value could have been referenced. */
export interface ProseLiteral {
  readonly line: ProseLine;
  /** In the file: the text a {reference} would replace. */
  readonly span: Span;
  readonly text: string;
  readonly valueName: string;
  readonly literal: Value;
}

interface Place {
  /** The lines to look at, by article, as they are walked (a topic may have 50,000 articles). */
  lines(analysis: Analysis): Iterable<readonly ProseLine[]>;
  /**
   * The matches of a pattern whose group 1 is the literal; an optional group 2 follows it and
   * belongs to it only when the value has it too.
   */
  readonly matches: Matches;
  valueName(text: string, literal: Span): string | null;
  parse(text: string): Value | null;
  /** Whether group 2 (e.g. 前 of 30日前) is part of what the value says. */
  takesSuffix?(value: Value): boolean;
}

// Not after a digit (so 2026年 is not read as 026年) nor after 月 (so 11月30日前 is a date).
const NUMBER = `(?<![0-9０-９,，${KANJI_NUMERAL_CHARS}月年])${NUMERAL_PATTERN}`;
const DURATION_UNIT = "(?:年|か月|ヶ月|カ月|ケ月|箇月|ヵ月|週間|日)";
// Digits or kanji (月額金三十五万円), as a money value may be written; parseMoney reads both.
const AMOUNT = `(?<![0-9０-９,，${KANJI_NUMERAL_CHARS}万萬億])[0-9０-９${KANJI_NUMERAL_CHARS}][0-9０-９,，${KANJI_NUMERAL_CHARS}万萬億]*円`;
const TAX_NOTE = "(?:[ \\u3000]*[（(][^（）()]{1,8}[）)])?";

const valueOrNull = (value: Value | null): Value | null => (value?.type === "invalid" ? null : value);

/** The lines of every article on the topic, an array per article, in source order. */
function* topicLineGroups(index: ContractIndex, topic: ArticleTopic): Generator<readonly ProseLine[]> {
  for (const article of index.topics.articlesOn(topic)) yield index.proseLinesOf(article);
}

const PLACES: readonly Place[] = [
  {
    lines: ({ index }) => topicLineGroups(index, "損害賠償"),
    matches: matchesOf(new RegExp(`直近(${NUMBER}${DURATION_UNIT})`, "gu")),
    valueName: () => "賠償上限期間",
    parse: (text) => valueOrNull(parseDuration(text)),
  },
  {
    lines: ({ index }) => topicLineGroups(index, "契約期間"),
    matches: matchesOf(new RegExp(`(${NUMBER}${DURATION_UNIT})間`, "gu")),
    // 「同一条件で1年間更新される」 is the renewal; 「締結日から1年間とする」 the first term.
    valueName: (text, literal) => (clauseAround(text, literal).includes("更新") ? "更新期間" : "契約期間"),
    parse: (text) => valueOrNull(parseDuration(text)),
  },
  {
    lines: ({ index }) => topicLineGroups(index, "契約期間"),
    matches: matchesOf(new RegExp(`(${NUMBER}${DURATION_UNIT})(前)`, "gu")),
    valueName: () => "更新拒絶通知期限",
    parse: (text) => valueOrNull(parseDuration(text)),
    takesSuffix: (value) => value.type === "duration" && value.relation === "before",
  },
  {
    lines: ({ index }) => topicLineGroups(index, "報酬"),
    matches: matchesOf(new RegExp(`金?(${AMOUNT}${TAX_NOTE})`, "gu")),
    // Only the monthly amount: an 初期費用 in the same article is another number.
    valueName: (text, literal) =>
      /月額|毎月|月々/u.test(text.slice(sentenceAround(text, literal.start).start, literal.start))
        ? "月額報酬"
        : null,
    parse: (text) => valueOrNull(parseMoney(text)),
  },
  {
    lines: ({ index, document }) => [closingLines(index, document.blocks)],
    matches: matchesOf(new RegExp(`本書(${NUMBER}(?:通|部))`, "gu")),
    valueName: () => "作成通数",
    parse: (text) => valueOrNull(parseCount(text)),
  },
];

/** The literal of a match, shortened to what parses (a bracket that is not a tax label is not part of it). */
function readLiteral(place: Place, written: string): { text: string; value: Value } | null {
  const value = place.parse(written);
  if (value !== null) return { text: written, value };
  const bare = written.replace(/[ \u3000]*[（(][^（）()]*[）)]$/u, "");
  const shorter = bare === written ? null : place.parse(bare);
  return shorter === null ? null : { text: bare, value: shorter };
}

/** The literals of one place on one line (an array: most lines hold none). */
function literalsAt(place: Place, line: ProseLine, values: Analysis["scope"]["values"]): ProseLiteral[] {
  const found: ProseLiteral[] = [];
  const text = line.proseOnly;
  for (const match of place.matches(text)) {
    const written = match[1] ?? "";
    const start = match.index + match[0].indexOf(written);
    const valueName = place.valueName(text, { start, end: start + written.length });
    const definition = valueName === null ? undefined : values.get(valueName);
    const read = readLiteral(place, written);
    if (valueName === null || definition === undefined || read === null) continue;
    const suffix = match[2] ?? "";
    const withSuffix = suffix !== "" && place.takesSuffix?.(definition.value) === true;
    const literalText = withSuffix ? read.text + suffix : read.text;
    const literal = withSuffix ? place.parse(literalText) : read.value;
    if (literal === null) continue;
    found.push({
      line,
      span: inFile(line, start, literalText.length),
      text: literalText,
      valueName,
      literal,
    });
  }
  return found;
}

/** A prose line a literal may stand on, with what to look for there. */
export interface LiteralLine {
  readonly place: Place;
  readonly line: ProseLine;
}

/**
 * Calls `each` on every prose line a literal may stand on, ITEMS_PER_STEP lines a step: a topic's
 * lines were joined into one list first, in one step (a contract of 50,000 articles on 報酬).
 */
export function* eachLiteralLineInSteps(
  analysis: Analysis,
  each: (literalLine: LiteralLine) => void,
): Steps<void> {
  const perStep = ITEMS_PER_STEP;
  let seen = 0;
  for (const place of PLACES) {
    for (const lines of place.lines(analysis)) {
      for (let i = 0; i < lines.length; i++) {
        each({ place, line: lines[i] as ProseLine });
        if (++seen % perStep === 0) yield;
      }
      // An article counts as a line: 50,000 articles without prose are walked in steps too.
      if (++seen % perStep === 0) yield;
    }
  }
}

/** The literals written on one of those lines. */
export function literalsOn({ place, line }: LiteralLine, analysis: Analysis): ProseLiteral[] {
  return literalsAt(place, line, analysis.scope.values);
}
