/**
 * The 改め文 that delete, renumber and insert articles, in the order 法制執務 writes them:
 *
 * - 「原契約第22条を削る。」 — each deleted article (and each moved one, which is inserted again);
 * - 「原契約第23条から第25条までを一条ずつ繰り上げる。」 — articles moving up, front to back;
 * - 「原契約第9条を第10条とし、第8条の次に次の一条を加える。」 — articles moving down, back to
 *   front, each run ending with the insertion that makes room (with the new articles' lines).
 *
 * Each sentence names articles by the numbers they have when it applies, so that no two articles
 * ever share a number on the way.
 */
import type { ComparedUnit } from "../compared-unit";
import { countText } from "./japanese-count";
import { AMENDED, type AmendmentSentence } from "./sentence";

/** An article of the new version: kept (with its number in the old one) or inserted. */
export interface TargetArticle {
  readonly unit: ComparedUnit;
  /** The old article it is, in place; null for an inserted one (or one moved elsewhere). */
  readonly old: ComparedUnit | null;
}

interface Renumbering {
  readonly from: ComparedUnit;
  readonly to: ComparedUnit;
}

function orderOf(unit: ComparedUnit): number {
  return (unit.number ?? 0) * 1000 + (unit.branch ?? 0);
}

function plain(unit: ComparedUnit): boolean {
  return unit.branch === null && unit.number !== null;
}

/** 第A条から第B条までをK条ずつ繰り下げ, or 第A条を第B条とし, for a run of renumberings. */
function renumberClauses(run: readonly Renumbering[], down: boolean): { stem: string; end: string }[] {
  const first = run[0];
  const last = run[run.length - 1];
  const shift = first === undefined ? 0 : (first.to.number ?? 0) - (first.from.number ?? 0);
  const uniform =
    run.length >= 3 &&
    run.every(
      (r, k) =>
        plain(r.from) &&
        plain(r.to) &&
        (r.to.number ?? 0) - (r.from.number ?? 0) === shift &&
        (k === 0 || Math.abs((r.from.number ?? 0) - (run[k - 1]?.from.number ?? 0)) === 1),
    );
  if (uniform && first !== undefined && last !== undefined) {
    const [low, high] = down ? [last.from, first.from] : [first.from, last.from];
    const verb = down ? "繰り下げ" : "繰り上げ";
    const stem = `${low.label}から${high.label}までを${countText(Math.abs(shift))}条ずつ${verb}`;
    return [{ stem, end: `${stem}る` }];
  }
  return run.map((r) => ({
    stem: `${r.from.label}を${r.to.label}とし`,
    end: `${r.from.label}を${r.to.label}とする`,
  }));
}

/** Runs of renumberings that shift by the same amount over consecutive numbers. */
function runs(renumberings: readonly Renumbering[]): Renumbering[][] {
  const result: Renumbering[][] = [];
  for (const r of renumberings) {
    const run = result[result.length - 1];
    const previous = run?.[run.length - 1];
    const shift = (x: Renumbering) => orderOf(x.to) - orderOf(x.from);
    if (
      run !== undefined &&
      previous !== undefined &&
      shift(previous) === shift(r) &&
      Math.abs(orderOf(previous.from) - orderOf(r.from)) === 1000
    ) {
      run.push(r);
    } else {
      result.push([r]);
    }
  }
  return result;
}

function sentenceOf(
  clauses: readonly { stem: string; end: string }[],
  last: string | null,
): AmendmentSentence {
  const stems = clauses.map((c) => c.stem);
  const text =
    last === null
      ? [...stems.slice(0, -1), clauses[clauses.length - 1]?.end ?? ""].join("、")
      : [...stems, last].join("、");
  return { text: `${AMENDED}${text}。`, quoted: [] };
}

function quotedArticles(units: readonly ComparedUnit[]): string[] {
  return units.flatMap((u) => [u.heading, ...u.lines.map((l) => l.text)]);
}

export function deletionSentences(deleted: readonly ComparedUnit[]): AmendmentSentence[] {
  return deleted.map((unit) => ({ text: `${AMENDED}${unit.label}を削る。`, quoted: [] }));
}

function upSentence(targets: readonly TargetArticle[]): AmendmentSentence[] {
  const ups: Renumbering[] = [];
  for (const t of targets)
    if (t.old !== null && orderOf(t.unit) < orderOf(t.old)) ups.push({ from: t.old, to: t.unit });
  const clauses = runs(ups).flatMap((run) => renumberClauses(run, false));
  return clauses.length === 0 ? [] : [sentenceOf(clauses, null)];
}

/** Where an insertion goes: after the kept article before it (by its number now), or before the next. */
function insertionPlace(targets: readonly TargetArticle[], first: number, last: number): string {
  const before = targets[first - 1];
  if (before !== undefined && before.old !== null) {
    // Articles that moved up already have their new numbers; the others still have their old ones.
    const now = orderOf(before.unit) < orderOf(before.old) ? before.unit : before.old;
    return `${now.label}の次に`;
  }
  const after = targets[last + 1];
  if (after !== undefined) return `${after.unit.label}の前に`;
  return "の末尾に";
}

function downAndInsertSentences(targets: readonly TargetArticle[]): AmendmentSentence[] {
  const sentences: AmendmentSentence[] = [];
  let pending: Renumbering[] = [];
  const clauses = () => runs(pending).flatMap((run) => renumberClauses(run, true));
  for (let k = targets.length - 1; k >= 0; k--) {
    const target = targets[k];
    if (target === undefined) continue;
    if (target.old !== null) {
      if (orderOf(target.unit) > orderOf(target.old)) pending.push({ from: target.old, to: target.unit });
      continue;
    }
    let first = k;
    while (first > 0 && targets[first - 1]?.old === null) first--;
    const inserted = targets.slice(first, k + 1).map((t) => t.unit);
    const place = insertionPlace(targets, first, k);
    const insertion = `${place}次の${countText(inserted.length)}条を加える`;
    sentences.push({ ...sentenceOf(clauses(), insertion), quoted: quotedArticles(inserted) });
    pending = [];
    k = first;
  }
  if (pending.length > 0) sentences.push(sentenceOf(clauses(), null));
  return sentences;
}

/** The sentences that bring the kept articles (already changed in place) to `targets`. */
export function structureSentences(targets: readonly TargetArticle[]): AmendmentSentence[] {
  return [...upSentence(targets), ...downAndInsertSentences(targets)];
}
