/**
 * Finds many words in a text at once (Aho–Corasick): one pass over the text, whatever the number of
 * words, so that 8,000 defined terms on one line cost no more than 8 (trying every word at every
 * character made the term index quadratic). Works on UTF-16 code units, like the spans.
 */

import { drain, type Steps } from "./steps";

interface Node {
  /** By UTF-16 code unit: numbers, since charAt allocates a string for every CJK character. */
  readonly next: Map<number, number>;
  /** The longest proper suffix of this node's path that is also a path of the trie. */
  fail: number;
  /** The index of the word that ends exactly here, or -1. */
  word: number;
  /** The nearest node on the fail chain (this one included) where a word ends, or -1. */
  output: number;
}

export interface WordAutomaton {
  /**
   * For each end offset in `text` (exclusive), the words that end there, longest first, each as
   * its index in the list the automaton was built from. `visit` returns false to stop the
   * walk down to shorter words at that offset; at most `perOffset` words are visited at each.
   */
  scan(text: string, visit: (end: number, word: number) => boolean, perOffset: number): void;
  /**
   * The same over the text read backwards, for an automaton built from reversed words: for each
   * start offset, the words that start there, longest first (no reversed copy of the text is made).
   */
  scanBackwards(text: string, visit: (start: number, word: number) => boolean, perOffset: number): void;
  /** The length of a word, in UTF-16 code units. */
  lengthOf(word: number): number;
  /**
   * False when the text holds no code unit that starts a word, so no word (one pattern test: a
   * line without one is passed over without scanning it).
   */
  mayHold(text: string): boolean;
}

/**
 * Words a step of building the automaton inserts, or nodes it links: a few milliseconds' worth.
 * A hostile contract defines 8,000 terms on one line: their two automata took ~30 ms in one step.
 */
const WORDS_PER_STEP = 1_000;
const NODES_PER_STEP = 5_000;

function* trieInSteps(words: readonly string[]): Steps<Node[]> {
  const nodes: Node[] = [{ next: new Map(), fail: 0, word: -1, output: -1 }];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    let at = 0;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      let child = nodes[at]?.next.get(unit);
      if (child === undefined) {
        child = nodes.length;
        nodes.push({ next: new Map(), fail: 0, word: -1, output: -1 });
        nodes[at]?.next.set(unit, child);
      }
      at = child;
    }
    const end = nodes[at];
    if (end !== undefined && end.word === -1) end.word = index;
    if ((index + 1) % WORDS_PER_STEP === 0) yield;
  }
  return nodes;
}

function step(nodes: readonly Node[], from: number, unit: number): number {
  let at = from;
  for (;;) {
    const node = nodes[at];
    if (node === undefined) return 0;
    const next = node.next.get(unit);
    if (next !== undefined) return next;
    if (at === 0) return 0;
    at = node.fail;
  }
}

/** Breadth first, so that every node's fail target is complete before its children need it. */
function* linkInSteps(nodes: Node[]): Steps<void> {
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    if ((head + 1) % NODES_PER_STEP === 0) yield;
    const index = queue[head] ?? 0;
    const node = nodes[index];
    if (node === undefined) continue;
    for (const [unit, child] of node.next) {
      const target = nodes[child];
      if (target === undefined) continue;
      target.fail = index === 0 ? 0 : step(nodes, node.fail, unit);
      const fallback = nodes[target.fail]?.output ?? -1;
      target.output = target.word !== -1 ? child : fallback;
      queue.push(child);
    }
  }
}

function visitOutputs(
  nodes: readonly Node[],
  at: number,
  visit: (word: number) => boolean,
  perOffset: number,
): void {
  let output = nodes[at]?.output ?? -1;
  for (let visited = 0; output !== -1 && visited < perOffset; visited++) {
    const node = nodes[output];
    if (node === undefined || !visit(node.word)) return;
    output = nodes[node.fail]?.output ?? -1;
  }
}

