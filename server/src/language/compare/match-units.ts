/**
 * Which part of the old version each part of the new one is: articles are matched by what they
 * say, not by their number, so that an insertion that renumbers every later article shows as one
 * new article, not as twenty changed ones. Linear apart from sorting: parts are keyed by hashing
 * (whole content, then heading, then body), the order kept is a longest increasing subsequence, and
 * what is left between two kept pairs is paired in order when similar enough.
 */
import { bodyKey, contentKey, type ComparedUnit } from "./compared-unit";
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";
import { similarity } from "./similarity";

export interface UnitPair {
  readonly oldIndex: number;
  readonly newIndex: number;
  /** The pair keeps its place among the others (false: the article was moved). */
  readonly inOrder: boolean;
}

// Below this share of common character pairs, two parts in the same place are a deletion and an
// insertion, not one part rewritten.
const SIMILAR = 0.5;

/**
 * Pairs each new unit with an unpaired old unit of the same key, first come first served. Keys
 * are computed once per unit by the caller: a key is the unit's whole text, and a 10,000-article
 * comparison made each of them three times over.
 */
function pairByKey(
  oldKeys: readonly (string | null)[],
  newKeys: readonly (string | null)[],
  oldOf: (number | null)[],
  taken: boolean[],
): void {
  const queues = new Map<string, number[]>();
  oldKeys.forEach((k, i) => {
    if (k === null || taken[i] === true) return;
    const queue = queues.get(k);
    if (queue === undefined) queues.set(k, [i]);
    else queue.push(i);
  });
  newKeys.forEach((k, j) => {
    if (oldOf[j] !== null || k === null) return;
    const i = queues.get(k)?.shift();
    if (i === undefined) return;
    oldOf[j] = i;
    taken[i] = true;
  });
}

/** The indices (into `values`) of one longest strictly increasing subsequence, O(n log n). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1] ?? -1;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(i);
  return kept;
}

function sameSlot(oldUnit: ComparedUnit, newUnit: ComparedUnit, oldKey: string, newKey: string): boolean {
  if (oldUnit.kind !== newUnit.kind) return false;
  if (oldUnit.kind !== "article") return true;
  return similarity(oldKey, newKey) >= SIMILAR;
}

/** The units' keys, each computed once. */
interface Keys {
  readonly content: readonly string[];
  readonly title: readonly (string | null)[];
  readonly body: readonly (string | null)[];
}

function* keysOf(units: readonly ComparedUnit[]): Steps<Keys> {
  const content: string[] = [];
  const title: (string | null)[] = [];
  const body: (string | null)[] = [];
  for (const unit of units) {
    if (content.length % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    content.push(contentKey(unit));
    title.push(titleKey(unit));
    body.push(nonEmptyBody(unit));
  }
  return { content, title, body };
}

/** Between two kept pairs, what is left on both sides is paired in order where similar. */
function pairGaps(
  olds: readonly ComparedUnit[],
  news: readonly ComparedUnit[],
  oldContent: readonly string[],
  newContent: readonly string[],
  oldOf: (number | null)[],
  taken: boolean[],
  anchors: readonly { oldIndex: number; newIndex: number }[],
): void {
  const bounds = [
    { oldIndex: -1, newIndex: -1 },
    ...anchors,
    { oldIndex: olds.length, newIndex: news.length },
  ];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k];
    const to = bounds[k + 1];
    if (from === undefined || to === undefined) continue;
    const leftOld: number[] = [];
    for (let i = from.oldIndex + 1; i < to.oldIndex; i++) if (taken[i] !== true) leftOld.push(i);
    let next = 0;
    for (let j = from.newIndex + 1; j < to.newIndex && next < leftOld.length; j++) {
      const i = leftOld[next];
      const oldUnit = i === undefined ? undefined : olds[i];
      const newUnit = news[j];
      if (i === undefined || oldUnit === undefined || newUnit === undefined || oldOf[j] !== null) continue;
      if (!sameSlot(oldUnit, newUnit, oldContent[i] ?? "", newContent[j] ?? "")) continue;
      oldOf[j] = i;
      taken[i] = true;
      next++;
    }
  }
}

function pairsOf(oldOf: readonly (number | null)[]): { oldIndex: number; newIndex: number }[] {
  const pairs: { oldIndex: number; newIndex: number }[] = [];
  oldOf.forEach((oldIndex, newIndex) => {
    if (oldIndex !== null) pairs.push({ oldIndex, newIndex });
  });
  return pairs;
}

const titleKey = (unit: ComparedUnit): string | null =>
  unit.kind === "article"
    ? unit.title === null
      ? null
      : `article\u0000${unit.title}`
    : `${unit.kind}\u0000${unit.kind === "annex" ? unit.label : ""}`;

const nonEmptyBody = (unit: ComparedUnit): string | null => (unit.lines.length === 0 ? null : bodyKey(unit));

export function matchUnits(olds: readonly ComparedUnit[], news: readonly ComparedUnit[]): UnitPair[] {
  return drain(matchUnitsInSteps(olds, news));
}

/** The same in steps: the keys a few hundred units a step, then each pass over the keys a step. */
export function* matchUnitsInSteps(
  olds: readonly ComparedUnit[],
  news: readonly ComparedUnit[],
): Steps<UnitPair[]> {
  const oldOf: (number | null)[] = news.map(() => null);
  const taken: boolean[] = olds.map(() => false);
  const oldKeys = yield* keysOf(olds);
  const newKeys = yield* keysOf(news);
  pairByKey(oldKeys.content, newKeys.content, oldOf, taken);
  yield;
  pairByKey(oldKeys.title, newKeys.title, oldOf, taken);
  yield;
  pairByKey(oldKeys.body, newKeys.body, oldOf, taken);
  yield;
  const firstPairs = pairsOf(oldOf);
  const ordered = longestIncreasing(firstPairs.map((p) => p.oldIndex));
  yield;
  pairGaps(
    olds,
    news,
    oldKeys.content,
    newKeys.content,
    oldOf,
    taken,
    firstPairs.filter((_, k) => ordered.has(k)),
  );
  yield;
  const pairs = pairsOf(oldOf);
  const inOrder = longestIncreasing(pairs.map((p) => p.oldIndex));
  return pairs.map((p, k) => ({ ...p, inOrder: inOrder.has(k) }));
}
