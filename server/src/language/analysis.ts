/**
 * Everything derived from one version of a contract's text. Parsed once; the value scope, the
 * index, the derived facts and the layout are computed on first use and then shared by every
 * feature that asks (checks, hover, preview), so nothing is computed twice per version.
 */
import type { ContractDocument } from "./ast";
import { buildContractIndex, type ContractIndex } from "./contract-index";
import { contractTypeOf, type ContractType } from "./contract-type";
import { deriveFacts, type ContractFacts } from "./facts";
import { parseContract, type ParseProblem } from "./parse/parse-contract";
import { layoutContract, type Layout } from "./render/layout";
import { buildValueScope, type ValueScope } from "./value-scope";

export interface Analysis {
  readonly text: string;
  readonly document: ContractDocument;
  readonly problems: readonly ParseProblem[];
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

export function analyze(text: string): Analysis {
  const { document, problems } = parseContract(text);
  const scope = buildValueScope(document);
  const index = lazy(() => buildContractIndex(document, text));
  const facts = lazy(() => deriveFacts(scope));
  const layout = lazy(() => layoutContract(document, scope));
  return {
    text,
    document,
    problems,
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
