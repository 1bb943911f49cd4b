/**
 * The parser's one entry: a version of a contract's text in, its syntax tree and syntax problems
 * out. With `previous` (the parse of an earlier version of the same file) the blocks an edit did
 * not touch are reused; the result is the same as without it.
 */
import { drain, type Steps } from "../steps";
import { BlockReader } from "./grammar";
import { parseContractInSteps, type ParseResult } from "./parse-contract";
import { reparseContract, type PreviousParse } from "./reparse";

export type { ParseProblem, SyntaxId } from "./parse-problem";
export type { ParseResult, ParsedBlock } from "./parse-contract";
export type { PreviousParse } from "./reparse";
export { BlockReader } from "./grammar";

/** The parse in steps (see steps.ts). A re-parse reads a block or two and takes one step. */
export function* parseInSteps(
  text: string,
  previous?: PreviousParse,
  reader = new BlockReader(),
): Steps<ParseResult> {
  if (previous !== undefined) return reparseContract(previous, text, reader);
  return yield* parseContractInSteps(text, reader);
}

export function parse(text: string, previous?: PreviousParse, reader = new BlockReader()): ParseResult {
  return drain(parseInSteps(text, previous, reader));
}
