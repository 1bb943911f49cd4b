/**
 * 印紙税 (stamp duty) on the paper contract, as guidance derived from the type and the values —
 * never a finding: whether a document is taxable turns on its content as a whole, which a reader
 * must confirm. The basis is 印紙税法 別表第一 (課税物件表) and its 通則:
 *
 * - 第2号文書 (請負に関する契約書): taxed by the 記載金額 (the table below); a contract that states
 *   no amount is taxed 200円. A monthly fee with a stated term states an amount: fee × months of
 *   the first term (a renewal is not counted).
 * - 第7号文書 (継続的取引の基本となる契約書, 印紙税法施行令第26条第1号): 4,000円. Between
 *   businesses (営業者), for two or more 請負 transactions continuing under common terms (対価の
 *   支払方法 …); not when the term is 3 months or less with no renewal. A document that is both
 *   2号 and 7号 is 2号 when it states an amount, else 7号 (通則3イ).
 * - 準委任 (委任) and a mutual NDA are in none of the 号: no tax. Nor is an electronic contract
 *   (電子契約): no paper document is made (作成).
 *
 * Server management and software maintenance are read as 請負 (maintenance keeps a system in
 * working order — the National Tax Agency's reading of 保守契約); the line says so, and that a
 * contract drawn as pure 準委任 would not be taxed.
 */
import type { MoneyValue } from "../values/value";
import { formatYen } from "../values/money";
import type { ContractFacts } from "../model/facts";
import { durationInMonths } from "../model/facts";

export const STAMP_DUTY_BASIS = "印紙税法 別表第一";

export interface StampDuty {
  /** 第2号文書, 第7号文書, or null when no tax is due. */
  readonly document: "第2号文書" | "第7号文書" | null;
  /** The tax in yen; 0 when none is due. */
  readonly tax: number;
  /** The amount the tax is read from (記載金額), when one is stated. */
  readonly amount: number | null;
  /** Why, in one Japanese sentence, with the conditions it rests on. */
  readonly reason: string;
  readonly basis: string;
}

/** 別表第一 第2号: the upper bound of each bracket of 記載金額 (inclusive) and its tax. */
export const CONTRACT_FOR_WORK_TABLE: readonly (readonly [number, number])[] = [
  [9_999, 0],
  [1_000_000, 200],
  [2_000_000, 400],
  [3_000_000, 1_000],
  [5_000_000, 2_000],
  [10_000_000, 10_000],
  [50_000_000, 20_000],
  [100_000_000, 60_000],
  [500_000_000, 100_000],
  [1_000_000_000, 200_000],
  [5_000_000_000, 400_000],
  [Number.POSITIVE_INFINITY, 600_000],
];

/** The 2号 tax for a stated amount; a contract with no amount is 200円. */
export function contractForWorkTax(amount: number | null): number {
  if (amount === null) return 200;
  return CONTRACT_FOR_WORK_TABLE.find(([upTo]) => amount <= upTo)?.[1] ?? 600_000;
}

export const CONTINUING_CONTRACT_TAX = 4_000;

export interface StampDutyInput {
  readonly typeId: string | null;
  readonly facts: ContractFacts;
  /** A lump-sum amount the contract states (契約金額, 請負代金 …), if any. */
  readonly lumpSum: MoneyValue | null;
  /** Every party is a business (states a 会社名). */
  readonly betweenBusinesses: boolean;
  /** The contract is made as an electronic record (電子契約, 電子署名). */
  readonly electronic: boolean;
}

const MAINTENANCE_TYPES = new Set(["server-management", "software-maintenance"]);
const NO_TAX_TYPES: Readonly<Record<string, string>> = {
  "services-quasi-mandate":
    "準委任（委任）の契約書は別表第一のいずれの号にも当たらず、印紙税はかかりません（仕事の完成を約する請負の定めがあれば第2号文書です）。",
  "nda-mutual": "秘密保持契約書は別表第一のいずれの号にも当たらず、印紙税はかかりません。",
};

/** Fee × months of the first term: the amount a monthly contract states. */
function statedAmount(input: StampDutyInput): number | null {
  if (input.lumpSum !== null) return input.lumpSum.yen;
  const { fee, term } = input.facts;
  if (fee === null || term === null || term.value.relation !== null) return null;
  const months = durationInMonths(term.value);
  return months === null ? null : fee.value.yen * months;
}

/** 3か月以内 with no renewal is not continuing (施行令第26条第1号の括弧書き). */
function shortWithoutRenewal(facts: ContractFacts): boolean {
  const months = facts.term === null ? null : durationInMonths(facts.term.value);
  return months !== null && months <= 3 && facts.renewalTerm === null;
}

function none(reason: string): StampDuty {
  return { document: null, tax: 0, amount: null, reason, basis: STAMP_DUTY_BASIS };
}

function forWork(amount: number | null, why: string): StampDuty {
  const tax = contractForWorkTax(amount);
  const stated = amount === null ? "記載金額のない契約書" : `記載金額${formatYen(amount)}`;
  const due = tax === 0 ? "非課税（1万円未満）" : `${formatYen(tax)}`;
  return {
    document: "第2号文書",
    tax,
    amount,
    reason: `${why}第2号文書（請負に関する契約書）、${stated}として${due}です。`,
    basis: `${STAMP_DUTY_BASIS} 第2号`,
  };
}

function continuing(why: string): StampDuty {
  return {
    document: "第7号文書",
    tax: CONTINUING_CONTRACT_TAX,
    amount: null,
    reason: `${why}金額の定めがなく、事業者間で継続する請負の取引条件（対価の支払方法など）を定め、契約期間が3か月以内で更新なしではないため、第7号文書（継続的取引の基本となる契約書）として${formatYen(CONTINUING_CONTRACT_TAX)}です。`,
    basis: `${STAMP_DUTY_BASIS} 第7号・印紙税法施行令第26条第1号`,
  };
}

export function stampDuty(input: StampDutyInput): StampDuty | null {
  const { typeId } = input;
  if (typeId === null) return null;
  if (input.electronic)
    return none("電子契約（電磁的記録）で締結する契約書は、課税文書を作成しないため印紙税はかかりません。");
  const noTax = NO_TAX_TYPES[typeId];
  if (noTax !== undefined) return none(noTax);
  const amount = statedAmount(input);
  if (typeId === "services-work") return forWork(amount, "請負契約書は");
  if (!MAINTENANCE_TYPES.has(typeId)) return null;
  const why = "保守・管理の契約を請負とみると（準委任のみの定めなら不課税）、";
  if (amount !== null) {
    const stated = input.lumpSum !== null ? "契約金額" : "月額報酬×契約期間の金額";
    return forWork(amount, `${why}${stated}が記載されているため`);
  }
  if (input.betweenBusinesses && input.facts.fee !== null && !shortWithoutRenewal(input.facts))
    return continuing(why);
  return forWork(null, why);
}
