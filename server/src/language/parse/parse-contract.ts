/**
 * parseContract(text) → { document, problems }. Never throws: the splitter cuts the file into
 * blocks, the peggy grammar reads each block (tolerantly: bad lines are reported and kept), and a
 * block the grammar cannot read at all becomes an error block with one Japanese message.
 */
import type {
  Block,
  ContractDocument,
  Definition,
  ErrorBlock,
  FieldEntry,
  PartyBlock,
  Span,
  TermsBlock,
} from "../ast";
import { parse as parseBlock, type StartRuleNames } from "../generated/contract-parser";
import { expectedTypeOf } from "../standard-values";
import { parseDecimal, parseKanjiNumeral } from "../values/numerals";
import { parseValue } from "../values/value-parse";
import { ITEMS_PER_STEP, type Steps } from "../steps";
import type { TextChange } from "../text-change";
import { splitBlocks, type BlockKind, type BlockSlice } from "./split-blocks";
import { isPeggySyntaxError, syntaxErrorMessage, visibleSpan } from "./syntax-error";

export interface ParseProblem {
  /** Stable id, e.g. syntax.article-heading. */
  readonly id: string;
  /** Japanese: what is wrong and what to do. */
  readonly message: string;
  readonly span: Span;
}

/** One block as the grammar read it, with the problems found in it. */
export interface ParsedBlock {
  readonly slice: BlockSlice;
  readonly block: Block;
  /** Sorted by offset. */
  readonly problems: readonly ParseProblem[];
}

export interface ParseResult {
  readonly document: ContractDocument;
  readonly problems: readonly ParseProblem[];
  /** The blocks with their own problems: what an incremental re-parse reuses. */
  readonly blocks: readonly ParsedBlock[];
  /** The document built in steps (see steps.ts): moving 5,000 reused blocks takes tens of ms. */
  documentInSteps(): Steps<ContractDocument>;
  /** For a re-parse: the text it started from and where the two differ. */
  readonly edit?: { readonly previousText: string; readonly change: TextChange };
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
};

const BOM = "\uFEFF";

/** Article, paragraph and item numbers: 18, １８ or 十八. */
export function readNumeral(text: string): number | null {
  return parseDecimal(text) ?? parseKanjiNumeral(text);
}

/** The grammar hands back definitions without their typed value; the value is typed here. */
type RawDefinition = Omit<Definition, "value">;
type RawFieldEntry = Exclude<FieldEntry, Definition> | RawDefinition;

function typedEntries(entries: readonly RawFieldEntry[], isParty: boolean): FieldEntry[] {
  return entries.map((entry) => {
    if (entry.kind !== "definition") return entry;
    const expected = isParty ? "text" : expectedTypeOf(entry.name);
    return { ...entry, value: parseValue(entry.valueText, expected) };
  });
}

function withTypedValues(block: Block): Block {
  if (block.kind !== "party" && block.kind !== "terms") return block;
  const raw = block.entries as readonly RawFieldEntry[];
  const entries = typedEntries(raw, block.kind === "party");
  return { ...block, entries } as PartyBlock | TermsBlock;
}

export function parseSlice(text: string, slice: BlockSlice): ParsedBlock {
  const problems: ParseProblem[] = [];
  const block = readSlice(text, slice, problems);
  problems.sort(byOffset);
  return { slice, block, problems };
}

function byOffset(a: ParseProblem, b: ParseProblem): number {
  return a.span.start - b.span.start;
}

function readSlice(text: string, slice: BlockSlice, problems: ParseProblem[]): Block {
  const source = text.slice(slice.start, slice.end);
  try {
    const block: Block = parseBlock(source, {
      startRule: START_RULES[slice.kind],
      base: slice.start,
      report: (problem: ParseProblem) => problems.push(problem),
      numeral: readNumeral,
    });
    return withTypedValues(block);
  } catch (error) {
    problems.push(problemOf(error, text, slice));
    return errorBlock(text, slice);
  }
}

// A block the grammar rejects is a syntax error; anything else thrown is a bug in Keiyaku, and it
// still costs only this block.
function problemOf(error: unknown, text: string, slice: BlockSlice): ParseProblem {
  if (isPeggySyntaxError(error)) {
    const offset = slice.start + error.location.start.offset;
    return {
      id: "syntax.invalid",
      message: syntaxErrorMessage(error, slice.kind),
      span: visibleSpan(text, offset, slice.end),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    id: "internal.parser",
    message: `この部分を読み取れませんでした（内部エラー：${detail}）。Keiyaku の不具合です。報告してください。`,
    span: visibleSpan(text, slice.start, slice.end),
  };
}

function errorBlock(text: string, slice: BlockSlice): ErrorBlock {
  // Only layout is trimmed: \s would also take U+00A0, U+FEFF and U+2028, which are text.
  const raw = text.slice(slice.start, slice.end).replace(/[ \t\u3000\r\n]+$/u, "");
  return { kind: "error", span: { start: slice.start, end: slice.start + raw.length }, text: raw };
}

/** Index of the block containing `offset` (the last block for the end of the text). */
export function blockIndexAt(blocks: readonly ParsedBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((blocks[middle] as ParsedBlock).slice.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Where the contract's body starts: after a byte-order mark, if there is one. */
export function bodyStartOf(text: string): number {
  return text.startsWith(BOM) ? 1 : 0;
}

export function parseContract(text: string): ParseResult {
  const blocks = splitBlocks(text, bodyStartOf(text)).map((slice) => parseSlice(text, slice));
  return assemble(text, blocks);
}

/**
 * The same parse, one block per step, for a host that must stay responsive while it reads a
 * large file (the language server opening 10,000 articles).
 */
export function* parseContractInSteps(text: string): Generator<void, ParseResult, void> {
  const slices = splitBlocks(text, bodyStartOf(text));
  yield;
  const blocks: ParsedBlock[] = [];
  for (const slice of slices) {
    blocks.push(parseSlice(text, slice));
    yield;
  }
  return assemble(text, blocks);
}

/**
 * The document of a list of parsed blocks, built when first asked for: a keystroke's answer needs
 * only the blocks around the edit, and building the document looks at every block (see
 * moved-block.ts). Each block's problems are sorted and lie inside the block, so concatenating
 * them in block order sorts them all.
 */
export function assemble(
  text: string,
  blocks: readonly ParsedBlock[],
  edit?: ParseResult["edit"],
): ParseResult {
  let document: ContractDocument | undefined;
  let problems: readonly ParseProblem[] | undefined;
  const documentOf = (built: readonly Block[]) =>
    (document ??= { kind: "document", span: { start: 0, end: text.length }, blocks: built });
  return {
    get document() {
      return document ?? documentOf(blocks.map((b) => b.block));
    },
    *documentInSteps() {
      if (document !== undefined) return document;
      const built: Block[] = [];
      for (const [i, parsed] of blocks.entries()) {
        built.push(parsed.block);
        if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      }
      return documentOf(built);
    },
    get problems() {
      problems ??= blocks.flatMap((b) => b.problems);
      return problems;
    },
    blocks,
    ...(edit === undefined ? {} : { edit }),
  };
}
