/**
 * A contract type as data (schemas/contract-type.schema.json): what a built-in type file holds and
 * what a host passes in for a workspace's own types (.keiyaku/types/). The host validates a file
 * against the schema before it reaches the service; the service compiles it (model/contract-type.ts).
 */
import type { ValueType } from "../values/value";

export type PartySymbol = "甲" | "乙" | "丙" | "丁";

export interface TypePartyData {
  readonly symbol: PartySymbol;
  /** The usual roles, the first one the template's （委託者）. */
  readonly roles?: readonly string[];
}

export interface TypeValueData {
  readonly name: string;
  readonly type: ValueType;
  /** A required value missing from 条件 is a finding (blank.fee, blank.date, blank.value). */
  readonly required?: boolean;
  /** How the value is usually written (300,000円（消費税別）), for messages and templates. */
  readonly example?: string;
}

export interface TypeArticleData {
  /** The topic, which is also the heading a new article gets. */
  readonly topic: string;
  /** Words that, in a heading, also name the topic. */
  readonly aliases?: readonly string[];
  /** Missing it is a warning, not information. */
  readonly essential?: boolean;
  readonly skeleton: readonly string[];
}

export interface ContractTypeData {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** Plain words (never regular expressions) a title of this type contains. */
  readonly titlePatterns: readonly string[];
  /** A fallback for contracts between companies that no other type matches. */
  readonly generic?: boolean;
  /** The type of a title that names no known kind (see structure.unknown-contract-type). */
  readonly catchAll?: boolean;
  readonly parties?: readonly TypePartyData[];
  readonly values?: readonly TypeValueData[];
  readonly ordered?: boolean;
  readonly articles: readonly TypeArticleData[];
  readonly checks?: { readonly off?: readonly string[] };
  /**
   * The blank template: for a workspace type relative to its file, inside .keiyaku/; for a
   * built-in type relative to samples/. Resolved by the host, never by the service.
   */
  readonly template?: string;
}
