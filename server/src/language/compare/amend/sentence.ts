/** One sentence of a 変更覚書: a 改め文, and the lines of new text it quotes after it. */
export interface AmendmentSentence {
  readonly text: string;
  /** The new text, one printed line each (heading lines included), for 「次のように」 forms. */
  readonly quoted: readonly string[];
}

/** Every amendment names the contract it amends: 原契約第7条中… (see model/reference-scan.ts). */
export const AMENDED = "原契約";
