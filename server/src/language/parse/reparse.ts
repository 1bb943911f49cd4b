/**
 * Parses a new version of a contract by reusing the blocks of the previous version that an edit
 * did not touch. Typing changes one block; re-reading only that block (and its neighbour) instead
 * of the whole file is what keeps a keystroke cheap in a contract of thousands of articles.
 *
 * The result is always what `parseContract(text)` would return; the incremental-parse test checks
 * this after random edits. The reasoning that makes it so:
 * - the text differs from the previous text only in one range (found by comparing the ends);
 * - block boundaries are header lines, and whether a line is a header depends only on that line
 *   and the line break before it, so lines wholly before or after the changed range keep their
 *   status, and blocks wholly before it keep their place, blocks after it move by the length
 *   difference;
 * - an edit in a block's first line can destroy its header and merge it into the block before,
 *   so the block before is read again too; an edit after its first line cannot, and the block
 *   before is kept (re-reading it on every keystroke cost an article of 100,000 lines before the
 *   edited one 60–110 ms a keystroke);
 * - a long block is read in parts (parted-block.ts): an edit inside one, after its header line or
 *   in it leaving it a header of the same kind, re-reads only the parts it touched, unless it adds
 *   or removes a header line.
 */
import { BlockReader } from "./grammar";
import { moveBlock } from "./moved-block";
import {
  assemble,
  blockIndexAt,
  bodyStartOf,
  parseContract,
  parseSlice,
  type ParsedBlock,
  type ParseResult,
} from "./parse-contract";
import { headerKindAt, nextLineStart, splitRange } from "./split-blocks";
import { changeBetween, type TextChange } from "../text-change";

export interface PreviousParse {
  readonly text: string;
  readonly parse: ParseResult;
}

export function reparseContract(
  previous: PreviousParse,
  text: string,
  reader = new BlockReader(),
): ParseResult {
  if (previous.text === text) return previous.parse;
  const blocks = previous.parse.blocks;
  const change = changeBetween(previous.text, text);
  // An edit in the first character can add or remove a byte-order mark: read everything again.
  if (change.start === 0 || blocks.length === 0 || bodyStartOf(text) !== bodyStartOf(previous.text)) {
    return parseContract(text, reader);
  }
  const edit = { previousText: previous.text, change };
  const place = editPlace(previous, text, change);
  const delta = text.length - previous.text.length;
  const after = () => blocks.slice(place.last + 1).map((parsed) => moveBlock(parsed, delta));
  const edited = blocks[place.edited] as ParsedBlock;
  const inPlace = place.inOneBlock ? edited.reparsed?.(text, change, reader) : undefined;
  if (inPlace !== undefined && inPlace !== null) {
    return assemble(text, [...blocks.slice(0, place.edited), inPlace, ...after()], edit);
  }
  const regionStart = (blocks[place.first] as ParsedBlock).slice.start;
  const next = blocks[place.last + 1];
  const regionEnd = next === undefined ? text.length : next.slice.start + delta;
  const reread = splitRange(text, regionStart, regionEnd).map((slice) => parseSlice(text, slice, reader));
  const result = [...blocks.slice(0, place.first), ...reread, ...after()];
  // Everything after a byte-order mark deleted: an empty file still has its one (empty) block.
  return result.length === 0 ? parseContract(text, reader) : assemble(text, result, edit);
}

/**
 * Which blocks an edit may have changed: from `first` to `last` (`first` is the block before the
 * edited one when the edit may have broken the edited block's header), and whether it stayed in
 * the edited block with its header a header of the same kind (the block may read only what
 * changed: a long block read in parts, see parted-block.ts).
 */
function editPlace(previous: PreviousParse, text: string, change: TextChange) {
  const blocks = previous.parse.blocks;
  const edited = blockIndexAt(blocks, change.start - 1);
  const slice = (blocks[edited] as ParsedBlock).slice;
  const headerLineEnd = nextLineStart(previous.text, slice.start);
  // A header line that ends the text without a line break goes on at the text's end.
  const headerLineBroken = /[\r\n]/u.test(previous.text.charAt(headerLineEnd - 1));
  const afterHeaderLine = change.start >= headerLineEnd && headerLineBroken;
  // An edit inside a header line that leaves it a header of its kind leaves the block before as
  // it was, too.
  const staysHeader = change.start > slice.start && headerKindAt(text, slice.start) === slice.kind;
  const last = blockIndexAt(blocks, change.oldEnd);
  return {
    edited,
    first: afterHeaderLine ? edited : Math.max(0, edited - 1),
    last,
    inOneBlock: (afterHeaderLine || staysHeader) && last === edited,
  };
}
