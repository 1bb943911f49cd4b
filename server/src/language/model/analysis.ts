/**
 * Everything derived from one version of a contract's text: the model every feature shares. Parsed
 * once; each view (document, value scope, contract type, index, article references, defined terms,
 * facts, layout) is a lazy field, computed on first use and then kept (lazy.ts), so nothing is
 * computed twice per version and nothing no one asks for.
 */
import type { ContractDocument } from "../ast";
import { buildContractIndex, contractIndexInSteps, type ContractIndex } from "./contract-index";
import { drain, type Steps } from "../steps";
import { termIndexInSteps, type TermIndex } from "./defined-terms";
import { lazy, type Lazy } from "./lazy";
import { scanAll, scanAllInSteps, type ArticleReference } from "./reference-scan";
import { deriveFacts, type ContractFacts } from "./facts";
import { BlockReader, parse, parseInSteps, type ParseProblem, type ParseResult } from "../parse";
import { contractSizeProblem } from "../size-limit";
import { layoutContract, type Layout } from "../render/layout";
import { buildValueScope, type ValueScope } from "./value-scope";

export interface Analysis {
  readonly text: string;
  readonly document: ContractDocument;
  readonly problems: readonly ParseProblem[];
  /** The parse itself, which the analysis of the next version reuses. */
  readonly parse: ParseResult;
  readonly scope: ValueScope;
  readonly index: ContractIndex;
  /** Every 第N条・前項… written in prose, scanned once and shared by the checks and navigation. */
  readonly articleReferences: readonly ArticleReference[];
  /** The defined terms （以下「…」という。） and their uses, scanned once. */
  readonly terms: TermIndex;
  readonly facts: ContractFacts;
  readonly layout: Layout;
  /**
   * Builds, in steps (see steps.ts), what every check shares: the document, the index, the term
   * index and the article references. Each is tens of milliseconds in a 10,000-article contract.
   */
  prepareInSteps(): Steps<void>;
}

/**
 * `previous`, the analysis of an earlier version of the same file, lets the parse reuse the blocks
 * an edit did not touch; the result is the same as without it. `reader` reads the blocks: a
 * service passes its own, made once, instead of one made for every parse (see BlockReader).
 */
export function analyze(text: string, previous?: Analysis, reader = new BlockReader()): Analysis {
  return drain(analyzeInSteps(text, previous, reader));
}

/** The same analysis one block per step (the synchronous `analyze` drains it). */
export function* analyzeInSteps(
  text: string,
  previous?: Analysis,
  reader = new BlockReader(),
): Generator<void, Analysis, void> {
  const tooLarge = tooLargeParse(text);
  if (tooLarge !== null) return analysisOf(text, tooLarge);
  return analysisOf(text, yield* parseInSteps(text, reusable(previous) ? previous : undefined, reader));
}

// A version that was too large to read has no blocks to reuse.
function reusable(previous: Analysis | undefined): previous is Analysis {
  return previous !== undefined && contractSizeProblem(previous.text) === null;
}

/** Over the size limit: an empty contract with one finding that says why (see size-limit.ts). */
function tooLargeParse(text: string): ParseResult | null {
  const problem = contractSizeProblem(text);
  if (problem === null) return null;
  const empty = parse("");
  return {
    document: empty.document,
    blocks: empty.blocks,
    documentInSteps: () => empty.documentInSteps(),
    problems: [{ id: "syntax.invalid", message: problem, span: { start: 0, end: 0 } }],
  };
}

function analysisOf(text: string, parse: ParseResult): Analysis {
  return new AnalysisOfText(text, parse);
}

/**
 * Everything past the parse is built on first use: the answer to a keystroke in a large contract
 * (carried diagnostics) needs none of it. A class, not an object literal with getters: a literal's
 * getters are closures over the analysis, so each analysis had a hidden class of its own, made in
 * the old generation, and through it everything the analysis built survived the collector's
 * scavenges until a full collection.
 */
class AnalysisOfText implements Analysis {
  readonly #scope: Lazy<ValueScope>;
  readonly #index: Lazy<ContractIndex>;
  readonly #articleReferences: Lazy<readonly ArticleReference[]>;
  readonly #terms: Lazy<TermIndex>;
  readonly #facts: Lazy<ContractFacts>;
  readonly #layout: Lazy<Layout>;

  constructor(
    readonly text: string,
    readonly parse: ParseResult,
  ) {
    this.#scope = lazy(() => buildValueScope(parse.document));
    this.#index = lazy(() => buildContractIndex(parse.document, text));
    this.#articleReferences = lazy(() => scanAll(this.index.proseLines));
    this.#terms = lazy(() => drain(termIndexInSteps(this.index.proseLines)));
    this.#facts = lazy(() => deriveFacts(this.scope));
    this.#layout = lazy(() => layoutContract(parse.document, this.scope));
  }

  *prepareInSteps(): Steps<void> {
    const document = yield* this.parse.documentInSteps();
    const built = yield* this.#index.buildInSteps(() => contractIndexInSteps(document, this.text));
    yield;
    yield* this.#terms.buildInSteps(() => termIndexInSteps(built.proseLines));
    yield;
    yield* built.topicsInSteps();
    yield* this.#articleReferences.buildInSteps(() => scanAllInSteps(built.proseLines));
  }

  get document(): ContractDocument {
    return this.parse.document;
  }

  get problems(): readonly ParseProblem[] {
    return this.parse.problems;
  }

  get scope(): ValueScope {
    return this.#scope.get();
  }

  get index(): ContractIndex {
    return this.#index.get();
  }

  get articleReferences(): readonly ArticleReference[] {
    return this.#articleReferences.get();
  }

  get terms(): TermIndex {
    return this.#terms.get();
  }

  get facts(): ContractFacts {
    return this.#facts.get();
  }

  get layout(): Layout {
    return this.#layout.get();
  }
}
