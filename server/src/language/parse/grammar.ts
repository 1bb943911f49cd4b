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
import {
  parse as parseGenerated,
  type ParseOptions,
  type StartRuleNames,
} from "../generated/contract-parser";
import { parseDecimal, parseKanjiNumeral } from "../values/numerals";
import {
  articleHeading,
  isArticleTail,
  isTitleTail,
  titleOf,
  type HeadingLine,
  type TitlePart,
} from "./heading";
import { isSyntaxId, type ReportProblem } from "./parse-problem";
import { checkPartyRest } from "./party-header";
import type { BlockKind } from "./split-blocks";
import { reportStrays, type Trivia } from "./stray-lines";
import { trimInlines } from "./trim-inlines";

/** The grammar hands back definitions without their typed value; parse-contract.ts types them. */
export type RawDefinition = Omit<Definition, "value">;
export type RawFieldEntry = Exclude<FieldEntry, Definition> | RawDefinition;

type WithRawEntries<B> = B extends PartyBlock | TermsBlock
  ? Omit<B, "entries"> & { readonly entries: readonly RawFieldEntry[] }
  : B;

/** A block as the grammar returns it. */
export type GrammarBlock = WithRawEntries<Exclude<Block, { kind: "error" }>>;

/** What the grammar's actions may call: everything typed lives on this side. */
interface GrammarOptions extends ParseOptions<StartRuleNames> {
  readonly startRule: StartRuleNames;
  /** Where the block starts in the file: every span the grammar returns is a file offset. */
  readonly base: number;
  readonly report: (problem: { id: string; message: string; span: Span }) => void;
  readonly numeral: (text: string) => number | null;
  readonly heading: (line: HeadingLine) => ArticleHeading;
  readonly trimInlines: (inlines: readonly Inline[]) => Inline[];
  readonly isArticleTail: (tail: string) => boolean;
  readonly isTitleTail: (tail: string) => boolean;
  readonly titleOf: (tail: string, tailStart: number) => TitlePart;
  readonly strays: (entries: readonly Trivia[], message: string) => void;
  readonly partyRest: (rest: string, start: number, hasRole: boolean) => void;
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

/**
 * Reads one block with the start rule of its kind. Throws peggy's syntax error when the grammar
 * cannot read the block at all, and an Error when the grammar returns something ast.ts does not
 * describe or reports an id parse-problem.ts does not list (both bugs in Keiyaku).
 */
/** The options the grammar's actions call, for a block of `kind` starting at `base` in the file. */
export function grammarOptions(kind: BlockKind, base: number, report: ReportProblem): GrammarOptions {
  return {
    startRule: START_RULES[kind],
    base,
    report: ({ id, message, span }) => {
      if (!isSyntaxId(id)) throw new Error(`the grammar reported an unknown id ${id}`);
      report({ id, message, span });
    },
    numeral: readNumeral,
    heading: (line) => articleHeading(line, report),
    trimInlines,
    isArticleTail,
    isTitleTail,
    titleOf,
    strays: (entries, message) => reportStrays(entries, message, report),
    partyRest: (rest, start, hasRole) => checkPartyRest(rest, start, hasRole, report),
  };
}

export function readBlock(
  source: string,
  kind: BlockKind,
  base: number,
  report: ReportProblem,
): GrammarBlock {
  const options = grammarOptions(kind, base, report);
  const result: unknown = parseGenerated(source, options);
  if (!isGrammarBlock(result, kind)) throw new Error(`the grammar returned no ${kind} block`);
  return result;
}
