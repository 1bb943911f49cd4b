/**
 * Everything derived from one version of a contract's text. Parsed once; the document, the value
 * scope, the index, the derived facts and the layout are computed on first use and then shared by every
 * feature that asks (checks, hover, preview), so nothing is computed twice per version.
 */
import type { ContractDocument } from "./ast";
import { buildContractIndex, contractIndexInSteps, type ContractIndex } from "./contract-index";
import type { Steps } from "./steps";
import { contractTypeOf, type ContractType } from "./contract-type";
import { deriveFacts, type ContractFacts } from "./facts";
import { parse, parseInSteps, type ParseProblem, type ParseResult } from "./parse";
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
  /**
   * Builds, in steps (see steps.ts), what every check shares: the document, the index, the term
   * index and the article references. Each is tens of milliseconds in a 10,000-article contract.
   */
  prepareInSteps(): Steps<void>;
}

interface Lazy<T> {
  get(): T;
  /** Builds the value in steps (see steps.ts) unless it is built already. */
  buildInSteps(steps: () => Steps<T>): Steps<T>;
}

function lazy<T>(compute: () => T): Lazy<T> {
  let value: { v: T } | undefined;
  return {
    get: () => (value ??= { v: compute() }).v,
    *buildInSteps(steps) {
      if (value !== undefined) return value.v;
      const built = yield* steps();
      return (value ??= { v: built }).v;
    },
  };
}

/**
 * `previous`, the analysis of an earlier version of the same file, lets the parse reuse the blocks
 * an edit did not touch; the result is the same as without it.
 */
export function analyze(text: string, previous?: Analysis): Analysis {
  return analysisOf(text, parse(text, previous));
}

/** The same analysis, reading a file without a previous version one block per step. */
export function* analyzeInSteps(text: string, previous?: Analysis): Generator<void, Analysis, void> {
  return analysisOf(text, yield* parseInSteps(text, previous));
}

function analysisOf(text: string, parse: ParseResult): Analysis {
  // Everything past the parse is built on first use: the answer to a keystroke in a large
  // contract (carried diagnostics) needs none of it.
  const scope = lazy(() => buildValueScope(parse.document));
  const contractType = lazy(() => contractTypeOf(parse.document));
  const index = lazy(() => buildContractIndex(parse.document, text));
  const facts = lazy(() => deriveFacts(scope.get()));
  const layout = lazy(() => layoutContract(parse.document, scope.get()));
  function* prepareInSteps(): Steps<void> {
    const document = yield* parse.documentInSteps();
    const built = yield* index.buildInSteps(() => contractIndexInSteps(document, text));
    yield;
    yield* built.termsInSteps();
    yield;
    built.articleReferences();
  }
  return {
    text,
    parse,
    prepareInSteps,
    get document() {
      return parse.document;
    },
    get problems() {
      return parse.problems;
    },
    get scope() {
      return scope.get();
    },
    get contractType() {
      return contractType.get();
    },
    get index() {
      return index.get();
    },
    get facts() {
      return facts.get();
    },
    get layout() {
      return layout.get();
    },
  };
}
