/** The blocks of one kind in a parsed document, typed as that kind. */
import type { Block, ContractDocument } from "../../server/src/language/ast";

export function blocksOf<K extends Block["kind"]>(
  document: ContractDocument,
  kind: K,
): Extract<Block, { kind: K }>[] {
  return document.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}
