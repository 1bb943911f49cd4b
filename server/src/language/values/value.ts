/**
 * Typed values of the .contract language. A value is written as text after 「名前：」 in a
 * 条件 or 当事者 block; `parseValue` (value-parse.ts) classifies that text by its shape.
 * Every value keeps enough of what the drafter wrote to render it back the way they chose
 * (和暦 vs 西暦, か月 vs ヶ月, the tax label), because the rendered contract must read as written.
 */

export type ValueType = "money" | "date" | "duration" | "paymentDue" | "count" | "text";

/** 消費税の扱い. `label` is the text inside the parentheses as written, e.g. 消費税別, 税込. */
export interface TaxLabel {
  readonly mode: "exclusive" | "inclusive";
  readonly label: string;
}

/** Whole yen. Never a float: `yen` is a safe integer (may be 0 or negative; the checker judges). */
export interface MoneyValue {
  readonly type: "money";
  readonly yen: number;
  readonly tax: TaxLabel | null;
}

export type EraName = "明治" | "大正" | "昭和" | "平成" | "令和";

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface DateValue {
  readonly type: "date";
  readonly date: CalendarDate;
  /** How it was written: 2026-12-01 (iso), 2026/12/1 (slash), 2026年12月1日 (seireki), 令和8年12月1日 (wareki). */
  readonly style: "iso" | "slash" | "seireki" | "wareki";
  /** For wareki: the era and whether year 1 was written 元年. */
  readonly era: EraName | null;
  readonly gannen: boolean;
  /** A weekday written after the date, e.g. （火）: 0 = 日 … 6 = 土, with the text as written. */
  readonly weekday: { readonly index: number; readonly text: string } | null;
}

export type DurationUnit = "year" | "month" | "week" | "day";

export interface DurationValue {
  readonly type: "duration";
  readonly amount: number;
  readonly unit: DurationUnit;
  /** The unit as written (年, か月, ヶ月, カ月, ケ月, 箇月, 週間, 日), so rendering keeps the drafter's spelling. */
  readonly unitText: string;
  /** 30日前 → "before", 30日後 → "after", plain 30日 → null. */
  readonly relation: "before" | "after" | null;
  /**
   * A length written as a word rather than a number and a unit (半年 = 6か月, 1年半 = 18か月), with
   * digits in ASCII; rendering keeps it. Absent for 6か月 and the like.
   */
  readonly spelled?: string;
}

/** 支払期日: when a month's fee falls due, in one of the two ways contracts count it. */
export type PaymentDueValue = MonthlyPaymentDue | EventPaymentDue;

/**
 * What a 但し書き such as （金融機関の休業日の場合は前営業日） does when the due date is not a
 * business day: pay on the business day before it or after it. Absent when none is written.
 */
export type HolidayShift = "previous" | "next" | "unknown";

/** A day of the month, or "end" for 末日 (and 月末). */
export type DayOfMonth = number | "end";

/**
 * Paid on a day of a month counted from the month whose work is paid for: 当月末日, 翌月末日,
 * 翌々月末日, 翌月10日（限り）, 毎月20日締め翌月10日払い.
 */
export interface MonthlyPaymentDue {
  readonly type: "paymentDue";
  readonly basis: "month";
  /** The 締め日 that closes a month's work; "end" when none is written (翌月末日 closes at month end). */
  readonly closingDay: DayOfMonth;
  /** Months after the closing month: 0 = 当月, 1 = 翌月, 2 = 翌々月. */
  readonly monthOffset: 0 | 1 | 2;
  readonly day: DayOfMonth;
  /** The wording as written with ASCII digits (翌月10日限り, 月末締め翌月末払い), which rendering keeps. */
  readonly text: string;
  readonly holiday?: HolidayShift;
}

/** What an EventPaymentDue counts from: the invoice's receipt, the acceptance (検収), the delivery. */
export type PaymentEvent = "invoice" | "acceptance" | "delivery";

/** Paid within a number of days of an event: 請求書受領後30日以内, 検収完了後60日以内, 納品日から30日以内. */
export interface EventPaymentDue {
  readonly type: "paymentDue";
  readonly basis: PaymentEvent;
  readonly days: number;
  /** The wording as written with ASCII digits, which rendering keeps. */
  readonly text: string;
  readonly holiday?: HolidayShift;
}

/** A number with a counter word, e.g. 2通, 3部, 2名. */
export interface CountValue {
  readonly type: "count";
  readonly amount: number;
  readonly counter: string;
}

export interface TextValue {
  readonly type: "text";
  readonly text: string;
}

/**
 * A value not filled in yet: a blank (＿) or a value with a placeholder mark in it. `of` says
 * how a blank renders: money as ＿＿＿＿円, a date as ＿＿＿＿年＿＿月＿＿日, anything else as
 * ＿＿＿＿＿＿＿＿＿＿ (as the reference contract does).
 */
export interface BlankValue {
  readonly type: "blank";
  readonly of: "money" | "date" | "text";
  readonly tax: TaxLabel | null;
  /**
   * For a value written with a placeholder inside (株式会社ベータ【要確認】, ●●円): the text as
   * written (without the tax label, kept in `tax`), which rendering keeps. Absent for ＿ and the
   * other plain blanks, which render at the reference contract's widths.
   */
  readonly written?: string;
}

/** Text that has the shape of a typed value but is not a valid one (2月30日, 令和元年4月30日, 1.5円). */
export interface InvalidValue {
  readonly type: "invalid";
  readonly expected: ValueType;
  /** The text as written; rendering shows it unchanged so nothing is lost. */
  readonly raw: string;
  /** Japanese: what is wrong and what to do. */
  readonly reason: string;
}

export type Value =
  | MoneyValue
  | DateValue
  | DurationValue
  | PaymentDueValue
  | CountValue
  | TextValue
  | BlankValue
  | InvalidValue;
