/**
 * What is wrong with a run of numbers that should read 1, 2, 3 … in source order: a number
 * written twice, a number smaller than the one before it, a jump over numbers that appear nowhere.
 * Each number is judged against the one just before it, so one misplaced number costs one report,
 * not a report on every number after it.
 */
export type SequenceProblem =
  | {
      readonly kind: "duplicate";
      readonly index: number;
      readonly value: number;
      readonly firstIndex: number;
    }
  | { readonly kind: "order"; readonly index: number; readonly value: number; readonly previous: number }
  | {
      readonly kind: "gap";
      readonly index: number;
      readonly value: number;
      /** null for the first number, which should have been `start`. */
      readonly previous: number | null;
      readonly missing: readonly number[];
    };

function missingBetween(from: number, to: number, all: ReadonlySet<number>): number[] {
  const missing: number[] = [];
  // Bounded: a jump from 3 to 10,000,000 lists only the first few numbers it skips.
  for (let n = from; n < to && missing.length < 100; n++) if (!all.has(n)) missing.push(n);
  return missing;
}

/** Whether the numbers read start, start + 1, … (nulls aside): no duplicate, no order, no gap. */
function readsInOrder(values: readonly (number | null)[], start: number): boolean {
  let expected = start;
  for (const value of values) {
    if (value === null) continue;
    if (value !== expected) return false;
    expected++;
  }
  return true;
}

export function sequenceProblems(values: readonly (number | null)[], start = 1): SequenceProblem[] {
  // Almost every run is in order: asked for every article's paragraphs and every list of items,
  // it costs no sets then.
  if (readsInOrder(values, start)) return [];
  const all = new Set(values.filter((v): v is number => v !== null));
  const firstIndex = new Map<number, number>();
  const problems: SequenceProblem[] = [];
  let previous: number | null = null;
  values.forEach((value, index) => {
    if (value === null) return;
    const first = firstIndex.get(value);
    if (first !== undefined) problems.push({ kind: "duplicate", index, value, firstIndex: first });
    else if (previous !== null && value < previous) problems.push({ kind: "order", index, value, previous });
    else {
      const missing = missingBetween(previous === null ? start : previous + 1, value, all);
      if (missing.length > 0) problems.push({ kind: "gap", index, value, previous, missing });
    }
    if (first === undefined) firstIndex.set(value, index);
    previous = value;
  });
  return problems;
}

/** 「第4条」 or 「第4条〜第6条」, for the numbers a gap skips. */
export function describeMissing(missing: readonly number[], format: (n: number) => string): string {
  const first = missing[0];
  const last = missing[missing.length - 1];
  if (first === undefined || last === undefined) return "";
  return first === last ? format(first) : `${format(first)}〜${format(last)}`;
}
