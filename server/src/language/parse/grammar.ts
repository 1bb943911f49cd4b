/**
 * The one place that calls the generated parser (grammar/contract.peggy). Its options are typed
 * here, and its untyped result is checked here against the shapes of ast.ts, so the rest of the
 * service never sees an `any`.
 */
import type {
  ArticleHeading,
  Block,
  Definition,
  FieldEntry,
  Inline,
  PartyBlock,
  Span,
  TermsBlock,
} from "../ast";
import { parser, type ParseOptions, type StartRuleNames } from "../generated/contract-parser";
import type { BlockLine } from "./block-lines";
import { parseDecimal, parseKanjiNumeral } from "../values/numerals";
import {
  articleHeading,
  isTitleTail,
  shapeOf,
  titleOf,
  type HeadingLine,
  type TailShape,
  type TitlePart,
} from "./heading";
import { isSyntaxId, type ReportProblem } from "./parse-problem";
import { checkPartyRest } from "./party-header";
import type { BlockKind } from "./split-blocks";
import { trimInlines } from "./trim-inlines";

/** The grammar hands back definitions without their typed value; parse-contract.ts types them. */
export type RawDefinition = Omit<Definition, "value">;
export type RawFieldEntry = Exclude<FieldEntry, Definition> | RawDefinition;

type WithRawEntries<B> = B extends PartyBlock | TermsBlock
  ? Omit<B, "entries"> & { readonly entries: readonly RawFieldEntry[] }
  : B;

/** A block as the grammar returns it. */
export type GrammarBlock = WithRawEntries<Exclude<Block, { kind: "error" }>>;

/** A line of a block as the grammar returns it (block-lines.ts: BlockLine, before values are typed). */
export type GrammarLine = Exclude<BlockLine, Definition> | RawDefinition;

/** What the grammar reports: ParseProblem before its id is checked against the closed list. */
interface GrammarProblem {
  readonly id: string;
  readonly message: string;
  readonly span: Span;
}

/**
 * What the grammar's actions may call: everything typed lives on this side. The grammar calls
 * these as methods of its options, so a block's options are one object with its methods on the
 * prototype: a parse of 10,000 blocks made ten closures per block before.
 */
class GrammarOptions implements ParseOptions<StartRuleNames> {
  // peggy's options type allows any further property.
  [key: string]: unknown;
  readonly startRule: StartRuleNames;
  /** Where the block starts in the file: every span the grammar returns is a file offset. */
  readonly base: number;
  /**
   * peggy records the expectations at the furthest position it reached, for the message of a
   * syntax error; with a positive count it records none. The grammar's actions and its result do
   * not depend on it (see readBlock).
   */
  readonly peg$silentFails: number;
  readonly #sink: ReportProblem;
  // The grammar asks isArticleTail and then, for the same tail, heading: its shape is kept between.
  #tail: string | null = null;
  #shape: TailShape = "prose";

  constructor(startRule: StartRuleNames, base: number, sink: ReportProblem, silent: boolean) {
    this.startRule = startRule;
    this.base = base;
    this.peg$silentFails = silent ? 1 : 0;
    this.#sink = sink;
  }

  report({ id, message, span }: GrammarProblem): void {
    if (!isSyntaxId(id)) throw new Error(`the grammar reported an unknown id ${id}`);
    this.#sink({ id, message, span });
  }

  numeral(text: string): number | null {
    return readNumeral(text);
  }

