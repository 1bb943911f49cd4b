/**
 * What the names in a contract refer to: the values of 条件 and the parties with their fields.
 * Built once per parse and shared by the renderer and the checker.
 */
import type { Article, ContractDocument, Definition, PartyBlock } from "../ast";
import { articlesByHeading } from "./article-labels";

export interface ValueScope {
  /** The first definition of each name in 条件 (later duplicates are the checker's business). */
  readonly values: ReadonlyMap<string, Definition>;
  /** Parties by symbol (甲, 乙 …), first declaration wins. */
  readonly parties: ReadonlyMap<string, PartyBlock>;
  /** Parties in declaration order, for the signature blocks. */
  readonly partyOrder: readonly PartyBlock[];
  /** Articles by heading, for {第条:見出し} references (see article-labels.ts). */
  readonly articlesByHeading: ReadonlyMap<string, readonly Article[]>;
}

function definitionsOf(block: { readonly entries: readonly { readonly kind: string }[] }): Definition[] {
  return block.entries.filter((e): e is Definition => e.kind === "definition");
}

export function buildValueScope(document: ContractDocument): ValueScope {
  const values = new Map<string, Definition>();
  const parties = new Map<string, PartyBlock>();
  const partyOrder: PartyBlock[] = [];
  for (const block of document.blocks) {
    if (block.kind === "terms") {
      for (const definition of definitionsOf(block)) {
        if (!values.has(definition.name)) values.set(definition.name, definition);
      }
    } else if (block.kind === "party" && !parties.has(block.symbol)) {
      parties.set(block.symbol, block);
      partyOrder.push(block);
    }
  }
  return new BuiltValueScope(values, parties, partyOrder, document);
}

/**
 * A class, not an object literal with a getter: the getter, a closure over the document, gave
 * each scope a hidden class of its own in the old generation, and through it the whole parse
 * survived the collector's scavenges until a full collection.
 */
class BuiltValueScope implements ValueScope {
  readonly #document: ContractDocument;
  #byHeading: ReadonlyMap<string, readonly Article[]> | undefined;

  constructor(
    readonly values: ReadonlyMap<string, Definition>,
    readonly parties: ReadonlyMap<string, PartyBlock>,
    readonly partyOrder: readonly PartyBlock[],
    document: ContractDocument,
  ) {
    this.#document = document;
  }

  // Only a {第条:…} reference needs the articles by heading, and their keys are NFKC-normalised
  // titles (10,000 normalisations for 10,000 articles): made when first asked for.
  get articlesByHeading(): ReadonlyMap<string, readonly Article[]> {
    return (this.#byHeading ??= articlesByHeading(
      this.#document.blocks.filter((b): b is Article => b.kind === "article"),
    ));
  }
}

/** A party's field (会社名 …) as defined, or undefined when the party leaves it out. */
export function partyField(party: PartyBlock, field: string): Definition | undefined {
  return definitionsOf(party).find((d) => d.name === field);
}

export function partyFields(party: PartyBlock): Definition[] {
  return definitionsOf(party);
}
