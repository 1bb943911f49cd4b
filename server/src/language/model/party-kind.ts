/**
 * A party is a company, which signs through its representative (会社名・所在地・代表者), or an
 * individual — a sole proprietor, a freelancer — who states a 氏名 and no 会社名 and signs in
 * person (住所・氏名). One definition for the checks (which fields are blank, the laws' sizes), the
 * signature blocks and reading them back on import.
 */
import type { PartyBlock } from "../ast";
import { PARTY_FIELDS } from "../standard-values";
import { partyField } from "./value-scope";

/** The fields an individual signs with, the address first as Japanese signature blocks put it. */
export const INDIVIDUAL_FIELDS = ["住所", "氏名"] as const;
/** An individual that writes its address as a company does. */
const INDIVIDUAL_AT_LOCATION = ["所在地", "氏名"] as const;

/** Every way a signature block begins, as signingFields lays it out. */
export const SIGNING_ORDERS: readonly (readonly string[])[] = [
  PARTY_FIELDS,
  INDIVIDUAL_FIELDS,
  INDIVIDUAL_AT_LOCATION,
];

export function isIndividual(party: PartyBlock): boolean {
  return partyField(party, "会社名") === undefined && partyField(party, "氏名") !== undefined;
}

/**
 * The fields the party must state and signs with, in the signature block's order. An individual
 * may write its address as 所在地, as a company does; 住所 is asked for when neither is written.
 */
export function signingFields(party: PartyBlock): readonly string[] {
  if (!isIndividual(party)) return PARTY_FIELDS;
  const address = partyField(party, "住所") === undefined && partyField(party, "所在地") !== undefined;
  return address ? INDIVIDUAL_AT_LOCATION : INDIVIDUAL_FIELDS;
}
