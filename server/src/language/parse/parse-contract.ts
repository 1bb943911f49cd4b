/**
 * parseContract(text) → { document, problems }. Never throws: the splitter cuts the file into
 * blocks, the peggy grammar reads each block (tolerantly: bad lines are reported and kept), and a
 * block the grammar cannot read at all becomes an error block with one Japanese message.
 */
import type { Block, ContractDocument, ErrorBlock } from "../ast";
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";
import type { TextChange } from "../text-change";
import { BlockReader } from "./grammar";
import type { ParsedBlock } from "./parsed-block";
import { byOffset, type ParseProblem } from "./parse-problem";
import { readPartedInSteps } from "./parted-block";
import { splitBlocksInSteps, type BlockSlice } from "./split-blocks";
import { strayProblemOf } from "./stray-lines";
import { isPeggySyntaxError, syntaxErrorMessage, visibleSpan } from "./syntax-error";
import { withTypedValues } from "./typed-values";

export type { ParseProblem } from "./parse-problem";
export type { ParsedBlock } from "./parsed-block";
export { BlockReader, readNumeral } from "./grammar";

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

const BOM = "\uFEFF";

/** One block of `text`, read by `reader` (one reader reads all the blocks of a parse). */
export function parseSlice(text: string, slice: BlockSlice, reader: BlockReader): ParsedBlock {
  return isLong(slice, reader)
    ? drain(parseSliceInSteps(text, slice, reader))
    : parseWhole(text, slice, reader);
}

function isLong(slice: BlockSlice, reader: BlockReader): boolean {
  return slice.end - slice.start > reader.partLength;
}

/** The same, a part a step for a long block (parted-block.ts). */
function* parseSliceInSteps(text: string, slice: BlockSlice, reader: BlockReader): Steps<ParsedBlock> {
  const parted = yield* readPartedInSteps(text, slice, reader);
  return parted ?? parseWhole(text, slice, reader);
}

function parseWhole(text: string, slice: BlockSlice, reader: BlockReader): ParsedBlock {
  const problems: ParseProblem[] = [];
  const block = readSlice(text, slice, reader, problems);
  const strays = strayProblemOf(slice.kind, block);
  if (strays !== null) problems.push(strays);
  problems.sort(byOffset);
  return { slice, block, problems };
}

function readSlice(text: string, slice: BlockSlice, reader: BlockReader, problems: ParseProblem[]): Block {
  const source = text.slice(slice.start, slice.end);
  try {
    return withTypedValues(reader.read(source, slice.kind, slice.start, (p) => problems.push(p)));
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

export function parseContract(text: string, reader = new BlockReader()): ParseResult {
  return drain(parseContractInSteps(text, reader));
}

/**
 * The parse, one block per step, for a host that must stay responsive while it reads a large
 * file (the language server opening 10,000 articles); `parseContract` drains it.
 */
export function* parseContractInSteps(text: string, reader = new BlockReader()): Steps<ParseResult> {
  const slices = yield* splitBlocksInSteps(text, bodyStartOf(text));
  yield;
  const blocks: ParsedBlock[] = [];
  for (const slice of slices) {
    // Most blocks are short: read without a generator of their own.
    blocks.push(
      isLong(slice, reader) ? yield* parseSliceInSteps(text, slice, reader) : parseWhole(text, slice, reader),
    );
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
  return new AssembledParse(text, blocks, edit);
}

/**
 * A class, not an object literal with getters: a literal's getters are closures over the parse,
 * so each parse's object had a hidden class of its own, made in the old generation, and through it
 * every young object of the parse survived the collector's scavenges until a full collection
 * (half of what a parse allocated was copied and promoted).
 */
class AssembledParse implements ParseResult {
  declare readonly edit?: ParseResult["edit"];
  readonly #text: string;
  #document: ContractDocument | undefined;
  #problems: readonly ParseProblem[] | undefined;

  constructor(
    text: string,
    readonly blocks: readonly ParsedBlock[],
    edit: ParseResult["edit"] | undefined,
  ) {
    this.#text = text;
    // Only a re-parse has an edit; a full parse has no such property at all.
    if (edit !== undefined) this.edit = edit;
  }

  get document(): ContractDocument {
    return this.#document ?? this.documentOf(this.blocks.map((b) => b.block));
  }

  *documentInSteps(): Steps<ContractDocument> {
    if (this.#document !== undefined) return this.#document;
    const built: Block[] = [];
    const perStep = ITEMS_PER_STEP;
    // By index: entries() made an iterator result and a pair per block.
    for (let i = 0; i < this.blocks.length; i++) {
      const parsed = this.blocks[i] as ParsedBlock;
      built.push(parsed.blockInSteps === undefined ? parsed.block : yield* parsed.blockInSteps());
      if (i % perStep === perStep - 1) yield;
    }
    return this.documentOf(built);
  }

  get problems(): readonly ParseProblem[] {
    return (this.#problems ??= this.blocks.flatMap((b) => b.problems));
  }

  private documentOf(built: readonly Block[]): ContractDocument {
    return (this.#document ??= {
      kind: "document",
      span: { start: 0, end: this.#text.length },
      blocks: built,
    });
  }
}
