/**
 * What a party states about its size — 資本金 and 従業員数, optional fields of its 当事者 block —
 * read from the field's text (party fields stay plain text in the language) with the values
 * layer's parsers: the two laws on payment terms (取適法, フリーランス法) apply by these sizes.
 */
import type { Definition, PartyBlock, Span } from "../ast";
import { parseMoney } from "../values/money";
import { NUMERAL_PATTERN, parseNumeral } from "../values/numerals";
import { isIndividual } from "../model/party-kind";
import { partyField } from "../model/value-scope";
import { parseBlank } from "../values/blank";
import { firstPlaceholder } from "../values/placeholder";

export const CAPITAL_FIELD = "資本金";
export const EMPLOYEES_FIELD = "従業員数";
/** The fields that state a party's size for the law checks. */
export const SIZE_FIELDS: readonly string[] = [CAPITAL_FIELD, EMPLOYEES_FIELD];

/** A size the party states, or why the written text is not one. */
export type Stated =
  | { readonly kind: "value"; readonly amount: number; readonly span: Span }
  | { readonly kind: "invalid"; readonly reason: string; readonly span: Span }
  | { readonly kind: "unknown" };

export interface PartySize {
  readonly party: PartyBlock;
  /** An individual (個人事業主): it states a 氏名 and no 会社名. */
  readonly individual: boolean;
  readonly capital: Stated;
  readonly employees: Stated;
}

const UNKNOWN: Stated = { kind: "unknown" };

/** A field left blank (＿, empty) or marked to be filled (【要確認】) states nothing yet. */
function isBlankText(text: string): boolean {
  return parseBlank(text.trim()) !== null || firstPlaceholder(text) !== null;
}
const EMPLOYEES = new RegExp(`^(${NUMERAL_PATTERN})[ \\u3000]*(?:人|名)?$`, "u");
const NONE = /^(?:なし|無し|いない|0人?|０人?)$/u;

function readCapital(field: Definition | undefined): Stated {
  if (field === undefined || isBlankText(field.valueText)) return UNKNOWN;
  const money = parseMoney(field.valueText.trim());
  if (money?.type === "money" && money.yen >= 0) {
    return { kind: "value", amount: money.yen, span: field.valueSpan };
  }
  const reason =
    money?.type === "invalid"
      ? money.reason
      : "資本金は金額で書いてください（例：5,000万円、1億円、10,000,000円）。";
  return { kind: "invalid", reason, span: field.valueSpan };
}

function readEmployees(field: Definition | undefined): Stated {
  if (field === undefined || isBlankText(field.valueText)) return UNKNOWN;
  const text = field.valueText.trim();
  if (NONE.test(text)) return { kind: "value", amount: 0, span: field.valueSpan };
  const match = EMPLOYEES.exec(text);
  const amount = match === null ? null : parseNumeral(match[1] ?? "");
  if (amount !== null && Number.isSafeInteger(amount))
    return { kind: "value", amount, span: field.valueSpan };
  return {
    kind: "invalid",
    reason: "従業員数は人数で書いてください（例：120人、0人）。常時使用する従業員の数です。",
    span: field.valueSpan,
  };
}

export function partySize(party: PartyBlock): PartySize {
  return {
    party,
    individual: isIndividual(party),
    capital: readCapital(partyField(party, CAPITAL_FIELD)),
    employees: readEmployees(partyField(party, EMPLOYEES_FIELD)),
  };
}

/** The stated amount, or null when the party does not state it (or states it unreadably). */
export function amountOf(stated: Stated): number | null {
  return stated.kind === "value" ? stated.amount : null;
}
