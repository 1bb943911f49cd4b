/**
 * The values the standard articles state in their prose, lifted into 条件 and referred to
 * (「月額金300,000円（消費税別）」 → 「月額金{月額報酬}」 with 「月額報酬：300,000円（消費税別）」), so
 * that one change flows everywhere and the checker knows the values. A value is lifted only where
 * it renders exactly as the text it replaces (kanji amounts, 「金三十万円」, stay prose), and only
 * its first statement: a second one stays prose for the checker to compare.
 */
import type { Value, ValueType } from "../values/value";
import { formatValue, parseValue } from "../values/value-parse";
import { STANDARD_VALUES } from "../standard-values";
import type { ProseLine, ProseSegment } from "./imported-contract";

const DIGITS = "[0-9０-９]+";
const KANJI = "[〇一二三四五六七八九十百千]+";
const NUMBER = `(?:${DIGITS}|${KANJI})`;
const DURATION = `(?:${NUMBER}(?:年|か月|ヶ月|カ月|ケ月|ヵ月|箇月|週間|日)|半年|${NUMBER}年半)`;
const TAX = "(?:[（(](?:消費税別|税別|外税|税抜き?|消費税込み?|税込み?|内税)[）)])?";
const DATE = `(?:(?:明治|大正|昭和|平成|令和)?(?:${NUMBER}|元)年${NUMBER}月${NUMBER}日|[＿_]+年[＿_]+月[＿_]+日)`;

interface Lift {
  readonly name: string;
  /** Group 1 is the value's text. */
  readonly pattern: RegExp;
}

const LIFTS: readonly Lift[] = [
  { name: "月額報酬", pattern: new RegExp(`月額(?:金)?((?:[0-9０-９,，]+|[＿_]+)円${TAX})`, "u") },
  {
    name: "支払期日",
    pattern:
      /((?:毎月(?:末日|[0-9０-９]{1,2}日)締め?)?(?:当月|翌月|翌々月|翌翌月)(?:末日|[0-9０-９]{1,2}日)(?:払い)?|請求書(?:を受領した日|受領日|受領)(?:から|より|後)[0-9０-９]+日以内)(?:まで|限り)/u,
  },
  {
    name: "契約締結日",
    pattern: new RegExp(`^[ \\t\\u3000]*(?:本?契約)?締結日[：:][ \\t\\u3000]*(${DATE})$`, "u"),
  },
  {
    name: "契約期間",
    pattern: new RegExp(`有効期間は、?(?:本?契約(?:の)?締結日|締結日)から(?:起算して)?(${DURATION})間`, "u"),
  },
  {
    name: "更新期間",
    pattern: new RegExp(`(?:同一条件で|同一の条件で|さらに|更に)(${DURATION})間(?:自動的に)?更新`, "u"),
  },
  { name: "更新拒絶通知期限", pattern: new RegExp(`満了(?:日|の日)?の(${DURATION}前)まで`, "u") },
  { name: "賠償上限期間", pattern: new RegExp(`(?:直近|過去)(${DURATION})間`, "u") },
  { name: "作成通数", pattern: new RegExp(`本書(${NUMBER}通)`, "u") },
];

/** How a value is written in 条件: blanks as the template writes them (＿, ＿円（消費税別）, ＿年＿月＿日). */
function sourceOf(value: Value, text: string): string {
  if (value.type !== "blank" || value.written !== undefined) return text;
  if (value.of === "date") return "＿年＿月＿日";
  if (value.of === "money") return `＿円${text.replace(/^[＿_]+円/u, "")}`;
  return "＿";
}

/** The value's source in 条件 if it renders exactly as `text`, else null. */
function liftable(text: string, type: ValueType): string | null {
  const value = parseValue(text, type);
  if (value.type === "invalid" || formatValue(value) !== text) return null;
  const source = sourceOf(value, text);
  return formatValue(parseValue(source, type)) === text ? source : null;
}

function liftInText(
  text: string,
  lift: Lift,
  type: ValueType,
): { segments: ProseSegment[]; value: string } | null {
  const match = lift.pattern.exec(text);
  const found = match?.[1];
  if (match === null || found === undefined) return null;
  const value = liftable(found, type);
  if (value === null) return null;
  const at = match.index + match[0].indexOf(found);
  const segments: ProseSegment[] = [
    { text: text.slice(0, at) },
    { ref: lift.name, original: found },
    { text: text.slice(at + found.length) },
  ];
  return { segments, value };
}

/** The line with the lift's value as a reference (in the first of its texts that states it). */
function liftIn(line: ProseLine, lift: Lift): { line: ProseLine; value: string } | null {
  const type = STANDARD_VALUES[lift.name]?.type;
  if (type === undefined) return null;
  for (const [i, segment] of line.entries()) {
    if (!("text" in segment)) continue;
    const result = liftInText(segment.text, lift, type);
    if (result !== null)
      return { line: [...line.slice(0, i), ...result.segments, ...line.slice(i + 1)], value: result.value };
  }
  return null;
}

/**
 * Lifts the standard values out of `parts` (each a list of prose lines, in document order): the
 * parts with references, and the values found, in the standard order.
 */
export function liftValues(parts: readonly (readonly ProseLine[])[]): {
  readonly parts: ProseLine[][];
  readonly terms: [string, string][];
} {
  const lifted = parts.map((lines) => [...lines]);
  const found = new Map<string, string>();
  for (const lift of LIFTS) {
    search: for (const lines of lifted) {
      for (const [i, line] of lines.entries()) {
        const result = liftIn(line, lift);
        if (result === null) continue;
        lines[i] = result.line;
        found.set(lift.name, result.value);
        break search;
      }
    }
  }
  const terms = Object.keys(STANDARD_VALUES).flatMap((name): [string, string][] => {
    const value = found.get(name);
    return value === undefined ? [] : [[name, value]];
  });
  return { parts: lifted, terms };
}
