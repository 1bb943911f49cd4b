/**
 * The values a サーバー管理契約書 is expected to define, with their types. A value named here is
 * parsed as its type (so 「月額報酬：＿」 is a money blank and renders ＿＿＿＿円); any other name
 * takes the type its text has.
 */
import type { ValueType } from "./values/value";

export interface StandardValue {
  readonly type: ValueType;
  /** Japanese description, shown in hovers and completion. */
  readonly description: string;
}

export const STANDARD_VALUES: Readonly<Record<string, StandardValue>> = {
  月額報酬: { type: "money", description: "毎月支払う業務の対価（第7条）" },
  支払期日: { type: "paymentDue", description: "報酬の支払期日（第8条）" },
  契約締結日: { type: "date", description: "契約を締結した日（契約期間の起算日）" },
  契約期間: { type: "duration", description: "契約の有効期間（第20条）" },
  更新期間: { type: "duration", description: "自動更新されたときの期間（第20条）" },
  更新拒絶通知期限: { type: "duration", description: "期間満了日の何日前までに終了を通知するか（第20条）" },
  賠償上限期間: { type: "duration", description: "損害賠償の上限額を計算する期間（第18条）" },
  作成通数: { type: "count", description: "契約書を作成する通数（後文）" },
};

/** The fields every party has; the signature blocks show them in this order. */
export const PARTY_FIELDS = ["会社名", "所在地", "代表者"] as const;

export function expectedTypeOf(name: string): ValueType | undefined {
  return Object.hasOwn(STANDARD_VALUES, name) ? STANDARD_VALUES[name]?.type : undefined;
}