/** Where, from an offset on, the next code unit of a set is in a text; -1 if none. */
export type UnitSearch = (text: string, from: number) => number;

/**
 * A search for any of the code units (as the automaton reads them, not code points). Most
 * characters of prose start no word; at the root the scan jumps to the next one that does with this
 * search, which V8 runs as native code, instead of looking each character up in the root's map (that
 * lookup was most of the term index). One unit — what most contracts' terms start with, 本 — is
 * `indexOf`, a few times faster than a pattern; more are a global pattern, whose lastIndex after a
 * test is the match's end, so that no match array is made. Null when the set is empty.
 */
export function unitSearch(units: readonly number[]): UnitSearch | null {
  const distinct = [...new Set(units)];
  if (distinct.length === 0) return null;
  if (distinct.length === 1) {
    const unit = String.fromCharCode(distinct[0] ?? 0);
    return (text, from) => text.indexOf(unit, from);
  }
  const escaped = distinct.map((unit) => `\\u${unit.toString(16).padStart(4, "0")}`).join("");
  const pattern = new RegExp(`[${escaped}]`, "g");
  return (text, from) => {
    pattern.lastIndex = from;
    return pattern.test(text) ? pattern.lastIndex - 1 : -1;
  };
}

/** The automaton of `words`, built in steps (see steps.ts). */
export function* wordAutomatonInSteps(words: readonly string[]): Steps<WordAutomaton> {
  const nodes = yield* trieInSteps(words);
  yield* linkInSteps(nodes);
  return automatonOf(words, nodes);
}

export function wordAutomaton(words: readonly string[]): WordAutomaton {
  return drain(wordAutomatonInSteps(words));
}

function automatonOf(words: readonly string[], nodes: readonly Node[]): WordAutomaton {
  const startSearch = unitSearch([...(nodes[0]?.next.keys() ?? [])]);
  // Skipping is sound because from the root a unit that starts no word leads back to the root,
  // where no word ends (unless the list holds the empty word: then nothing is skipped).
  const rootEndsNothing = (nodes[0]?.output ?? -1) === -1;
  const skipping = rootEndsNothing ? startSearch : null;
  // No word at all: nothing to find.
  const findsNothing = rootEndsNothing && startSearch === null;
  return {
    scan(text, visit, perOffset) {
      if (findsNothing) return;
      let at = 0;
      for (let i = 0; i < text.length; i++) {
        if (at === 0 && skipping !== null) {
          i = skipping(text, i);
          if (i === -1) return;
        }
        at = step(nodes, at, text.charCodeAt(i));
        // Most offsets end no word: no visit, and no closure made for one.
        if ((nodes[at]?.output ?? -1) !== -1)
          visitOutputs(nodes, at, (word) => visit(i + 1, word), perOffset);
      }
    },
    scanBackwards(text, visit, perOffset) {
      if (findsNothing) return;
      // The pattern only searches forwards: the offsets where a word may start (here, where a
      // reversed word starts, read from the end) are listed first, and the root jumps between them.
      const starts: number[] = [];
      if (skipping !== null)
        for (let i = skipping(text, 0); i !== -1; i = skipping(text, i + 1)) starts.push(i);
      let next = starts.length - 1;
      let at = 0;
      for (let i = text.length - 1; i >= 0; i--) {
        if (at === 0 && skipping !== null) {
          while (next >= 0 && (starts[next] ?? -1) > i) next--;
          if (next < 0) return;
          i = starts[next] ?? 0;
        }
        at = step(nodes, at, text.charCodeAt(i));
        if ((nodes[at]?.output ?? -1) !== -1) visitOutputs(nodes, at, (word) => visit(i, word), perOffset);
      }
    },
    // Methods, not arrow properties: under tsx (the benches and tests) each arrow property is also
    // named through Object.defineProperty, in every check.
    lengthOf(word) {
      return words[word]?.length ?? 0;
    },
    mayHold(text) {
      if (findsNothing) return false;
      return skipping === null || skipping(text, 0) !== -1;
    },
  };
}
