/**
 * Work done in steps: a generator that yields between steps and returns its result. A host that
 * must stay responsive runs the steps in slices (the language server); everyone else drains them.
 */
export type Steps<T> = Generator<void, T, void>;

export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * How many lines or blocks a step of a linear pass covers: a few milliseconds' worth. A request
 * or keystroke that arrives while the server runs steps waits for the step under way; at 500 the
 * steps that build the index and term index of 10,000 articles took 25–90 ms on a loaded machine.
 * A loop over items reads it into a local first (`perStep`): under tsx, which the benches and
 * tests run, every read of an imported binding is a getter call, and the loops that run once per
 * analysis are not always optimized enough to inline it (two calls per item, ~15% of the index).
 */
export const ITEMS_PER_STEP = 100;

/** Calls `each` on every item, yielding after every ITEMS_PER_STEP of them. */
export function* eachInSteps<T>(items: Iterable<T>, each: (item: T) => void): Steps<void> {
  if (Array.isArray(items)) {
    // An array by index: iterating it here made an iterator result per item (~4% of what a check
    // allocates at 25 articles).
    const list: readonly T[] = items;
    for (let i = 0; i < list.length; i++) {
      each(list[i] as T);
      if ((i + 1) % ITEMS_PER_STEP === 0) yield;
    }
    return;
  }
  let done = 0;
  for (const item of items) {
    each(item);
    if (++done % ITEMS_PER_STEP === 0) yield;
  }
}