  heading(line: HeadingLine): ArticleHeading {
    return articleHeading(line, this.#sink, line.tail === this.#tail ? this.#shape : shapeOf(line.tail));
  }

  trimInlines(inlines: Inline[]): Inline[] {
    return trimInlines(inlines);
  }

  /** As heading.ts's isArticleTail. */
  isArticleTail(tail: string): boolean {
    this.#tail = tail;
    this.#shape = shapeOf(tail);
    return this.#shape !== "prose";
  }

  isTitleTail(tail: string): boolean {
    return isTitleTail(tail);
  }

  titleOf(tail: string, tailStart: number): TitlePart {
    return titleOf(tail, tailStart);
  }

  partyRest(rest: string, start: number, hasRole: boolean): void {
    checkPartyRest(rest, start, hasRole, this.#sink);
  }
}

const START_RULES: Readonly<Record<BlockKind, StartRuleNames>> = {
  leading: "LeadingBlock",
  title: "TitleBlock",
  party: "PartyBlock",
  terms: "TermsBlock",
  preamble: "PreambleBlock",
  closing: "ClosingBlock",
  signatures: "SignatureBlock",
  article: "ArticleBlock",
  chapter: "ChapterBlock",
  annex: "AnnexBlock",
};

/** The start rules for the lines after a long block's first part (see parted-block.ts). */
const LINE_RULES: Readonly<Record<BlockKind, StartRuleNames>> = {
  leading: "TriviaLines",
  title: "TriviaLines",
  party: "FieldLines",
  terms: "FieldLines",
  preamble: "ProseLines",
  closing: "ProseLines",
  signatures: "SignatureLines",
  article: "ArticleLines",
  chapter: "TriviaLines",
  annex: "ProseLines",
};

// Nearly every article, paragraph and item number: read without normalising full-width digits.
// Fifteen digits are always a safe integer, as parseDecimal requires.
const ASCII_NUMBER = /^[0-9]{1,15}$/;

/** Article, paragraph and item numbers: 18, １８ or 十八. */
export function readNumeral(text: string): number | null {
  if (ASCII_NUMBER.test(text)) return Number(text);
  return parseDecimal(text) ?? parseKanjiNumeral(text);
}

function isGrammarBlock(value: unknown, kind: BlockKind): value is GrammarBlock {
  if (typeof value !== "object" || value === null || !("kind" in value) || !("span" in value)) return false;
  // Every start rule returns a block of the kind it is named for (the splitter's kinds are ast.ts's).
  return value.kind === kind;
}

/** The options the grammar's actions call, for a block of `kind` starting at `base` in the file. */
export function grammarOptions(kind: BlockKind, base: number, report: ReportProblem): GrammarOptions {
  return new GrammarOptions(START_RULES[kind], base, report, false);
}

function ignore(): void {}

/**
 * Reads blocks, each with the start rule of its kind. The generated parser's functions are made
 * once per reader (scripts/peggy-runs.mjs), so a service makes one reader and reads every block of
 * every parse with it (a parse on its own makes one). The reader's state is its own and is reset by
 * every read, which runs to its end without yielding and never reads another block from inside:
 * parses interleaved in steps can share a reader. It keeps nothing of a read once it is over (the
 * generated parser lets go of its input and result), so no version's text stays alive through it.
 */
export class BlockReader {
  readonly #parse = parser();
  /**
   * A block longer than this (in UTF-16 code units) is read in parts of about this length, cut at
   * line starts (parted-block.ts). 32,768 is 2–4 ms of reading; tests make it tiny so that every
   * small contract is read in parts too.
   */
  readonly partLength: number;

  constructor(options: { readonly partLength?: number } = {}) {
    this.partLength = options.partLength ?? 32_768;
  }

  /**
   * Reads one block. Throws peggy's syntax error when the grammar cannot read the block at all,
   * and an Error when the grammar returns something ast.ts does not describe or reports an id
   * parse-problem.ts does not list (both bugs in Keiyaku).
   *
   * Nearly every block parses, and peggy's bookkeeping of expectations (an array for every run
   * that ends further on than the last) serves only the message of a block that does not. So the
   * block is read without it, and a block that fails is read again with it, for the message. The
   * grammar's actions run the same way both times, so their reports are passed on from the first
   * reading only.
   */
  read(source: string, kind: BlockKind, base: number, report: ReportProblem): GrammarBlock {
    const result = this.#readWith(START_RULES[kind], source, base, report);
    if (!isGrammarBlock(result, kind)) throw new Error(`the grammar returned no ${kind} block`);
    return result;
  }

  /**
   * Reads lines that continue a block of `kind` (a long block's part after its first), as `read`.
   * The lines are those its kind keeps (the start rule is the kind's), so the array is only checked
   * for being one.
   */
  readLines(source: string, kind: BlockKind, base: number, report: ReportProblem): readonly GrammarLine[] {
    const result = this.#readWith(LINE_RULES[kind], source, base, report);
    if (!Array.isArray(result)) throw new Error(`the grammar returned no lines of a ${kind} block`);
    return result;
  }

  /** Reads the rest of a prose line cut after one of its inlines (see part-cuts.ts), as `read`. */
  readPiece(source: string, base: number, report: ReportProblem): readonly Inline[] {
    const result = this.#readWith("LinePiece", source, base, report);
    if (!Array.isArray(result)) throw new Error("the grammar returned no inlines of a line");
    return result;
  }

  #readWith(rule: StartRuleNames, source: string, base: number, report: ReportProblem): unknown {
    try {
      return this.#parse(source, new GrammarOptions(rule, base, report, true));
    } catch {
      return this.#parse(source, new GrammarOptions(rule, base, ignore, false));
    }
  }
}
