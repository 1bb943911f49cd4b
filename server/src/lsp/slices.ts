/**
 * Runs stepwise work (a generator) in slices of a few milliseconds, letting the event loop serve
 * requests and edits between slices, and gives up as soon as the work is no longer wanted.
 */

/** How long one slice may run before other work gets a turn. */
const SLICE_MS = 10;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The generator's result, or null when `wanted` turned false before it finished. */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  wanted: () => boolean,
): Promise<T | null> {
  for (;;) {
    const sliceStart = performance.now();
    while (performance.now() - sliceStart < SLICE_MS) {
      const step = steps.next();
      if (step.done === true) return step.value;
    }
    await nextTurn();
    if (!wanted()) return null;
  }
}
