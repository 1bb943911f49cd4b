/**
 * Everything derived from one version of a contract's text. Parsed once; the value scope, the
 * index, the derived facts and the layout are computed on first use and then shared by every
 * feature that asks (checks, hover, preview), so nothing is computed twice per version.
 */
import type { ContractDocument } from "./ast";
import { buildContractIndex, type ContractIndex } from "./contract-index";
import { contractTypeOf, type ContractType } from "./contract-type";
import { deriveFacts, type ContractFacts } from "./facts";
import { parseContract, type ParseProblem, type ParseResult } from "./parse/parse-contract";
import { reparseContract } from "./parse/reparse";
import { layoutContract, type Layout } from "./render/layout";
import { buildValueScope, type ValueScope } from "./value-scope";

export interface Analysis {
  readonly text: string;
  readonly document: ContractDocument;
  readonly problems: readonly ParseProblem[];
  /** The parse itself, which the analysis of the next version reuses. */
  readonly parse: ParseResult;
  readonly scope: ValueScope;
  /** The kind of contract, recognised from the title; null when not recognised. */
  readonly contractType: ContractType | null;
  readonly index: ContractIndex;
  readonly facts: ContractFacts;
  readonly layout: Layout;
}

function lazy<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * `previous`, the analysis of an earlier version of the same file, lets the parse reuse the blocks
 * an edit did not touch; the result is the same as without it.
 */
export function analyze(text: string, previous?: Analysis): Analysis {
  const parse = previous === undefined ? parseContract(text) : reparseContract(previous, text);
  const { document, problems } = parse;
  const scope = buildValueScope(document);
  const index = lazy(() => buildContractIndex(document, text));
  const facts = lazy(() => deriveFacts(scope));
  const layout = lazy(() => layoutContract(document, scope));
  return {
    text,
    document,
    problems,
    parse,
    scope,
    contractType: contractTypeOf(document),
    get index() {
      return index();
    },
    get facts() {
      return facts();
    },
    get layout() {
      return layout();
    },
  };
}
