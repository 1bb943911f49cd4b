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

/** How many lines or blocks a step of a linear pass covers: a few milliseconds' worth. */
export const ITEMS_PER_STEP = 500;
